import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import az from '../../public/_locales/az/messages.json';
import en from '../../public/_locales/en/messages.json';
import it_ from '../../public/_locales/it/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import { activationCodeArbitrary, iccidArbitrary, phoneNumberArbitrary, TIME_ZONES } from '../../tests/support/arbitraries';
import { aPlan } from '../../tests/support/plans';
import { catalogSource } from '../i18n/catalog-source';
import type { MessageCatalog } from '../i18n/format-message';
import { createI18n } from '../i18n/i18n';
import type { Plan } from '../plans/plan';
import type { Reminder, ReminderKind } from '../reminders/reminder';
import { maskedPhoneNumber, NOTIFICATION_BUTTON, notificationContent } from './notification-content';

const catalogs: Record<string, MessageCatalog> = { en, it: it_, zh_CN: zhCN, az };
const i18nFor = (language: string) => createI18n(catalogSource(catalogs[language]!));
const english = i18nFor('en');

// Mon 1 Dec 2025, 23:59 in Rome: Tue 2 Dec, 02:59 in Baku (the example in DESIGN.md).
const expiresAt = '2025-12-01T22:59:00.000Z';
const BAKU = 'Asia/Baku';
const ROME = 'Europe/Rome';
const plan = (overrides: Partial<Plan> = {}) => aPlan({ expiresAt, ...overrides });

function reminder(kind: ReminderKind, overrides: Partial<Reminder> = {}): Reminder {
  return { key: `plan-rome|${kind}`, planId: 'plan-rome', kind, fireAt: '2025-11-29T05:00:00.000Z', deadline: expiresAt, ...overrides };
}

describe('notificationContent', () => {
  it('says how many days are left, with the expiry in the person’s zone and the carrier’s time (the DESIGN.md example)', () => {
    // Sat 29 Nov, 09:00 in Baku: Tue 2 Dec is three dates away.
    const content = notificationContent(reminder('beforeExpiry', { daysBefore: 3 }), plan(), english, BAKU, new Date('2025-11-29T05:00:00.000Z'));
    expect(content).toEqual({
      title: 'Rome eSIM expires in 3 days',
      message: 'TIM · Tue 2 Dec, 02:59 (23:59 Rome time)',
      buttons: [{ title: 'Renew now' }, { title: 'Remind me tomorrow' }],
      renewalUrl: 'https://www.tim.it/ricarica',
    });
    expect(content.buttons[NOTIFICATION_BUTTON.renew]!.title).toBe('Renew now');
    expect(content.buttons[NOTIFICATION_BUTTON.snooze]!.title).toBe('Remind me tomorrow');
  });

  it.each<[string, string, string, string]>([
    ['a week ahead', '2025-11-25T05:00:00.000Z', BAKU, 'Rome eSIM expires in 7 days'],
    ['the day before, in Baku', '2025-12-01T05:00:00.000Z', BAKU, 'Rome eSIM expires tomorrow'],
    // 21:00 on Mon 1 Dec in Rome is already 00:00 on Tue 2 Dec in Baku: the expiry is today there.
    ['just after midnight in Baku', '2025-12-01T20:00:00.000Z', BAKU, 'Rome eSIM expires today'],
    ['the same instant in Rome', '2025-12-01T20:00:00.000Z', ROME, 'Rome eSIM expires today'],
    ['the evening before, in Rome', '2025-11-30T20:00:00.000Z', ROME, 'Rome eSIM expires tomorrow'],
    // Shown late (the browser was closed): the day count is from now, not from when it was planned.
    ['shown after the expiry', '2025-12-02T10:00:00.000Z', BAKU, 'Rome eSIM has expired'],
  ])('counts calendar days from now: %s', (_name, now, zone, title) => {
    expect(notificationContent(reminder('beforeExpiry', { daysBefore: 3 }), plan(), english, zone, new Date(now)).title).toBe(title);
  });

  it('adds no carrier time when the person’s clock reads the same', () => {
    const now = new Date('2025-11-29T05:00:00.000Z');
    expect(notificationContent(reminder('beforeExpiry'), plan(), english, ROME, now).message).toBe('TIM · Mon 1 Dec, 23:59');
    // Another zone id, the same offset at that instant.
    expect(notificationContent(reminder('beforeExpiry'), plan(), english, 'Europe/Berlin', now).message).toBe('TIM · Mon 1 Dec, 23:59');
  });

  it('names the city of the carrier’s zone from its id, or says UTC', () => {
    const now = new Date('2025-11-29T05:00:00.000Z');
    const newYork = plan({ carrierId: 'custom', carrierName: 'Mint Mobile', timeZone: 'America/New_York' });
    expect(notificationContent(reminder('beforeExpiry'), newYork, english, ROME, now).message).toBe(
      'Mint Mobile · Mon 1 Dec, 23:59 (17:59 New York time)',
    );
    const airalo = plan({ carrierId: 'airalo', timeZone: 'UTC' });
    expect(notificationContent(reminder('beforeExpiry'), airalo, english, ROME, now).message).toBe('Airalo · Mon 1 Dec, 23:59 (22:59 UTC)');
  });

  it.each<[ReminderKind, string, string, string, string]>([
    ['atExpiry', expiresAt, 'Rome eSIM has expired', 'TIM · Tue 2 Dec, 02:59 (23:59 Rome time)', 'Renew now'],
    // A wake-up a few seconds early still reads right.
    ['atExpiry', '2025-12-01T22:58:55.000Z', 'Rome eSIM expires now', 'TIM · Tue 2 Dec, 02:59 (23:59 Rome time)', 'Renew now'],
    ['autoRenew', '2025-12-01T05:00:00.000Z', 'Rome eSIM renews automatically tomorrow', 'Check your balance or card. TIM · Tue 2 Dec, 02:59 (23:59 Rome time)', 'Renew now'],
    ['autoRenew', '2025-12-01T21:00:00.000Z', 'Rome eSIM renews automatically today', 'Check your balance or card. TIM · Tue 2 Dec, 02:59 (23:59 Rome time)', 'Renew now'],
    ['autoRenew', '2025-11-28T05:00:00.000Z', 'Rome eSIM renews automatically in 4 days', 'Check your balance or card. TIM · Tue 2 Dec, 02:59 (23:59 Rome time)', 'Renew now'],
    ['afterExpiry', '2025-12-03T05:00:00.000Z', 'Rome eSIM expired 1 day ago', 'Renew it or archive it. TIM · Tue 2 Dec, 02:59 (23:59 Rome time)', 'Renew now'],
    ['afterExpiry', '2025-12-05T05:00:00.000Z', 'Rome eSIM expired 3 days ago', 'Renew it or archive it. TIM · Tue 2 Dec, 02:59 (23:59 Rome time)', 'Renew now'],
    ['afterExpiry', '2025-12-02T05:00:00.000Z', 'Rome eSIM has expired', 'Renew it or archive it. TIM · Tue 2 Dec, 02:59 (23:59 Rome time)', 'Renew now'],
  ])('words a %s reminder (now %s)', (kind, now, title, message, mainButton) => {
    const content = notificationContent(reminder(kind), plan({ autoRenew: kind === 'autoRenew' }), english, BAKU, new Date(now));
    expect(content).toMatchObject({ title, message });
    expect(content.buttons.map((button) => button.title)).toEqual([mainButton, 'Remind me tomorrow']);
  });

  it('asks to top up before the "number kept until" date, naming the line by its last digits only', () => {
    const line = plan({ label: 'Mum’s TIM', phoneNumber: '+393331234567' });
    const content = notificationContent(
      reminder('numberKept', { deadline: '2026-03-03T12:00:00.000Z', daysBefore: 30 }),
      line,
      english,
      ROME,
      new Date('2026-02-01T08:00:00.000Z'),
    );
    expect(content).toEqual({
      title: 'Top up your TIM number before 3 Mar 2026 to keep it',
      message: 'Mum’s TIM · •••4567',
      buttons: [{ title: 'Top up now' }, { title: 'Remind me tomorrow' }],
      renewalUrl: 'https://www.tim.it/ricarica',
    });
    const unknownCarrier = plan({ carrierId: 'gone-carrier' });
    expect(
      notificationContent(reminder('numberKept', { deadline: '2026-03-03T12:00:00.000Z' }), unknownCarrier, english, ROME, new Date('2026-02-01T08:00:00.000Z')),
    ).toMatchObject({ title: 'Top up this number before 3 Mar 2026 to keep it', message: 'Rome eSIM' });
  });

  it('sends "Renew now" to the plan’s own page first, else its carrier’s, else nowhere', () => {
    const now = new Date('2025-11-29T05:00:00.000Z');
    const own = plan({ renewalUrl: 'https://www.tim.it/offerte/rinnovo' });
    expect(notificationContent(reminder('beforeExpiry'), own, english, ROME, now).renewalUrl).toBe('https://www.tim.it/offerte/rinnovo');
    const custom = plan({ carrierId: 'custom', carrierName: 'Local shop SIM' });
    const content = notificationContent(reminder('beforeExpiry'), custom, english, ROME, now);
    expect(content).not.toHaveProperty('renewalUrl');
    expect(content.buttons).toHaveLength(2);
  });

  it('puts a label with dollar signs in as written', () => {
    const content = notificationContent(reminder('atExpiry'), plan({ label: 'US $10 $$1 plan' }), english, ROME, new Date(expiresAt));
    expect(content.title).toBe('US $10 $$1 plan has expired');
  });

  it.each<[string, string, string, string, string]>([
    ['it', 'Il piano Rome eSIM scade tra 3 giorni', 'TIM · mar 2 dic, 02:59 (23:59 ora di Roma)', 'Rinnova ora', 'Ricordamelo domani'],
    ['zh_CN', 'Rome eSIM 将在 3 天后到期', 'TIM · 12月2日 周二 02:59（罗马时间 23:59）', '立即续费', '明天提醒我'],
    ['az', 'Rome eSIM paketinin müddəti 3 gün sonra bitir', 'TIM · Çər.a, 2 Dek, 02:59 (Roma vaxtı ilə 23:59)', 'İndi yenilə', 'Sabah xatırlat'],
  ])('speaks %s', (language, title, message, renew, snooze) => {
    const content = notificationContent(reminder('beforeExpiry'), plan(), i18nFor(language), BAKU, new Date('2025-11-29T05:00:00.000Z'));
    expect(content).toMatchObject({ title, message, buttons: [{ title: renew }, { title: snooze }] });
  });

  it.each([
    ['it', 1, 'Il piano Rome eSIM è scaduto da 1 giorno'],
    ['it', 2, 'Il piano Rome eSIM è scaduto da 2 giorni'],
    ['zh_CN', 2, 'Rome eSIM 已过期 2 天'],
    ['az', 2, 'Rome eSIM paketinin müddəti 2 gün əvvəl bitib'],
  ])('chooses the plural form in %s for %d days after expiry', (language, daysAgo, title) => {
    const now = new Date(Date.parse('2025-12-02T05:00:00.000Z') + daysAgo * 86_400_000);
    expect(notificationContent(reminder('afterExpiry'), plan(), i18nFor(language), BAKU, now).title).toBe(title);
  });

  const kinds: ReminderKind[] = ['beforeExpiry', 'atExpiry', 'autoRenew', 'afterExpiry', 'numberKept'];

  it('never shows the activation code, the ICCID or the full phone number, in any language or kind (property)', () => {
    fc.assert(
      fc.property(
        phoneNumberArbitrary,
        iccidArbitrary,
        activationCodeArbitrary,
        fc.constantFrom(...kinds),
        fc.constantFrom('en', 'it', 'zh_CN', 'az'),
        fc.constantFrom(...TIME_ZONES),
        fc.integer({ min: -40, max: 40 }),
        (phoneNumber, iccid, activationCode, kind, language, zone, dayOffset) => {
          const secretive = plan({ phoneNumber, iccid, activationCode, notes: 'PIN 1234', email: 'me@example.com' });
          const now = new Date(Date.parse(expiresAt) + dayOffset * 86_400_000);
          const shown = JSON.stringify(notificationContent(reminder(kind), secretive, i18nFor(language), zone, now));
          expect(shown).not.toContain(activationCode);
          expect(shown).not.toContain(iccid);
          expect(shown).not.toContain(phoneNumber);
          // Nor the national part, nor its last seven digits.
          expect(shown).not.toContain(phoneNumber.slice(-7));
          expect(shown).not.toContain('PIN 1234');
          expect(shown).not.toContain('me@example.com');
        },
      ),
      { numRuns: 200 },
    );
    expect(maskedPhoneNumber('+393331234567')).toBe('•••4567');
  });

  it.each(['en', 'it', 'zh_CN', 'az'])('finds every message it needs in %s (no message names shown)', (language) => {
    const i18n = i18nFor(language);
    const samples = kinds.flatMap((kind) =>
      [-3, -1, 0, 1, 3].map((days) =>
        notificationContent(reminder(kind), plan(), i18n, BAKU, new Date(Date.parse(expiresAt) - days * 86_400_000 - 3_600_000)),
      ),
    );
    const utc = notificationContent(reminder('beforeExpiry'), plan({ carrierId: 'airalo', timeZone: 'UTC' }), i18n, BAKU, new Date('2025-11-29T05:00:00.000Z'));
    for (const content of [...samples, utc]) {
      const text = [content.title, content.message, ...content.buttons.map((button) => button.title)].join('\n');
      expect(text).not.toMatch(/notification[A-Z]|zoneCity|\$/);
    }
  });
});

