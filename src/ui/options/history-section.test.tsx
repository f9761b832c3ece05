// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import zhCN from '../../../public/_locales/zh_CN/messages.json';
import { aPlan } from '../../../tests/support/plans';
import { keeperDatabase } from '../../db/database';
import { catalogSource } from '../../i18n/catalog-source';
import type { MessageCatalog } from '../../i18n/format-message';
import { createI18n } from '../../i18n/i18n';
import type { Renewal } from '../../plans/renewal';
import { I18nProvider } from '../i18n-context';
import { HistorySection } from './history-section';

function renderHistory(catalog: MessageCatalog = en) {
  return render(
    <I18nProvider i18n={createI18n(catalogSource(catalog))}>
      <HistorySection />
    </I18nProvider>,
  );
}

function aRenewal(id: string, planId: string, renewedAt: string, amount?: Renewal['amount'], channel: Renewal['channel'] = 'website'): Renewal {
  return {
    id,
    planId,
    renewedAt,
    previousExpiresAt: '2020-01-01T00:00:00.000Z',
    newExpiresAt: '2030-01-01T00:00:00.000Z',
    ...(amount && { amount }),
    channel,
  };
}

const PLANS = [
  aPlan(),
  aPlan({ id: 'plan-baku', label: 'Baku SIM', carrierId: 'azercell', timeZone: 'Asia/Baku' }),
  aPlan({ id: 'plan-old', label: 'Old SIM', archived: true }),
];

describe('HistorySection', () => {
  afterEach(async () => {
    cleanup();
    await keeperDatabase().plans.clear();
    await keeperDatabase().renewals.clear();
  });

  it('says how renewals get here when there are none', async () => {
    await keeperDatabase().plans.bulkPut(PLANS);
    renderHistory();
    expect(await screen.findByText('No renewals yet — when you mark a plan renewed, it appears here.')).toBeTruthy();
  });

  it('shows years newest first with totals per currency, never added across currencies', async () => {
    await keeperDatabase().plans.bulkPut(PLANS);
    await keeperDatabase().renewals.bulkPut([
      aRenewal('r1', 'plan-rome', '2026-03-01T10:00:00.000Z', { amount: 15, currency: 'EUR' }),
      aRenewal('r2', 'plan-rome', '2026-04-01T10:00:00.000Z', { amount: 30, currency: 'EUR' }, 'app'),
      aRenewal('r3', 'plan-baku', '2026-05-01T10:00:00.000Z', { amount: 30, currency: 'AZN' }, 'store'),
      aRenewal('r4', 'plan-old', '2025-05-01T10:00:00.000Z', undefined, 'auto'),
    ]);
    renderHistory();
    const headings = await screen.findAllByRole('heading', { level: 3 });
    expect(headings.map((heading) => heading.textContent)).toEqual(['2026', '2025']);
    expect(screen.getByText('All years: ₼30.00, €45.00')).toBeTruthy();
    expect(screen.getByText('Total for 2026: ₼30.00, €45.00')).toBeTruthy();
    expect(screen.getByText('Total for 2025: no amounts noted')).toBeTruthy();
    const rows = within(screen.getByRole('table', { name: '2026' })).getAllByRole('row');
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Date', 'Plan', 'Amount', 'Paid via', 'Reference'],
      ['1 May 2026', 'Baku SIM', '₼30.00', 'Shop', ''],
      ['1 Apr 2026', 'Rome eSIM', '€30.00', 'App', ''],
      ['1 Mar 2026', 'Rome eSIM', '€15.00', 'Website', ''],
      ['Total for Rome eSIM', '€45.00', ''],
    ]);
    const row2025 = within(screen.getByRole('table', { name: '2025' })).getAllByRole('row')[1]!;
    expect(row2025.textContent).toBe('1 May 2025Old SIMnot notedAutomatic');
  });

  it('filters by plan, archived ones included', async () => {
    await keeperDatabase().plans.bulkPut(PLANS);
    await keeperDatabase().renewals.bulkPut([
      aRenewal('r1', 'plan-rome', '2026-03-01T10:00:00.000Z', { amount: 15, currency: 'EUR' }),
      aRenewal('r3', 'plan-baku', '2026-05-01T10:00:00.000Z', { amount: 30, currency: 'AZN' }),
    ]);
    renderHistory();
    const filter = (await screen.findByLabelText('Show renewals of')) as HTMLSelectElement;
    expect([...filter.options].map((option) => option.textContent)).toEqual(['All plans', 'Baku SIM', 'Rome eSIM', 'Old SIM (archived)']);
    fireEvent.change(filter, { target: { value: 'plan-baku' } });
    expect(await screen.findByText('All years: ₼30.00')).toBeTruthy();
    fireEvent.change(filter, { target: { value: 'plan-old' } });
    expect(await screen.findByText('No renewals of this plan yet.')).toBeTruthy();
  });

  it('updates live when a renewal is recorded elsewhere', async () => {
    await keeperDatabase().plans.bulkPut(PLANS);
    renderHistory();
    await screen.findByText(/No renewals yet/);
    await keeperDatabase().renewals.put(aRenewal('r1', 'plan-rome', '2026-03-01T10:00:00.000Z', { amount: 15, currency: 'EUR' }));
    expect(await screen.findByText('Total for 2026: €15.00')).toBeTruthy();
  });

  it('writes dates, amounts and lists the reader’s way', async () => {
    await keeperDatabase().plans.bulkPut(PLANS);
    await keeperDatabase().renewals.bulkPut([
      aRenewal('r1', 'plan-rome', '2026-03-01T10:00:00.000Z', { amount: 15, currency: 'EUR' }),
      aRenewal('r3', 'plan-baku', '2026-05-01T10:00:00.000Z', { amount: 30, currency: 'AZN' }),
    ]);
    renderHistory(zhCN);
    expect(await screen.findByText('所有年份：₼30.00、€15.00')).toBeTruthy();
    expect(screen.getByText('2026年3月1日')).toBeTruthy();
  });
});
