import { expect, test } from './harness';
import { planExpiringIn } from './sample-plans';

test('a reminder a few seconds away becomes one real notification and the badge turns to "!"', async ({ extension }) => {
  const plan = planExpiringIn(4);
  await extension.seedPlans([plan]);

  const before = await extension.workerState();
  expect(before.badgeText).toBe('<1h');
  // One alarm at the expiry (the next reminder), plus the safety alarm.
  expect(before.alarms.map((alarm) => alarm.name).sort()).toEqual(['esk-next', 'esk-safety']);
  expect(before.reminderLog).toEqual([]);

  const key = `${plan.id}|expiry|${plan.expiresAt}|at`;
  // Chromium drops a headless notification after a few seconds, so poll for it.
  await expect
    .poll(async () => (await extension.workerState()).notifications, { timeout: 15_000, intervals: [100] })
    .toContain(key);
  const after = await extension.workerState();
  expect(after.reminderLog).toEqual([expect.objectContaining({ key, shownAt: expect.any(String) })]);
  expect(after.badgeText).toBe('!');

  // Browser restarted: nothing is shown again, the log stays as it was.
  await extension.relaunch();
  await expect.poll(async () => (await extension.workerState()).refreshes).toContain('worker-start');
  const relaunched = await extension.workerState();
  expect(relaunched.reminderLog).toEqual(after.reminderLog);
  expect(relaunched.notifications).not.toContain(key);
});

test('a reminder that fell due while the browser was closed appears once after relaunch', async ({ extension }) => {
  const plan = planExpiringIn(2, 'plan-closed');
  await extension.seedPlans([plan]);
  expect((await extension.workerState()).reminderLog).toEqual([]);

  await extension.relaunch({ closedForMs: 4_000 });
  const key = `${plan.id}|expiry|${plan.expiresAt}|at`;
  await expect.poll(async () => (await extension.workerState()).reminderLog.map((entry) => entry.key)).toEqual([key]);
  const state = await extension.workerState();
  expect(state.reminderLog[0]?.shownAt).toBeDefined();

  // And once only: another start changes nothing.
  await extension.relaunch();
  await expect.poll(async () => (await extension.workerState()).refreshes).toContain('worker-start');
  expect((await extension.workerState()).reminderLog).toEqual(state.reminderLog);
});

test('the popup offers "Remind me tomorrow" for a shown reminder, and snoozes it', async ({ extension }) => {
  const plan = planExpiringIn(2, 'plan-snooze');
  await extension.seedPlans([plan]);
  const key = `${plan.id}|expiry|${plan.expiresAt}|at`;
  await expect.poll(async () => (await extension.workerState()).reminderLog.map((entry) => entry.shownAt !== undefined)).toEqual([true]);

  const popup = await extension.openPopup();
  const remind = popup.getByRole('button', { name: 'Remind me tomorrow' });
  await expect(remind).toBeVisible();
  await remind.click();
  await expect(remind).toBeHidden();
  const [entry] = (await extension.workerState()).reminderLog as { key: string; snoozedUntil?: string }[];
  expect(entry?.key).toBe(key);
  // Tomorrow, at the reminder time (09:00 in the machine's zone).
  expect(Date.parse(entry!.snoozedUntil!)).toBeGreaterThan(Date.now());
  expect(Date.parse(entry!.snoozedUntil!)).toBeLessThan(Date.now() + 2 * 24 * 3600 * 1000);
});
