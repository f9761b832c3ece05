// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';
import { aPlan } from '../../../tests/support/plans';
import { SETTINGS_KEY, keeperDatabase } from '../../db/database';
import { catalogSource } from '../../i18n/catalog-source';
import { createI18n } from '../../i18n/i18n';
import { DEFAULT_SETTINGS } from '../../plans/settings';
import { I18nProvider } from '../i18n-context';
import { exportFileName } from './backup-exports';
import { importedText } from './backup-import';
import { BackupSection, lastBackupText } from './backup-section';

const i18n = createI18n(catalogSource(en));
const ACTIVATION_CODE = 'LPA:1$smdp.example.com$K2-SECRET-7Q';

function renderBackup() {
  return render(
    <I18nProvider i18n={i18n}>
      <BackupSection />
    </I18nProvider>,
  );
}

function backupText(plans: unknown[], renewals: unknown[] = []): string {
  return JSON.stringify({ format: 'esim-keeper-backup', version: 1, exportedAt: '2026-11-20T10:00:00.000Z', plans, renewals, settings: {} });
}

/** Picks a file in the import's file input, as the browser's file chooser would. */
function chooseFile(text: string, name = 'backup.json') {
  const input = screen.getByLabelText('Backup file (.json)') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

/** What the page saved through `<a download>`: the file name and the Blob's text. */
function captureDownloads() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.getAttribute('href')!)! });
  });
  return saved;
}

// The first export or import loads the store and the exporters on demand: slow on a busy machine.
describe('BackupSection', { timeout: 15_000 }, () => {
  const sent: unknown[] = [];
  beforeEach(() => {
    sent.length = 0;
    // The background's answer to plansChanged / settingsChanged.
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      sent.push(message);
      sendResponse({ ok: true });
      return true;
    });
  });

  afterEach(async () => {
    cleanup();
    const db = keeperDatabase();
    await Promise.all([db.plans.clear(), db.renewals.clear(), db.settings.clear()]);
  });

  describe('last backup', () => {
    const now = new Date('2026-11-22T10:00:00.000Z');
    it.each([
      [undefined, 'Never backed up. Export a backup to keep your plans safe.'],
      ['2026-11-22T06:00:00.000Z', 'Last backup: today'],
      ['2026-11-21T22:00:00.000Z', 'Last backup: yesterday'],
      ['2026-11-19T10:00:00.000Z', 'Last backup: 3 days ago'],
    ])('%s → %s', (lastBackupAt, text) => {
      expect(lastBackupText(i18n, lastBackupAt, now, 'Europe/Rome')).toBe(text);
    });
  });

  it('names files after the person’s local date', () => {
    const lateEvening = new Date(2026, 10, 22, 23, 30);
    expect(exportFileName('backup', lateEvening)).toBe('esim-keeper-backup-2026-11-22.json');
    expect(exportFileName('plans', lateEvening)).toBe('esim-keeper-plans-2026-11-22.csv');
    expect(exportFileName('expiries', new Date(2027, 0, 5, 0, 10))).toBe('esim-keeper-expiries-2027-01-05.ics');
  });

  it('exports the JSON backup, remembers when, and says where it went', async () => {
    await keeperDatabase().plans.put(aPlan({ activationCode: ACTIVATION_CODE }));
    const saved = captureDownloads();
    renderBackup();
    expect(await screen.findByText('Never backed up. Export a backup to keep your plans safe.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export backup (JSON)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^esim-keeper-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(saved[0]!.blob.type).toBe('application/json');
    expect(await saved[0]!.blob.text()).toContain(ACTIVATION_CODE);
    expect(await screen.findByText('Last backup: today')).toBeTruthy();
    expect(screen.getByText(`Saved ${saved[0]!.name} to your downloads.`).getAttribute('role')).toBe('status');
    expect(sent).toContainEqual({ name: 'settingsChanged', payload: {} });
  });

  it('exports a spreadsheet and a calendar without activation codes', async () => {
    await keeperDatabase().plans.put(aPlan({ activationCode: ACTIVATION_CODE }));
    const saved = captureDownloads();
    renderBackup();
    fireEvent.click(await screen.findByRole('button', { name: 'Export spreadsheet (CSV)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export calendar (ICS)' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const [csv, ics] = saved.sort((a, b) => a.name.localeCompare(b.name)).reverse();
    expect(csv!.name).toMatch(/^esim-keeper-plans-.*\.csv$/);
    expect(ics!.name).toMatch(/^esim-keeper-expiries-.*\.ics$/);
    expect(await csv!.blob.text()).toContain('Rome eSIM');
    expect(await ics!.blob.text()).toContain('SUMMARY:Rome eSIM runs out');
    for (const file of saved) expect(await file.blob.text()).not.toContain('K2-SECRET');
    // Only the JSON backup is a backup.
    expect(screen.getByText('Never backed up. Export a backup to keep your plans safe.')).toBeTruthy();
  });

  it('previews an import in words, then imports it', async () => {
    await keeperDatabase().plans.put(aPlan({ iccid: '8939104520000123458' }));
    renderBackup();
    await screen.findByText(/Never backed up/);
    chooseFile(
      backupText(
        [
          aPlan({ id: 'plan-other-machine', label: 'Rome (laptop)', iccid: '8939104520000123458', updatedAt: '2026-11-10T10:00:00.000Z' }),
          aPlan({ id: 'plan-baku', label: 'Baku SIM', carrierId: 'azercell', timeZone: 'Asia/Baku' }),
        ],
        [
          {
            id: 'r1',
            planId: 'plan-other-machine',
            renewedAt: '2026-11-01T10:00:00.000Z',
            previousExpiresAt: '2026-11-02T12:00:00.000Z',
            newExpiresAt: '2026-12-02T12:00:00.000Z',
            channel: 'website',
          },
        ],
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Preview import' }));
    const preview = await screen.findByRole('region', { name: 'What this import will do' });
    await waitFor(() => expect(document.activeElement).toBe(preview));
    expect(preview.textContent).toContain('1 plan will be added:Baku SIM');
    expect(preview.textContent).toContain('1 plan will be updated:“Rome eSIM” becomes “Rome (laptop)” (the same SIM, recognised by its ICCID)');
    expect(preview.textContent).toContain('1 renewal will be added to the history.');
    expect(preview.textContent).toContain('Your settings stay as they are.');
    expect(await keeperDatabase().plans.count()).toBe(1);

    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    const status = await screen.findByText('Imported: 1 plan added, 1 updated, 1 renewal.');
    expect(status.getAttribute('role')).toBe('status');
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect((await keeperDatabase().plans.get('plan-rome'))?.label).toBe('Rome (laptop)');
    expect(await keeperDatabase().renewals.count()).toBe(1);
    expect(sent).toContainEqual({ name: 'plansChanged', payload: {} });
  });

  it('refuses a bad file with the problems in words, and writes nothing', async () => {
    await keeperDatabase().plans.put(aPlan());
    await keeperDatabase().settings.put({ key: SETTINGS_KEY, value: DEFAULT_SETTINGS });
    renderBackup();
    await screen.findByText(/Never backed up/);
    chooseFile(backupText([aPlan({ id: 'plan-a', label: 'Good' }), { ...aPlan({ id: 'plan-b', label: 'Bad SIM' }), iccid: '8939104520000123454', country: 'italy' }]));
    fireEvent.click(screen.getByRole('button', { name: 'Preview import' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(alert.textContent).toContain('Some entries in this backup are not valid (see the list). Nothing was imported.');
    const problems = within(alert).getAllByRole('listitem').map((item) => item.textContent);
    expect(problems).toContain('Plan 2 (“Bad SIM”): This ICCID fails its check digit — please re-check the digits, especially the last one. plans[1].iccid');
    expect(problems).toHaveLength(2);
    expect(screen.queryByRole('region', { name: 'What this import will do' })).toBeNull();
    expect((await keeperDatabase().plans.toArray()).map((plan) => plan.id)).toEqual(['plan-rome']);
    expect(sent).toEqual([]);
  });

  it.each([
    ['not JSON', '{"format": "esim-keeper-backup",', 'This file is not readable as a backup: it is damaged or cut off. Nothing was imported.Reading stopped at line 1, column 33.'],
    ['someone else’s JSON', '{"plans": []}', 'This is not an eSIM Keeper backup. Nothing was imported.'],
    ['from a newer version', JSON.stringify({ format: 'esim-keeper-backup', version: 9 }), 'This backup was made by a newer eSIM Keeper. Update the extension, then import it again.'],
  ])('refuses a file that is %s', async (_kind, text, message) => {
    renderBackup();
    await screen.findByText(/Never backed up/);
    chooseFile(text);
    fireEvent.click(screen.getByRole('button', { name: 'Preview import' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(await keeperDatabase().plans.count()).toBe(0);
  });

  it('asks for a file when none was chosen', async () => {
    renderBackup();
    fireEvent.click(await screen.findByRole('button', { name: 'Preview import' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose a backup file first.');
  });

  it('cancels a preview, writing nothing, and gives focus back', async () => {
    renderBackup();
    await screen.findByText(/Never backed up/);
    chooseFile(backupText([aPlan()]));
    const previewButton = screen.getByRole('button', { name: 'Preview import' });
    fireEvent.click(previewButton);
    const preview = await screen.findByRole('region', { name: 'What this import will do' });
    fireEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(previewButton));
    expect(screen.queryByRole('region', { name: 'What this import will do' })).toBeNull();
    expect(await keeperDatabase().plans.count()).toBe(0);
  });
});

describe('importedText', () => {
  const counts = { plansAdded: 0, plansUpdated: 0, plansUnchanged: 0, renewalsAdded: 0, renewalsAlreadyKept: 0, settingsReplaced: false };
  it.each([
    [{ plansAdded: 2, plansUpdated: 1, renewalsAdded: 5 }, 'Imported: 2 plans added, 1 updated, 5 renewals.'],
    [{ renewalsAdded: 1, settingsReplaced: true }, 'Imported: 1 renewal, settings replaced.'],
    [{}, 'Nothing new to import: everything was already here.'],
  ])('%o → %s', (changed, text) => {
    expect(importedText(i18n, { ...counts, ...changed })).toBe(text);
  });
});
