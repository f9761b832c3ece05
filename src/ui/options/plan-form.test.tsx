// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { aPlan } from '../../../tests/support/plans';
import { keeperDatabase } from '../../db/database';
import { catalogSource } from '../../i18n/catalog-source';
import { createI18n } from '../../i18n/i18n';
import type { Plan } from '../../plans/plan';
import { I18nProvider } from '../i18n-context';
import { pageStore } from '../page-store';
import { PlanForm } from './plan-form';

function renderForm(plan?: Plan) {
  const onSaved = vi.fn();
  const onClose = vi.fn();
  const onArchived = vi.fn();
  render(
    <I18nProvider i18n={createI18n(catalogSource(en))}>
      <PlanForm plan={plan} onSaved={onSaved} onClose={onClose} onArchived={onArchived} />
    </I18nProvider>,
  );
  return { onSaved, onClose, onArchived };
}

// Required fields' labels end in an asterisk (hidden from screen readers, not from the DOM's text).
const input = (name: string) =>
  screen.getByLabelText(new RegExp(`^${name.replace(/[()]/g, '\\$&')}( \\*)?$`)) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.input(input(name), { target: { value } });
const choose = (name: string, value: string) => fireEvent.change(input(name), { target: { value } });

describe('PlanForm', () => {
  afterEach(async () => {
    cleanup();
    await keeperDatabase().plans.clear();
  });

  it('pre-fills from the carrier without overwriting what the person chose', () => {
    renderForm();
    choose('Carrier or eSIM seller', 'tim');
    expect(input('Country').value).toBe('IT');
    expect(input('Time zone').value).toBe('Europe/Rome');
    expect(input('Currency').value).toBe('EUR');
    expect(input('Own renewal page').placeholder).toBe('https://www.tim.it/ricarica');
    expect(screen.getByText('Dates and times here are Rome time.')).toBeTruthy();

    choose('Time zone', 'Europe/London');
    choose('Carrier or eSIM seller', 'azercell');
    expect(input('Time zone').value).toBe('Europe/London');
    expect(input('Country').value).toBe('AZ');
    expect(input('Currency').value).toBe('AZN');
  });

  it('shows each problem under its field and in a focused summary, and saves nothing', async () => {
    const savePlan = vi.spyOn(pageStore(), 'savePlan');
    renderForm();
    type('ICCID', '8939104520000000001');
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));

    const summary = await screen.findByRole('heading', { name: 'There are 5 problems to fix' });
    expect(document.activeElement).toBe(summary.parentElement);
    const iccid = input('ICCID');
    expect(iccid.getAttribute('aria-invalid')).toBe('true');
    const errorId = iccid.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(document.getElementById(errorId)!.textContent).toMatch(/fails its check digit/);
    expect(input('Label').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('link', { name: /^Carrier or eSIM seller:/ })).toBeTruthy();
    expect(savePlan).not.toHaveBeenCalled();
    // What was typed stays.
    expect(iccid.value).toBe('8939104520000000001');
  });

  it('checks the ICCID, phone number and activation code when the person leaves the field', () => {
    renderForm();
    choose('Carrier or eSIM seller', 'tim');
    type('ICCID', '123');
    fireEvent.blur(input('ICCID'));
    expect(screen.getByText(/18 to 22 digits/)).toBeTruthy();
    type('Phone number', '333 123 4567');
    fireEvent.blur(input('Phone number'));
    expect(input('Phone number').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText('Will be saved as +39 333 123 4567')).toBeTruthy();
    type('Activation code (LPA)', 'not a code');
    fireEvent.blur(input('Activation code (LPA)'));
    expect(input('Activation code (LPA)').getAttribute('aria-invalid')).toBe('true');
  });

  it('lists every country once, under its current code', () => {
    renderForm();
    const options = [...(input('Country') as unknown as HTMLSelectElement).options];
    const names = options.map((option) => option.textContent);
    expect(new Set(names).size).toBe(names.length);
    const codes = options.map((option) => option.value);
    expect(codes).toEqual(expect.arrayContaining(['GB', 'DE', 'BJ', 'IT', 'AZ']));
    for (const retired of ['UK', 'DD', 'DY', 'SU', 'YU']) expect(codes).not.toContain(retired);
  });

  it('moves the focus to the summary after a refused save, not when a field is checked on blur', async () => {
    renderForm();
    type('ICCID', '123');
    fireEvent.blur(input('ICCID'));
    expect(document.activeElement?.classList.contains('form-error-summary')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(() => expect(document.activeElement?.classList.contains('form-error-summary')).toBe(true));
    input('ICCID').focus();
    type('ICCID', '12');
    fireEvent.blur(input('ICCID'));
    expect(document.activeElement?.classList.contains('form-error-summary')).toBe(false);
  });

  it('saves a new plan through the store', async () => {
    const savePlan = vi.spyOn(pageStore(), 'savePlan').mockImplementation(async (plan) => ({ ok: true, value: plan as Plan }));
    const { onSaved } = renderForm();
    type('Label', 'Rome eSIM');
    choose('Carrier or eSIM seller', 'tim');
    type('Expiry date', '2026-12-02');
    type('Data allowance (GB)', '1,5');
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(savePlan.mock.calls[0]![0]).toMatchObject({
      label: 'Rome eSIM',
      carrierId: 'tim',
      timeZone: 'Europe/Rome',
      expiresAt: '2026-12-02T22:59:00.000Z',
      dataAllowanceMB: 1536,
    });
  });

  it('puts a problem the store finds on its field', async () => {
    vi.spyOn(pageStore(), 'savePlan').mockResolvedValue({ ok: false, errors: [{ path: 'email', code: 'email.format' }] });
    const { onSaved } = renderForm(aPlan());
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByRole('heading', { name: 'There is 1 problem to fix' });
    expect(input('E-mail for receipts').getAttribute('aria-invalid')).toBe('true');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('asks before discarding changes, and leaves at once when nothing changed', async () => {
    const { onClose } = renderForm(aPlan());
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    type('Label', 'Roma');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Discard changes?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('keeps the activation code masked until Show is pressed', () => {
    renderForm(aPlan({ activationCode: 'LPA:1$smdp.example.com$ABC-123' }));
    const code = input('Activation code (LPA)');
    expect(code.type).toBe('password');
    const show = screen.getByRole('button', { name: 'Show activation code' });
    expect(show.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(show);
    expect(input('Activation code (LPA)').type).toBe('text');
    expect(show.getAttribute('aria-pressed')).toBe('true');
  });
});
