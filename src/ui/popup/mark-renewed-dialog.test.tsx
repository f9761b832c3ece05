// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';
import { aPlan } from '../../../tests/support/plans';
import { keeperDatabase } from '../../db/database';
import { catalogSource } from '../../i18n/catalog-source';
import type { MessageCatalog } from '../../i18n/format-message';
import { createI18n } from '../../i18n/i18n';
import type { Plan } from '../../plans/plan';
import { I18nProvider } from '../i18n-context';
import { MarkRenewedDialog } from './mark-renewed-dialog';

const NOW = new Date('2026-11-22T12:00:00.000Z');
const MONTHLY = aPlan({ period: { unit: 'month', count: 1 }, price: { amount: 10, currency: 'EUR' } });

async function renderDialog(plan: Plan) {
  await keeperDatabase().plans.put(plan);
  const onRenewed = vi.fn();
  const onClose = vi.fn();
  render(
    <I18nProvider i18n={createI18n(catalogSource(en as MessageCatalog))}>
      <MarkRenewedDialog plan={plan} onRenewed={onRenewed} onClose={onClose} />
    </I18nProvider>,
  );
  return { dialog: screen.getByRole('dialog', { name: `Mark ${plan.label} renewed` }), onRenewed, onClose };
}

const confirm = (dialog: HTMLElement) => fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm renewal' }));

describe('MarkRenewedDialog', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    // The store tells the background about the change; answer as the background does.
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse({ ok: true });
      return true;
    });
  });

  afterEach(async () => {
    cleanup();
    vi.useRealTimers();
    await keeperDatabase().plans.clear();
    await keeperDatabase().renewals.clear();
  });

  it('opens with the new expiry counted and what one renewal costs', async () => {
    const { dialog } = await renderDialog(MONTHLY);
    expect(within(dialog).getByLabelText<HTMLInputElement>('New expiry date').value).toBe('2027-01-02');
    expect(dialog.textContent).toContain('Runs until Sat 2 Jan, 13:00 (Rome time)');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Amount paid').value).toBe('10');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Currency').value).toBe('EUR');
    expect(within(dialog).getByLabelText<HTMLSelectElement>('Paid via').value).toBe('website');
  });

  it('prefers the usual top-up to the price, and "automatic" for a plan that renews itself', async () => {
    const { dialog } = await renderDialog({ ...MONTHLY, topUpAmount: 15, autoRenew: true });
    expect(within(dialog).getByLabelText<HTMLInputElement>('Amount paid').value).toBe('15');
    expect(within(dialog).getByLabelText<HTMLSelectElement>('Paid via').value).toBe('auto');
  });

  it('stores the renewal and reports the plan as stored', async () => {
    const { dialog, onRenewed } = await renderDialog(MONTHLY);
    fireEvent.input(within(dialog).getByLabelText('Reference (optional)'), { target: { value: 'ORD-1' } });
    confirm(dialog);
    await waitFor(() => expect(onRenewed).toHaveBeenCalledWith(expect.objectContaining({ expiresAt: '2027-01-02T12:00:00.000Z' })));
    expect(await keeperDatabase().renewals.toArray()).toEqual([
      expect.objectContaining({ newExpiresAt: '2027-01-02T12:00:00.000Z', amount: { amount: 10, currency: 'EUR' }, reference: 'ORD-1', channel: 'website' }),
    ]);
  });

  it('takes another date at the plan’s time of day', async () => {
    const { dialog, onRenewed } = await renderDialog(MONTHLY);
    fireEvent.input(within(dialog).getByLabelText('New expiry date'), { target: { value: '2027-01-05' } });
    expect(dialog.textContent).toContain('Runs until Tue 5 Jan, 13:00 (Rome time)');
    confirm(dialog);
    await waitFor(() => expect(onRenewed).toHaveBeenCalledWith(expect.objectContaining({ expiresAt: '2027-01-05T12:00:00.000Z' })));
  });

  it('shows the store’s refusal at the date, and stores nothing', async () => {
    const { dialog, onRenewed } = await renderDialog(MONTHLY);
    const date = within(dialog).getByLabelText('New expiry date');
    fireEvent.input(date, { target: { value: '2026-11-30' } });
    confirm(dialog);
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    const described = date.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('The new expiry must be later than the current one.');
    expect(onRenewed).not.toHaveBeenCalled();
    expect(await keeperDatabase().renewals.count()).toBe(0);
  });

  it('asks for the date when the plan has no period to count from', async () => {
    const { dialog, onRenewed } = await renderDialog(aPlan());
    const date = within(dialog).getByLabelText<HTMLInputElement>('New expiry date');
    expect(date.value).toBe('');
    // Guidance first, linked to the field; not an error before the person has done anything.
    expect(date.getAttribute('aria-invalid')).toBe('false');
    expect(dialog.querySelector('#renew-expiry-hint')?.textContent).toBe('Enter the new expiry: this plan has no usual period to count from.');
    expect(date.getAttribute('aria-describedby')).toContain('renew-expiry-hint');
    confirm(dialog);
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    expect(dialog.querySelector('#renew-expiry-error')?.textContent).toBe('Enter the new expiry: this plan has no usual period to count from.');
    expect(onRenewed).not.toHaveBeenCalled();
  });

  it('asks for the date when the amount is below the carrier’s validity table', async () => {
    // Azercell's smallest top-up in its table is 1 AZN.
    const { dialog } = await renderDialog(aPlan({ carrierId: 'azercell', timeZone: 'Asia/Baku', price: { amount: 5, currency: 'AZN' } }));
    const date = within(dialog).getByLabelText<HTMLInputElement>('New expiry date');
    expect(date.value).toBe('2027-01-01');
    fireEvent.input(within(dialog).getByLabelText('Amount paid'), { target: { value: '0,5' } });
    expect(date.value).toBe('');
    expect(dialog.textContent).toContain('This amount is below the smallest top-up in the carrier’s table');
  });

  it('refuses an amount that is not a number, at the amount', async () => {
    const { dialog, onRenewed } = await renderDialog(MONTHLY);
    const amount = within(dialog).getByLabelText('Amount paid');
    fireEvent.input(amount, { target: { value: 'ten' } });
    confirm(dialog);
    await waitFor(() => expect(amount.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(amount.getAttribute('aria-describedby')!)?.textContent).toBe('Enter a number.');
    expect(onRenewed).not.toHaveBeenCalled();
  });

  it('refuses a currency that does not exist, at the currency', async () => {
    const { dialog } = await renderDialog(MONTHLY);
    const currency = within(dialog).getByLabelText('Currency');
    fireEvent.input(currency, { target: { value: 'xyz' } });
    confirm(dialog);
    await waitFor(() => expect(currency.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(currency.getAttribute('aria-describedby')!)?.textContent).toBe('This currency code does not exist.');
  });
});
