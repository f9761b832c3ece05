// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aPlan } from '../../../tests/support/plans';
import { keeperDatabase } from '../../db/database';
import { readForFirstPaint, type FirstPaintData } from '../../db/first-paint-read';
import type { ReminderLogEntry } from '../../reminders/reminder';
import { GLANCE_SNAPSHOT_KEY, readGlanceSnapshot, writeGlanceSnapshot, type GlanceSnapshot } from './glance-snapshot';
import { useGlance } from './use-glance';

function GlanceProbe(sources: { firstPaintRead?: () => Promise<FirstPaintData | undefined>; snapshot?: () => GlanceSnapshot | undefined }) {
  const glance = useGlance(sources);
  if (glance.status !== 'ready') return <p>{glance.status}</p>;
  return (
    <ul>
      {glance.value.plans.map((plan) => (
        <li key={plan.id}>
          {plan.label}
          {glance.value.snoozable.has(plan.id) ? ' (snoozable)' : ''}
        </li>
      ))}
    </ul>
  );
}

const labels = () => screen.queryAllByRole('listitem').map((item) => item.textContent);

describe('useGlance', () => {
  afterEach(async () => {
    cleanup();
    await keeperDatabase().plans.clear();
    await keeperDatabase().reminderLog.clear();
  });

  it('answers first from the plain read, then goes live through Dexie', async () => {
    await keeperDatabase().plans.bulkPut([aPlan({ id: 'b', label: 'Baku SIM', expiresAt: '2027-01-10T08:00:00.000Z' }), aPlan({ id: 'a', label: 'Rome eSIM' })]);
    const firstRead = vi.fn(readForFirstPaint);
    render(<GlanceProbe firstPaintRead={firstRead} />);
    await waitFor(() => expect(labels()).toEqual(['Rome eSIM', 'Baku SIM']));
    expect(firstRead).toHaveBeenCalledTimes(1);

    // A change made elsewhere reaches the popup through the live query.
    await keeperDatabase().plans.put(aPlan({ id: 'c', label: 'Milan SIM', expiresAt: '2026-11-30T08:00:00.000Z' }));
    await waitFor(() => expect(labels()).toEqual(['Milan SIM', 'Rome eSIM', 'Baku SIM']));
  });

  it('adds what only the live query knows: reminders to snooze', async () => {
    const plan = aPlan({ id: 'a', label: 'Rome eSIM' });
    await keeperDatabase().plans.put(plan);
    await keeperDatabase().reminderLog.put({
      key: 'a|lead-1|2026-12-02T12:00:00.000Z',
      planId: 'a',
      fireAt: '2026-12-01T08:00:00.000Z',
      claimedAt: '2026-12-01T08:00:00.000Z',
      shownAt: '2026-12-01T08:00:01.000Z',
      // Only the deadline matters here: it ties the reminder to the plan's current expiry.
      reminder: { deadline: plan.expiresAt } as ReminderLogEntry['reminder'],
    });
    render(<GlanceProbe />);
    await waitFor(() => expect(labels()).toEqual(['Rome eSIM (snoozable)']));
  });

  it('paints the first render from the snapshot, then the live query corrects and rewrites it', async () => {
    await keeperDatabase().plans.put(aPlan({ id: 'a', label: 'Rome eSIM' }));
    writeGlanceSnapshot({ plans: [aPlan({ id: 'old', label: 'Deleted since' })], lastBackupAt: undefined });
    const firstRead = vi.fn(readForFirstPaint);
    render(<GlanceProbe firstPaintRead={firstRead} />);
    // Synchronously, in the very first render: no loading state.
    expect(labels()).toEqual(['Deleted since']);
    await waitFor(() => expect(labels()).toEqual(['Rome eSIM']));
    expect(firstRead).not.toHaveBeenCalled();
    expect(readGlanceSnapshot()?.plans.map((plan) => plan.id)).toEqual(['a']);
  });

  it('ignores a damaged snapshot and reads IndexedDB', async () => {
    await keeperDatabase().plans.put(aPlan({ id: 'a', label: 'Rome eSIM' }));
    localStorage.setItem(GLANCE_SNAPSHOT_KEY, '{"version":1,"plans":[{"id":1}]}');
    render(<GlanceProbe />);
    expect(screen.getByText('loading')).toBeTruthy();
    await waitFor(() => expect(labels()).toEqual(['Rome eSIM']));
  });

  it('lets the live query answer when the plain read cannot', async () => {
    await keeperDatabase().plans.put(aPlan({ id: 'a', label: 'Rome eSIM' }));
    render(<GlanceProbe firstPaintRead={() => Promise.resolve(undefined)} />);
    expect(screen.getByText('loading')).toBeTruthy();
    await waitFor(() => expect(labels()).toEqual(['Rome eSIM']));
  });
});
