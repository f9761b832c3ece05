import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Plan } from '../../src/plans/plan';
import type { Renewal } from '../../src/plans/renewal';
import { aPlan } from '../support/plans';
import { ExtensionSession, expect, test } from './harness';

const ACTIVATION_CODE = 'LPA:1$smdp.example.com$K2-SECRET-7Q';

const ROME = aPlan({ iccid: '8939104520000123458', phoneNumber: '+393331234567', activationCode: ACTIVATION_CODE });
const BAKU = aPlan({ id: 'plan-baku', label: 'Baku SIM', carrierId: 'azercell', timeZone: 'Asia/Baku', expiresAt: '2027-01-10T08:00:00.000Z' });
const LISBON = aPlan({
  id: 'plan-lisbon',
  label: 'Old Lisbon SIM',
  carrierId: 'custom',
  carrierName: 'NOS',
  timeZone: 'Europe/Lisbon',
  expiresAt: '2025-08-01T12:00:00.000Z',
  archived: true,
});
const PLANS = [ROME, BAKU, LISBON];

function aRenewal(id: string, planId: string, renewedAt: string, amount: Renewal['amount'], channel: Renewal['channel'], reference?: string): Renewal {
  const renewed = new Date(renewedAt);
  return {
    id,
    planId,
    renewedAt,
    previousExpiresAt: new Date(renewed.getTime() + 86_400_000).toISOString(),
    newExpiresAt: new Date(renewed.getTime() + 31 * 86_400_000).toISOString(),
    ...(amount && { amount }),
    channel,
    ...(reference && { reference }),
  };
}

const RENEWALS = [
  aRenewal('r1', 'plan-rome', '2026-03-01T10:00:00.000Z', { amount: 15, currency: 'EUR' }, 'website', 'ORD-1001'),
  aRenewal('r2', 'plan-rome', '2026-04-01T10:00:00.000Z', { amount: 30, currency: 'EUR' }, 'app'),
  aRenewal('r3', 'plan-baku', '2026-05-01T10:00:00.000Z', { amount: 10, currency: 'AZN' }, 'store'),
  aRenewal('r4', 'plan-baku', '2026-06-01T10:00:00.000Z', { amount: 20, currency: 'AZN' }, 'auto'),
  aRenewal('r5', 'plan-rome', '2025-11-01T10:00:00.000Z', { amount: 15, currency: 'EUR' }, 'website'),
  aRenewal('r6', 'plan-lisbon', '2025-07-01T10:00:00.000Z', { amount: 12.5, currency: 'EUR' }, 'website'),
];

/** A backup file's text, as the extension writes it (docs/backup-format.md). */
function backupText(plans: unknown[], renewals: unknown[] = []): string {
  return JSON.stringify({ format: 'esim-keeper-backup', version: 1, exportedAt: '2026-11-20T10:00:00.000Z', plans, renewals, settings: {} });
}

function jsonFile(name: string, text: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** The person's date today, as the file names carry it. */
function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

function byId<T>(records: T[]): T[] {
  return [...records].sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)));
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Saves what the page downloads when `click` runs; returns its name and text. */
async function download(page: Page, click: () => Promise<void>, dir: string) {
  const downloaded = page.waitForEvent('download');
  await click();
  const file = await downloaded;
  const saved = path.join(dir, file.suggestedFilename());
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), path: saved, text: await readFile(saved, 'utf8') };
}

let downloads: string;
test.beforeEach(async () => {
  downloads = await mkdtemp(path.join(tmpdir(), 'esim-keeper-downloads-'));
});
test.afterEach(async () => {
  await rm(downloads, { recursive: true, force: true });
});

test('a JSON backup made here brings the same plans and history back in a fresh profile', async ({ extension }) => {
  await extension.seedPlans(PLANS);
  await extension.seedRenewals(RENEWALS);
  const options = await extension.openOptions();
  const backup = options.getByRole('region', { name: 'Backup' });
  await expect(backup).toContainText('Never backed up.');

  const file = await download(options, () => backup.getByRole('button', { name: 'Export backup (JSON)' }).click(), downloads);
  expect(file.name).toBe(`esim-keeper-backup-${today()}.json`);
  const written = JSON.parse(file.text) as { plans: Plan[]; renewals: Renewal[] };
  expect(written.plans.map((plan) => plan.id)).toEqual(['plan-baku', 'plan-lisbon', 'plan-rome']);
  expect(written.renewals).toHaveLength(6);
  // The JSON is the one export that keeps activation codes (so eSIMs can be reinstalled).
  expect(file.text).toContain(ACTIVATION_CODE);
  await expect(backup.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(`Saved ${file.name} to your downloads.`);
  await expect(backup).toContainText('Last backup: today');
  const before = await extension.workerState();
  expect((before.settings as { lastBackupAt?: string }).lastBackupAt).toMatch(/^\d{4}-/);

  const fresh = await ExtensionSession.launch();
  try {
    const page = await fresh.openOptions();
    await page.getByLabel('Backup file (.json)').setInputFiles(file.path);
    await page.getByRole('button', { name: 'Preview import' }).click();
    const preview = page.getByRole('region', { name: 'What this import will do' });
    await expect(preview).toBeFocused();
    await expect(preview).toContainText('3 plans will be added:');
    await expect(preview.getByRole('listitem')).toHaveText(['Baku SIM', 'Old Lisbon SIM', 'Rome eSIM']);
    await expect(preview).toContainText('6 renewals will be added to the history.');
    await expect(preview).toContainText('Your settings stay as they are.');
    // Nothing is written by the preview.
    expect((await fresh.workerState()).plans).toEqual([]);

    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported: 3 plans added, 6 renewals.');
    const after = await fresh.workerState();
    expect(byId(after.plans)).toEqual(byId(before.plans));
    expect(byId(after.renewals)).toEqual(byId(before.renewals));
    // The history of the new profile shows what came with the file.
    await expect(page.getByRole('region', { name: 'Renewal history' })).toContainText('Total for 2026: ₼30.00, €45.00');

    const popup = await fresh.openPopup();
    const list = popup.getByRole('list', { name: 'Your plans' });
    await expect(list).toContainText('Rome eSIM');
    await expect(list).toContainText('Baku SIM');
    await expect(list).not.toContainText('Old Lisbon SIM');

    // Importing the same file again changes nothing, and says so.
    await page.getByRole('button', { name: 'Preview import' }).click();
    await expect(page.getByRole('region', { name: 'What this import will do' })).toContainText(
      'Everything in this file is already here: importing would change nothing.',
    );
    await fresh.collectWorkerErrors();
    expect(fresh.requests).toEqual([]);
    expect(fresh.errors).toEqual([]);
  } finally {
    await fresh.close();
  }
});

test('a bad file says what is wrong and changes nothing', async ({ extension }) => {
  await extension.seedPlans([ROME]);
  await extension.seedRenewals([RENEWALS[0]]);
  const before = await extension.workerState();
  const options = await extension.openOptions();
  const fileInput = options.getByLabel('Backup file (.json)');
  const previewImport = options.getByRole('button', { name: 'Preview import' });
  const alert = options.getByRole('alert');

  await fileInput.setInputFiles(jsonFile('notes.json', 'my plans:\n  rome, baku'));
  await previewImport.click();
  await expect(alert).toBeFocused();
  await expect(alert).toContainText('This file is not readable as a backup: it is damaged or cut off. Nothing was imported.');
  await expect(alert).toContainText('Reading stopped at line 1, column 1.');

  await fileInput.setInputFiles(jsonFile('package.json', '{ "name": "something else", "version": "1.0.0" }'));
  await previewImport.click();
  await expect(alert).toHaveText('This is not an eSIM Keeper backup. Nothing was imported.');

  const badIccid = { ...ROME, id: 'plan-bad', label: 'Bad SIM', iccid: '8939104520000123454' };
  await fileInput.setInputFiles(jsonFile('backup.json', backupText([BAKU, badIccid])));
  await previewImport.click();
  await expect(alert).toBeFocused();
  await expect(alert).toContainText('Some entries in this backup are not valid (see the list). Nothing was imported.');
  await expect(alert.getByRole('listitem')).toHaveText([
    'Plan 2 (“Bad SIM”): This ICCID fails its check digit — please re-check the digits, especially the last one. plans[1].iccid',
  ]);
  await expect(options.getByRole('region', { name: 'What this import will do' })).toHaveCount(0);

  const after = await extension.workerState();
  expect(after.plans).toEqual(before.plans);
  expect(after.renewals).toEqual(before.renewals);
  expect(after.settings).toEqual(before.settings);
});

test('the spreadsheet and calendar files are named by date and hold no activation code', async ({ extension }) => {
  await extension.seedPlans(PLANS);
  const options = await extension.openOptions();
  const backup = options.getByRole('region', { name: 'Backup' });
  await expect(backup).toContainText('The spreadsheet and calendar files never contain activation codes.');

  const csv = await download(options, () => backup.getByRole('button', { name: 'Export spreadsheet (CSV)' }).click(), downloads);
  expect(csv.name).toBe(`esim-keeper-plans-${today()}.csv`);
  const rows = csv.text.trimEnd().split('\r\n');
  expect(rows[0]).toMatch(/^id,label,carrier,country,/);
  expect(rows).toHaveLength(4);
  expect(csv.text).toContain('plan-rome,Rome eSIM,TIM');
  expect(csv.text).toContain('Old Lisbon SIM');
  expect(csv.text).not.toContain('K2-SECRET');

  const ics = await download(options, () => backup.getByRole('button', { name: 'Export calendar (ICS)' }).click(), downloads);
  expect(ics.name).toBe(`esim-keeper-expiries-${today()}.ics`);
  expect(ics.text).toMatch(/^BEGIN:VCALENDAR/);
  expect(ics.text).toContain('SUMMARY:Rome eSIM runs out');
  expect(ics.text).toContain('SUMMARY:Baku SIM runs out');
  // Archived plans have no expiry to watch.
  expect(ics.text).not.toContain('Old Lisbon SIM');
  expect(ics.text).not.toContain('K2-SECRET');
  await expect(backup.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(`Saved ${ics.name} to your downloads.`);
  // Only the JSON backup counts as a backup.
  await expect(backup).toContainText('Never backed up.');
});

test('the history lists renewals per year with totals per currency, live and by plan', async ({ extension }) => {
  await extension.seedPlans(PLANS);
  const options = await extension.openOptions();
  const history = options.getByRole('region', { name: 'Renewal history' });
  await expect(history).toContainText('No renewals yet — when you mark a plan renewed, it appears here.');

  await extension.seedRenewals(RENEWALS);
  await expect(history.getByRole('heading', { level: 3 })).toHaveText(['2026', '2025']);
  await expect(history).toContainText('All years: ₼30.00, €72.50');
  await expect(history).toContainText('Total for 2026: ₼30.00, €45.00');
  await expect(history).toContainText('Total for 2025: €27.50');
  const year2026 = history.getByRole('table', { name: '2026' });
  await expect(year2026.getByRole('row')).toHaveText([
    'DatePlanAmountPaid viaReference',
    '1 Jun 2026Baku SIM₼20.00Automatic',
    '1 May 2026Baku SIM₼10.00Shop',
    'Total for Baku SIM₼30.00',
    '1 Apr 2026Rome eSIM€30.00App',
    '1 Mar 2026Rome eSIM€15.00WebsiteORD-1001',
    'Total for Rome eSIM€45.00',
  ]);

  const filter = history.getByLabel('Show renewals of');
  await expect(filter.getByRole('option')).toHaveText(['All plans', 'Baku SIM', 'Rome eSIM', 'Old Lisbon SIM (archived)']);
  await filter.selectOption({ label: 'Old Lisbon SIM (archived)' });
  await expect(history.getByRole('heading', { level: 3 })).toHaveText(['2025']);
  await expect(history).toContainText('All years: €12.50');

  // A renewal recorded elsewhere (the popup, the background) appears at once.
  await filter.selectOption({ label: 'All plans' });
  await extension.seedRenewals([aRenewal('r7', 'plan-baku', '2026-07-01T10:00:00.000Z', { amount: 5, currency: 'AZN' }, 'app')]);
  await expect(history).toContainText('Total for 2026: ₼35.00, €45.00');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ extensionLaunch: { colorScheme } });

    test('history and backup have no accessibility violations, with a preview and with an error', async ({ extension }) => {
      await extension.seedPlans(PLANS);
      await extension.seedRenewals(RENEWALS);
      const options = await extension.openOptions();
      await expect(options.getByRole('table', { name: '2026' })).toBeVisible();
      expect(await violations(options)).toEqual([]);

      const changed = { ...ROME, label: 'Rome eSIM (new)', updatedAt: '2026-10-01T10:00:00.000Z' };
      await options.getByLabel('Backup file (.json)').setInputFiles(jsonFile('backup.json', backupText([changed, aPlan({ id: 'plan-milan', label: 'Milan' })])));
      await options.getByLabel('Also replace my settings').check();
      await options.getByRole('button', { name: 'Preview import' }).click();
      const preview = options.getByRole('region', { name: 'What this import will do' });
      await expect(preview).toContainText('“Rome eSIM” becomes “Rome eSIM (new)” (the same plan)');
      // The file's copy is older than the one kept here: the preview says so.
      await expect(preview).toContainText('Changed here more recently than in the file: importing replaces those changes.');
      await expect(preview).toContainText('Your settings will be replaced with the backup’s.');
      expect(await violations(options)).toEqual([]);

      await options.getByLabel('Backup file (.json)').setInputFiles(jsonFile('backup.json', backupText([{ ...ROME, iccid: '123' }])));
      await options.getByRole('button', { name: 'Preview import' }).click();
      await expect(options.getByRole('alert')).toBeVisible();
      expect(await violations(options)).toEqual([]);
    });
  });
}

test('an import works from the keyboard alone', async ({ extension }) => {
  const options = await extension.openOptions();
  // Playwright turns on its interception of the file picker without waiting for it, so ask
  // for the picker long before the key opens it: asked just before, on a busy machine the real
  // (headless) picker once opened and cancelled itself and no filechooser event came.
  const chooser = options.waitForEvent('filechooser');
  const focused = () => options.evaluate(() => document.activeElement?.textContent?.trim() || document.activeElement?.id || '');
  // From the contents list to the backup section, then on to the file picker.
  for (let step = 0; step < 10 && (await focused()) !== 'Backup'; step += 1) await options.keyboard.press('Tab');
  await options.keyboard.press('Enter');
  for (let step = 0; step < 10 && (await focused()) !== 'backup-file'; step += 1) await options.keyboard.press('Tab');
  await expect(options.getByLabel('Backup file (.json)')).toBeFocused();

  await options.keyboard.press('Space');
  await (await chooser).setFiles(jsonFile('backup.json', backupText([ROME])));
  await options.keyboard.press('Tab');
  await expect(options.getByLabel('Also replace my settings')).toBeFocused();
  await options.keyboard.press('Tab');
  await expect(options.getByRole('button', { name: 'Preview import' })).toBeFocused();
  await options.keyboard.press('Enter');

  const preview = options.getByRole('region', { name: 'What this import will do' });
  await expect(preview).toBeFocused();
  await options.keyboard.press('Tab');
  await expect(preview.getByRole('button', { name: 'Import', exact: true })).toBeFocused();
  await options.keyboard.press('Enter');
  const status = options.getByRole('status').filter({ hasText: 'Imported' });
  await expect(status).toHaveText('Imported: 1 plan added.');
  await expect(status).toBeFocused();
  expect((await extension.workerState()).plans).toEqual([ROME]);

  // Cancel puts focus back on the button that opened the preview, and writes nothing.
  await options.getByRole('button', { name: 'Preview import' }).focus();
  await options.keyboard.press('Enter');
  await expect(preview).toBeFocused();
  await options.keyboard.press('Tab');
  await expect(preview.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(preview).toHaveCount(0);
  await expect(options.getByRole('button', { name: 'Preview import' })).toBeFocused();
});
