// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';
import it_ from '../../../public/_locales/it/messages.json';
import { keeperDatabase, SETTINGS_KEY } from '../../db/database';
import { readSettings } from '../../db/settings';
import { catalogSource } from '../../i18n/catalog-source';
import type { MessageCatalog } from '../../i18n/format-message';
import { createI18n } from '../../i18n/i18n';
import { DEFAULT_SETTINGS } from '../../plans/settings';
import { I18nProvider } from '../i18n-context';
import { RemindersSection } from './reminders-section';

const stored = () => readSettings(keeperDatabase());

function renderSection(catalog: MessageCatalog = en) {
  return render(
    <I18nProvider i18n={createI18n(catalogSource(catalog))}>
      <RemindersSection />
    </I18nProvider>,
  );
}

/** The chips of the "before expiry" list, as the person reads them. */
async function leadChips() {
  const group = (await screen.findByRole('group', { name: /^(Before a plan expires|Prima della scadenza)$/ })) as HTMLElement;
  return within(group).queryAllByRole('listitem').map((item) => item.textContent);
}

describe('RemindersSection', () => {
  const notices: unknown[] = [];
  beforeEach(() => {
    notices.length = 0;
    // The background's answer to settingsChanged.
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      notices.push(message);
      sendResponse({ ok: true });
      return true;
    });
  });
  afterEach(async () => {
    cleanup();
    await keeperDatabase().settings.clear();
  });

  it('shows the default lead times, sorted, and the reminder time', async () => {
    renderSection();
    expect(await leadChips()).toEqual(['7 days before', '3 days before', '1 day before', 'At expiry']);
    expect((screen.getByLabelText('Reminder time') as HTMLInputElement).value).toBe('09:00');
  });

  it('adds a reminder in its place, saves it and tells the background, keeping other settings', async () => {
    await keeperDatabase().settings.put({
      key: SETTINGS_KEY,
      value: { ...DEFAULT_SETTINGS, language: 'it', lastBackupAt: '2026-11-01T10:00:00.000Z' },
    });
    renderSection();
    await leadChips();
    fireEvent.input(screen.getByLabelText('Days before expiry'), { target: { value: '14' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Add reminder' })[0]!);
    await waitFor(async () => expect((await stored()).reminderLeadTimes[0]).toEqual({ daysBefore: 14 }));
    const settings = await stored();
    expect(settings.reminderLeadTimes).toEqual([{ daysBefore: 14 }, { daysBefore: 7 }, { daysBefore: 3 }, { daysBefore: 1 }, 'atExpiry']);
    expect(settings.language).toBe('it');
    expect(settings.lastBackupAt).toBe('2026-11-01T10:00:00.000Z');
    expect(notices).toContainEqual({ name: 'settingsChanged', payload: {} });
    expect(await screen.findByText('Saved')).toBeTruthy();
    await waitFor(async () => expect((await leadChips())[0]).toBe('14 days before'));
    expect((screen.getByLabelText('Days before expiry') as HTMLInputElement).value).toBe('');
  });

  it('refuses a duplicate with a message linked to the field, and stores nothing', async () => {
    renderSection();
    await leadChips();
    const field = screen.getByLabelText('Days before expiry');
    fireEvent.input(field, { target: { value: '3' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Add reminder' })[0]!);
    const message = await screen.findByText('You already have the reminder “3 days before”.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(message.id);
    expect(await keeperDatabase().settings.get(SETTINGS_KEY)).toBeUndefined();
    expect(notices).toEqual([]);
  });

  it.each(['0', '91', '2.5', ''])('refuses %j days with the range message', async (days) => {
    renderSection();
    await leadChips();
    fireEvent.input(screen.getByLabelText('Days before expiry'), { target: { value: days } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Add reminder' })[0]!);
    expect(await screen.findByText('Reminders can be 1 to 90 days before.')).toBeTruthy();
    expect(await keeperDatabase().settings.get(SETTINGS_KEY)).toBeUndefined();
  });

  it('refuses an eleventh reminder', async () => {
    const ten = Array.from({ length: 10 }, (_, index) => ({ daysBefore: index + 1 }));
    await keeperDatabase().settings.put({ key: SETTINGS_KEY, value: { ...DEFAULT_SETTINGS, reminderLeadTimes: ten } });
    renderSection();
    await waitFor(async () => expect(await leadChips()).toHaveLength(10));
    fireEvent.input(screen.getByLabelText('Days before expiry'), { target: { value: '30' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Add reminder' })[0]!);
    expect(await screen.findByText('At most 10 reminder times.')).toBeTruthy();
    expect((await stored()).reminderLeadTimes).toEqual(ten);
  });

  it('removes a reminder with its own button, and "at expiry" can come back', async () => {
    renderSection();
    await leadChips();
    fireEvent.click(screen.getByRole('button', { name: 'Remove reminder: At expiry' }));
    await waitFor(async () => expect((await stored()).reminderLeadTimes).toEqual([{ daysBefore: 7 }, { daysBefore: 3 }, { daysBefore: 1 }]));
    fireEvent.click(await screen.findByRole('button', { name: 'Add “at expiry”' }));
    await waitFor(async () => expect((await stored()).reminderLeadTimes).toContain('atExpiry'));
  });

  it('saves the reminder time, and explains a refused one without storing it', async () => {
    renderSection();
    const time = (await screen.findByLabelText('Reminder time')) as HTMLInputElement;
    fireEvent.change(time, { target: { value: '07:30' } });
    await waitFor(async () => expect((await stored()).reminderTime).toBe('07:30'));
    fireEvent.input(time, { target: { value: '' } });
    fireEvent.change(time, { target: { value: '' } });
    expect(await screen.findByText('Enter a time like 09:00.')).toBeTruthy();
    expect(time.getAttribute('aria-invalid')).toBe('true');
    expect((await stored()).reminderTime).toBe('07:30');
  });

  it('saves quiet hours that run past midnight and the after-expiry choice', async () => {
    renderSection();
    fireEvent.click(await screen.findByLabelText('Hold reminders during quiet hours'));
    await waitFor(async () => expect((await stored()).quietHours.enabled).toBe(true));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '23:00' } });
    await waitFor(async () => expect((await stored()).quietHours).toEqual({ enabled: true, start: '23:00', end: '08:00' }));
    expect(await screen.findByText(/\(the expiry, held until quiet hours end\)$/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/Remind me every day after a plan has expired/));
    await waitFor(async () => expect((await stored()).afterExpiryReminders).toBe(true));
    expect(await screen.findByText(/then every day at 09:00/)).toBeTruthy();
  });

  it('adds and removes "number kept" reminders, within 1 to 365 days', async () => {
    renderSection();
    const group = (await screen.findByRole('group', { name: 'Keeping your number' })) as HTMLElement;
    const field = within(group).getByLabelText('Days before the number is lost');
    fireEvent.input(field, { target: { value: '400' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Add reminder' }));
    expect(await within(group).findByText('Enter a whole number of days from 1 to 365.')).toBeTruthy();
    fireEvent.input(field, { target: { value: '60' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Add reminder' }));
    await waitFor(async () => expect((await stored()).numberKeptLeadDays).toEqual([60, 30, 7]));
    fireEvent.click(await within(group).findByRole('button', { name: 'Remove number reminder: 30 days before' }));
    await waitFor(async () => expect((await stored()).numberKeptLeadDays).toEqual([60, 7]));
  });

  it('restores the default reminders and leaves the rest of the settings alone', async () => {
    await keeperDatabase().settings.put({
      key: SETTINGS_KEY,
      value: { ...DEFAULT_SETTINGS, reminderLeadTimes: [{ daysBefore: 2 }], reminderTime: '20:00', language: 'az' },
    });
    renderSection();
    await waitFor(async () => expect(await leadChips()).toEqual(['2 days before']));
    fireEvent.click(screen.getByRole('button', { name: 'Restore default reminders' }));
    await waitFor(async () => expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, language: 'az' }));
    expect(await screen.findByText('Default reminders restored')).toBeTruthy();
  });

  it('tells what the settings do on an example plan', async () => {
    await keeperDatabase().settings.put({ key: SETTINGS_KEY, value: { ...DEFAULT_SETTINGS, reminderLeadTimes: [] } });
    renderSection();
    expect(await screen.findByText('With these settings you get no reminder before a plan expires.')).toBeTruthy();
  });

  it('speaks the reader’s language', async () => {
    renderSection(it_);
    expect(await screen.findByRole('heading', { name: 'Promemoria' })).toBeTruthy();
    expect(await leadChips()).toEqual(['7 giorni prima', '3 giorni prima', '1 giorno prima', 'Alla scadenza']);
    expect(screen.getByText(/Per un piano che scade/)).toBeTruthy();
  });
});
