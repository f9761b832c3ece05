// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';
import it_ from '../../../public/_locales/it/messages.json';
import zhCN from '../../../public/_locales/zh_CN/messages.json';
import { aPlan } from '../../../tests/support/plans';
import { keeperDatabase } from '../../db/database';
import { catalogSource } from '../../i18n/catalog-source';
import type { MessageCatalog } from '../../i18n/format-message';
import { createI18n } from '../../i18n/i18n';
import { I18nProvider } from '../i18n-context';
import { Popup } from './popup';

/** URLs the popup opened in new tabs; it closes itself after each. */
function spyOnNewTabs() {
  const opened: string[] = [];
  vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((properties) => {
    opened.push(properties.url ?? '');
    return Promise.resolve({} as never);
  });
  const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
  return { opened, close };
}

/** Answers the page's messages as the background does (plansChanged, notificationStatus…). */
function answerMessages(sent: unknown[] = []) {
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    sent.push(message);
    sendResponse((message as { name: string }).name === 'notificationStatus' ? { level: 'granted' } : { ok: true });
    return true;
  });
  return sent;
}

const MONTHLY_ROME = aPlan({ period: { unit: 'month', count: 1 }, price: { amount: 10, currency: 'EUR' } });
const DAY_MS = 86_400_000;

function renderPopup(catalog: MessageCatalog = en) {
  return render(
    <I18nProvider i18n={createI18n(catalogSource(catalog))}>
      <Popup />
    </I18nProvider>,
  );
}

describe('Popup', () => {
  afterEach(async () => {
    vi.useRealTimers();
    cleanup();
    await keeperDatabase().plans.clear();
    await keeperDatabase().settings.clear();
  });

  it('welcomes a first-time user with one button to add a plan', async () => {
    const { opened, close } = spyOnNewTabs();
    renderPopup();
    expect(await screen.findByRole('heading', { name: 'No plans yet' })).toBeTruthy();
    // One way to add a plan: the top bar keeps its "Add plan" for when there are plans.
    expect(screen.queryByRole('button', { name: 'Add plan' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add your first plan' }));
    await waitFor(() => expect(opened).toEqual([fakeBrowser.runtime.getURL('/options.html') + '#add']));
    await waitFor(() => expect(close).toHaveBeenCalled());
  });

  it('lists plans soonest first, in the reader’s language', async () => {
    await keeperDatabase().plans.bulkPut([
      aPlan({ id: 'b', label: 'Baku SIM', carrierId: 'custom', carrierName: 'Azercell', expiresAt: '2027-01-10T08:00:00.000Z' }),
      aPlan({ id: 'a', label: 'Rome eSIM' }),
    ]);
    renderPopup(it_);
    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.plan-row__label')?.textContent)).toEqual(['Rome eSIM', 'Baku SIM']);
    expect(items[0]!.textContent).toContain('TIM');
    expect(items[0]!.textContent).toContain('Scade il 2 dic 2026');
    expect(items[1]!.textContent).toContain('Azercell');
    expect(items[1]!.textContent).toContain('Scade il 10 gen 2027');
    expect(screen.getByRole('heading', { name: '2 piani' })).toBeTruthy();
  });

  it('formats dates with the catalogue’s locale, not the machine’s', async () => {
    await keeperDatabase().plans.put(aPlan({ label: 'Shanghai eSIM' }));
    renderPopup(zhCN);
    expect((await screen.findByRole('listitem')).textContent).toContain('2026年12月2日 到期');
  });

  it('updates live when plans change elsewhere', async () => {
    renderPopup();
    await screen.findByRole('heading', { name: 'No plans yet' });
    await keeperDatabase().plans.put(aPlan());
    expect(await screen.findByRole('heading', { name: '1 plan' })).toBeTruthy();
  });

  it('says when notifications are blocked, with how to fix it', async () => {
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if ((message as { name: string }).name !== 'notificationStatus') return undefined;
      sendResponse({ level: 'denied' });
      return true;
    });
    renderPopup();
    expect(await screen.findByText(/Notifications are blocked/)).toBeTruthy();
    expect(screen.getByText(/To turn them back on/)).toBeTruthy();
  });

  it('offers "Remind me tomorrow" for a reminder that was shown', async () => {
    const plan = aPlan();
    await keeperDatabase().plans.put(plan);
    const key = `${plan.id}|expiry|${plan.expiresAt}|3d`;
    await keeperDatabase().reminderLog.put({
      key,
      planId: plan.id,
      fireAt: '2026-11-29T08:00:00.000Z',
      claimedAt: '2026-11-29T08:00:00.000Z',
      shownAt: '2026-11-29T08:00:00.000Z',
      reminder: { key, planId: plan.id, kind: 'beforeExpiry', fireAt: '2026-11-29T08:00:00.000Z', deadline: plan.expiresAt, daysBefore: 3 },
    });
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      sent.push(message);
      sendResponse((message as { name: string }).name === 'snoozeReminder' ? { snoozedUntil: '2026-12-01T08:00:00.000Z' } : { level: 'granted' });
      return true;
    });
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Remind me tomorrow' }));
    await waitFor(() => expect(sent).toContainEqual({ name: 'snoozeReminder', payload: { key } }));
    await keeperDatabase().reminderLog.clear();
  });

  describe('row actions', () => {
    it('offers Renew and More actions on every row, named after the plan', async () => {
      await keeperDatabase().plans.bulkPut([
        MONTHLY_ROME,
        aPlan({ id: 'local', label: 'Local SIM', carrierId: 'custom', carrierName: 'Corner shop', expiresAt: '2027-01-10T08:00:00.000Z' }),
      ]);
      renderPopup();
      const [rome, local] = await screen.findAllByRole('listitem');
      expect(within(rome!).getByRole('button', { name: 'Renew Rome eSIM' })).toBeTruthy();
      const more = within(rome!).getByRole('button', { name: 'More actions for Rome eSIM' });
      expect(more.getAttribute('aria-expanded')).toBe('false');
      // No renewal page known: no Renew button, and a word on why.
      expect(within(local!).queryByRole('button', { name: /Renew/ })).toBeNull();
      expect(local!.textContent).toContain('No renewal page known: add one with Edit.');
      expect(within(local!).getByRole('button', { name: 'More actions for Local SIM' })).toBeTruthy();

      fireEvent.click(more);
      expect(more.getAttribute('aria-expanded')).toBe('true');
      const menu = document.getElementById(more.getAttribute('aria-controls')!)!;
      expect(within(menu).getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual([
        'Mark Rome eSIM renewed',
        'Let Rome eSIM expire',
        'Edit Rome eSIM',
      ]);
      await waitFor(() => expect(document.activeElement).toBe(within(menu).getByRole('button', { name: 'Mark Rome eSIM renewed' })));
      fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
      expect(document.activeElement).toBe(within(menu).getByRole('button', { name: 'Let Rome eSIM expire' }));
      fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
      expect(more.getAttribute('aria-expanded')).toBe('false');
      expect(document.activeElement).toBe(more);
    });

    it('Renew opens the carrier’s page, Edit the plan on the options page, Add plan the new-plan form', async () => {
      const { opened } = spyOnNewTabs();
      await keeperDatabase().plans.put(MONTHLY_ROME);
      renderPopup();
      fireEvent.click(await screen.findByRole('button', { name: 'Renew Rome eSIM' }));
      fireEvent.click(screen.getByRole('button', { name: 'More actions for Rome eSIM' }));
      fireEvent.click(screen.getByRole('button', { name: 'Edit Rome eSIM' }));
      fireEvent.click(screen.getByRole('button', { name: 'Add plan' }));
      const options = fakeBrowser.runtime.getURL('/options.html');
      await waitFor(() => expect(opened).toEqual(['https://www.tim.it/ricarica', `${options}#plan=plan-rome`, `${options}#add`]));
    });

    it('Let it expire silences the plan, says so on its row, and Undo brings reminders back', async () => {
      const sent = answerMessages();
      await keeperDatabase().plans.put(MONTHLY_ROME);
      renderPopup();
      fireEvent.click(await screen.findByRole('button', { name: 'More actions for Rome eSIM' }));
      fireEvent.click(screen.getByRole('button', { name: 'Let Rome eSIM expire' }));
      await screen.findByText('Reminders off for this expiry');
      expect((await keeperDatabase().plans.get('plan-rome'))?.silencedExpiresAt).toBe(MONTHLY_ROME.expiresAt);
      expect(sent).toContainEqual({ name: 'plansChanged', payload: {} });
      const status = screen.getAllByRole('status').find((element) => element.classList.contains('popup-status'))!;
      expect(status.textContent).toContain('Reminders off for Rome eSIM until it is renewed.');

      // A silenced plan offers the way back in its menu too.
      fireEvent.click(screen.getByRole('button', { name: 'More actions for Rome eSIM' }));
      expect(screen.getByRole('button', { name: 'Turn reminders back on for Rome eSIM' })).toBeTruthy();

      fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
      await waitFor(() => expect(screen.queryByText('Reminders off for this expiry')).toBeNull());
      expect((await keeperDatabase().plans.get('plan-rome'))?.silencedExpiresAt).toBeUndefined();
      expect(status.textContent).toBe('Reminders back on for Rome eSIM.');
    });

    it('Mark renewed loads its dialog on demand and reports the new expiry', async () => {
      // A week before the plan runs out, so a month on keeps its hour (an expired plan is
      // renewed from now instead). Only Date is fixed: the dialog still loads on real timers.
      vi.useFakeTimers({ now: new Date('2026-11-25T09:00:00.000Z'), toFake: ['Date'] });
      answerMessages();
      await keeperDatabase().plans.put(MONTHLY_ROME);
      renderPopup();
      fireEvent.click(await screen.findByRole('button', { name: 'More actions for Rome eSIM' }));
      fireEvent.click(screen.getByRole('button', { name: 'Mark Rome eSIM renewed' }));
      const dialog = await screen.findByRole('dialog', { name: 'Mark Rome eSIM renewed' });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm renewal' }));
      const status = await screen.findByText(/^Rome eSIM renewed until/);
      expect(status.textContent).toMatch(/^Rome eSIM renewed until .+, 13:00 \(Rome time\)\.$/);
      await keeperDatabase().renewals.clear();
    });
  });

  describe('search', () => {
    const plans = (count: number) =>
      Array.from({ length: count }, (_, index) =>
        aPlan({ id: `p${index}`, label: index === 0 ? 'Baku SIM' : `Trip ${index}`, carrierId: index === 0 ? 'azercell' : 'airalo', phoneNumber: index === 0 ? '+994501234567' : undefined }),
      );

    it('stays away with eight plans', async () => {
      await keeperDatabase().plans.bulkPut(plans(8));
      renderPopup();
      expect(await screen.findAllByRole('listitem')).toHaveLength(8);
      expect(screen.queryByRole('searchbox')).toBeNull();
    });

    it('filters nine plans and more, says when nothing matches, and clears with Escape', async () => {
      await keeperDatabase().plans.bulkPut(plans(9));
      renderPopup();
      const search = await screen.findByRole('searchbox', { name: 'Search plans' });
      fireEvent.input(search, { target: { value: '+994 50' } });
      expect(screen.getAllByRole('listitem').map((item) => item.querySelector('.plan-row__label')?.textContent)).toEqual(['Baku SIM']);
      fireEvent.input(search, { target: { value: 'nowhere' } });
      expect(screen.queryByRole('list')).toBeNull();
      expect(screen.getByText('No plans match')).toBeTruthy();
      fireEvent.keyDown(search, { key: 'Escape' });
      expect((search as HTMLInputElement).value).toBe('');
      // The list comes back with the rows that fill the window first, the rest a frame later.
      await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(9));
    });
  });

  describe('backup banner', () => {
    const saveLastBackup = (daysAgo: number) =>
      keeperDatabase().settings.put({ key: 'settings', value: { lastBackupAt: new Date(Date.now() - daysAgo * DAY_MS).toISOString() } as never });

    it('asks for a first backup once there are plans, and opens the backup section', async () => {
      const { opened } = spyOnNewTabs();
      await keeperDatabase().plans.put(MONTHLY_ROME);
      renderPopup();
      expect(await screen.findByText('No backup yet')).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
      await waitFor(() => expect(opened).toEqual([`${fakeBrowser.runtime.getURL('/options.html')}#backup`]));
    });

    it('says how old an old backup is', async () => {
      await keeperDatabase().plans.put(MONTHLY_ROME);
      await saveLastBackup(45);
      renderPopup();
      expect(await screen.findByText('Last backup 45 days ago')).toBeTruthy();
    });

    it('keeps quiet after a recent backup, and with no plans to lose', async () => {
      await saveLastBackup(3);
      renderPopup();
      await screen.findByRole('heading', { name: 'No plans yet' });
      expect(screen.queryByText('No backup yet')).toBeNull();
      await keeperDatabase().plans.put(MONTHLY_ROME);
      await screen.findByRole('heading', { name: '1 plan' });
      expect(screen.queryByText(/backup/i)).toBeNull();
    });
  });
});
