// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
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

function renderPopup(catalog: MessageCatalog = en) {
  return render(
    <I18nProvider i18n={createI18n(catalogSource(catalog))}>
      <Popup />
    </I18nProvider>,
  );
}

describe('Popup', () => {
  afterEach(async () => {
    cleanup();
    await keeperDatabase().plans.clear();
  });

  it('welcomes a first-time user with one button to add a plan', async () => {
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    renderPopup();
    expect(await screen.findByRole('heading', { name: 'No plans yet' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add your first plan' }));
    await waitFor(() => expect(openOptionsPage).toHaveBeenCalledTimes(1));
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
});
