// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import zhCN from '../../../public/_locales/zh_CN/messages.json';
import { aPlan } from '../../../tests/support/plans';
import { catalogSource } from '../../i18n/catalog-source';
import type { MessageCatalog } from '../../i18n/format-message';
import { createI18n } from '../../i18n/i18n';
import type { Plan } from '../../plans/plan';
import { I18nProvider } from '../i18n-context';
import { PlanGlance } from './plan-glance';

const NOW = new Date('2026-11-29T12:00:00.000Z');

function renderGlance(plans: Plan[], { catalog = en as MessageCatalog, timeZone = 'Europe/Rome', actionsOf }: {
  catalog?: MessageCatalog;
  timeZone?: string;
  actionsOf?: (plan: Plan) => preact.ComponentChildren;
} = {}) {
  return render(
    <I18nProvider i18n={createI18n(catalogSource(catalog))}>
      <PlanGlance plans={plans} now={NOW} timeZone={timeZone} {...(actionsOf ? { actionsOf } : {})} />
    </I18nProvider>,
  );
}

const rows = () => within(screen.getByRole('list', { name: 'Your plans' })).getAllByRole('listitem');

describe('PlanGlance', () => {
  afterEach(cleanup);

  it('puts the most urgent plan first and hides archived ones', () => {
    renderGlance([
      aPlan({ id: 'later', label: 'Later', expiresAt: '2027-01-10T12:00:00.000Z' }),
      aPlan({ id: 'soon', label: 'Soon', expiresAt: '2026-12-01T12:00:00.000Z' }),
      aPlan({ id: 'old', label: 'Archived', expiresAt: '2026-10-01T12:00:00.000Z', archived: true }),
      aPlan({ id: 'gone', label: 'Gone', expiresAt: '2026-11-27T12:00:00.000Z' }),
    ]);
    expect(rows().map((row) => row.querySelector('.plan-row__label')?.textContent)).toEqual(['Gone', 'Soon', 'Later']);
  });

  it('shows what the plan is, how long it has left and its status in words', () => {
    renderGlance([
      aPlan({
        phoneNumber: '+393331234567',
        country: 'IT',
        startsAt: '2026-11-02T12:00:00.000Z',
        expiresAt: '2026-12-02T17:00:00.000Z',
        dataLeftMB: 2560,
      }),
    ]);
    const [row] = rows();
    expect(row!.textContent).toContain('Rome eSIM');
    expect(row!.textContent).toContain('TIM');
    expect(row!.textContent).toContain('+39 333 ••• 4567');
    expect(row!.textContent).toContain('3 days 5 h');
    expect(row!.textContent).toContain('Expiring soon');
    expect(row!.textContent).toContain('Expires 2 Dec 2026');
    expect(row!.textContent).toContain('2.5 GB left');
    expect(within(row!).getByRole('img', { name: 'Italy' })).toBeTruthy();
    const bar = within(row!).getByRole('progressbar', { name: 'Validity used' });
    expect(bar.getAttribute('aria-valuenow')).toBe('89');
    expect(row!.classList).toContain('glance-row--expiringSoon');
  });

  it.each([
    ['2027-01-10T12:00:00.000Z', 'Active', 'glance-row--active'],
    ['2026-12-06T12:00:00.000Z', 'Expiring soon', 'glance-row--expiringSoon'],
    ['2026-11-27T12:00:00.000Z', 'Expired', 'glance-row--expired'],
  ])('status for an expiry at %s is "%s"', (expiresAt, text, className) => {
    renderGlance([aPlan({ expiresAt })]);
    const [row] = rows();
    expect(row!.querySelector('.status-chip')?.textContent).toBe(text);
    expect(row!.classList).toContain(className);
  });

  it('adds the carrier’s local time and counts days in the person’s zone', () => {
    renderGlance([aPlan({ expiresAt: '2026-11-29T22:59:00.000Z' }), aPlan({ id: 'b', label: 'Old', expiresAt: '2026-11-27T12:00:00.000Z' })], {
      timeZone: 'Europe/London',
    });
    expect(rows()[0]!.textContent).toContain('Expired 2 days ago');
    expect(rows()[1]!.textContent).toContain('Expires today at 22:59 (23:59 Rome time)');
  });

  it('leaves out the bar without a start, data left when unknown and a flag without a country', () => {
    renderGlance([aPlan({ carrierId: 'custom', carrierName: 'Local SIM' })]);
    const [row] = rows();
    expect(row!.textContent).toContain('Local SIM');
    expect(within(row!).queryByRole('progressbar')).toBeNull();
    expect(within(row!).queryByRole('img')).toBeNull();
    expect(row!.textContent).not.toContain('left');
  });

  it('draws a neutral chip for a country without its own flag', () => {
    renderGlance([aPlan({ carrierId: 'custom', carrierName: 'Orange', country: 'FR' })]);
    const flag = within(rows()[0]!).getByRole('img', { name: 'France' });
    expect(flag.textContent).toBe('FR');
  });

  it('warns when the number itself is kept for less than a month', () => {
    renderGlance([
      aPlan({ id: 'near', label: 'Near', numberKeptUntil: '2026-12-20T12:00:00.000Z' }),
      aPlan({ id: 'far', label: 'Far', numberKeptUntil: '2027-06-20T12:00:00.000Z' }),
    ]);
    expect(rows()[0]!.textContent).toContain('Number kept until 20 Dec 2026');
    expect(rows()[1]!.textContent).not.toContain('Number kept');
  });

  it('counts the number’s deadline from the carrier’s dormancy rule', () => {
    // Azercell keeps a number for the validity plus 180 days.
    renderGlance([aPlan({ carrierId: 'azercell', timeZone: 'Asia/Baku', expiresAt: '2026-06-10T12:00:00.000Z' })]);
    expect(rows()[0]!.textContent).toContain('Number kept until 7 Dec 2026');
  });

  it('renders each row’s actions', () => {
    renderGlance([aPlan()], { actionsOf: (plan) => <button type="button">Act on {plan.label}</button> });
    expect(screen.getByRole('button', { name: 'Act on Rome eSIM' })).toBeTruthy();
  });

  it('speaks the reader’s language', () => {
    renderGlance([aPlan({ dataLeftMB: 300 })], { catalog: zhCN, timeZone: 'Asia/Shanghai' });
    const row = within(screen.getByRole('list', { name: '你的套餐' })).getByRole('listitem');
    expect(row.textContent).toContain('2026年12月2日 到期');
    expect(row.textContent).toContain('3 天');
    expect(row.textContent).toContain('即将到期');
    expect(row.textContent).toContain('剩余 300 MB');
  });
});
