import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { LANGUAGES } from '../../src/i18n/languages';
import { luhnCheckDigit } from '../../src/plans/iccid';
import type { Plan } from '../../src/plans/plan';
import type { Money, Period } from '../../src/plans/primitives';
import type { Renewal } from '../../src/plans/renewal';
import type { LeadTime, Settings } from '../../src/plans/settings';

/**
 * fast-check arbitraries for valid plans, renewals and settings: every value they make
 * passes the schemas in src/plans unchanged (text already trimmed, instants already in
 * UTC with milliseconds, ICCIDs already digits only), so `schema.parse(x)` equals `x`.
 * Optional fields are absent rather than `undefined`, and objects are plain ones (fc.record
 * makes some without a prototype; JSON and IndexedDB give plain objects).
 */

const plain = <T>(value: T): T => structuredClone(value);

/**
 * Mobile numbers that libphonenumber-js (the `min` metadata we ship) accepts as valid.
 * tests check each with isE164PhoneNumber; a metadata update that drops one fails there.
 * A short list on purpose: plans share numbers often, which is what import matching needs.
 */
export const VALID_PHONE_NUMBERS = [
  '+393331234567', // TIM, Italy
  '+393401234567', // Vodafone, Italy
  '+393511234567', // Iliad, Italy
  '+994501234567', // Azercell, Azerbaijan
  '+994551234567', // Bakcell, Azerbaijan
  '+994701234567', // Nar, Azerbaijan
  '+447400123456', // United Kingdom
  '+33612345678', // France
  '+4915123456789', // Germany
] as const;

export const TIME_ZONES = ['Europe/Rome', 'Asia/Baku', 'UTC', 'America/New_York', 'Asia/Tokyo', 'Australia/Lord_Howe'] as const;

const CARRIER_IDS = ['tim', 'windtre', 'azercell', 'airalo'] as const;
const COUNTRIES = ['IT', 'AZ', 'GB', 'FR', 'DE', 'US', 'JP', 'GE', 'TR'] as const;
const CURRENCIES = ['EUR', 'AZN', 'USD', 'GBP', 'JPY', 'GEL'] as const;

export const idArbitrary = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);

/** Any instant from 2000 to 2099, as the schemas store it (`2026-12-02T22:59:00.000Z`). */
export const instantArbitrary = fc
  .date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2099-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

/**
 * Free text as the schemas keep it: trimmed, at most `max` UTF-16 units. Mostly ordinary
 * words in the languages we serve; sometimes any code points at all (quotes, newlines,
 * emoji, control characters) to exercise escaping.
 */
export function textArbitrary(min: number, max: number): fc.Arbitrary<string> {
  const words = fc
    .array(fc.constantFrom('Rome', 'eSIM', 'Mum’s', 'TIM', 'Bakı', 'Azərbaycan', '意大利', 'ricarica', '"quoted"', 'a,b', '=1+1', '-'), {
      maxLength: 6,
    })
    .map((parts) => parts.join(' '));
  const anything = fc.string({ unit: 'binary', maxLength: max });
  return fc
    .oneof(words, anything)
    .map((text) => text.trim())
    .filter((text) => text.length >= min && text.length <= max);
}

function optionalText(max: number) {
  return textArbitrary(0, max);
}

/** A valid ICCID: 89, 18–22 digits, Luhn check digit last. */
export const iccidArbitrary = fc
  .tuple(fc.integer({ min: 18, max: 22 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 20, maxLength: 20 }))
  .map(([length, digits]) => {
    const body = `89${digits.slice(0, length - 3).join('')}`;
    return `${body}${luhnCheckDigit(body)}`;
  });

export const phoneNumberArbitrary = fc.constantFrom(...VALID_PHONE_NUMBERS);

const amountArbitrary = fc
  .oneof(fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 100_000 }))
  // -0 is written as 0 by JSON; keep to values that survive the trip.
  .map((amount) => (amount === 0 ? 0 : amount));

export const moneyArbitrary: fc.Arbitrary<Money> = fc
  .record({ amount: amountArbitrary, currency: fc.constantFrom(...CURRENCIES) })
  .map(plain);

const periodArbitrary: fc.Arbitrary<Period> = fc.record({
  unit: fc.constantFrom('day', 'week', 'month', 'year'),
  count: fc.integer({ min: 1, max: 1000 }),
});

const lowerAlnum = (max: number) => fc.stringMatching(new RegExp(`^[a-z0-9]{1,${max}}$`));

const emailArbitrary = fc
  .tuple(lowerAlnum(12), fc.option(lowerAlnum(8), { nil: undefined }), lowerAlnum(12), fc.constantFrom('it', 'az', 'com', 'co.uk'))
  .map(([name, more, domain, tld]) => `${name}${more ? `.${more}` : ''}@${domain}.${tld}`);

const renewalUrlArbitrary = fc
  .tuple(
    fc.constantFrom('https://www.tim.it/ricarica', 'https://www.azercell.com/az/balance', 'https://www.airalo.com/my-esims'),
    fc.option(fc.stringMatching(/^[a-z0-9-]{1,10}$/), { nil: undefined }),
  )
  .map(([base, path]) => (path ? `${base}/${path}` : base));

/** A well-formed LPA activation code (GSMA SGP.22). */
export const activationCodeArbitrary = fc
  .tuple(
    fc.constantFrom('smdp.io', 'rsp.truphone.com', 'sm-v4-004-a-gtm.pr.go-esim.com', 'consumer.rsp.world:8443'),
    fc.stringMatching(/^[0-9A-Z-]{0,24}$/),
    fc.option(fc.constantFrom('1.3.6.1.4.1.31746', '2.999.10'), { nil: undefined }),
    fc.boolean(),
  )
  .map(([host, matchingId, oid, confirm]) => {
    let code = `LPA:1$${host}$${matchingId}`;
    if (oid !== undefined || confirm) code += `$${oid ?? ''}`;
    if (confirm) code += '$1';
    return code;
  });

/** The instant a date-only expiry is stored as: the last millisecond of that day in the zone. */
function endOfDayIn(instant: string, timeZone: string): string {
  const local = new TZDate(Date.parse(instant), timeZone);
  const end = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), 23, 59, 59, 999, timeZone);
  return new Date(end.getTime()).toISOString();
}

const carrierArbitrary = fc.oneof(
  fc.record({ carrierId: fc.constantFrom(...CARRIER_IDS), carrierName: textArbitrary(1, 80) }, { requiredKeys: ['carrierId'] }),
  fc.record({ carrierId: fc.constant('custom'), carrierName: textArbitrary(1, 80) }),
);

const timingArbitrary = fc
  .tuple(instantArbitrary, fc.option(instantArbitrary, { nil: undefined }), fc.constantFrom('instant', 'day'), fc.constantFrom(...TIME_ZONES))
  .map(([at, startsAt, expiryPrecision, timeZone]) => {
    const expiresAt = expiryPrecision === 'day' ? endOfDayIn(at, timeZone) : at;
    return {
      expiresAt,
      expiryPrecision,
      timeZone,
      ...(startsAt !== undefined && startsAt < expiresAt ? { startsAt } : {}),
    };
  });

const optionalPlanFields = fc.record(
  {
    country: fc.constantFrom(...COUNTRIES),
    coverage: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: 5 }),
    phoneNumber: phoneNumberArbitrary,
    iccid: iccidArbitrary,
    planName: optionalText(120),
    dataAllowanceMB: amountArbitrary,
    dataLeftMB: amountArbitrary,
    period: periodArbitrary,
    renewalAnchorDay: fc.integer({ min: 1, max: 31 }),
    lastTopUpAt: instantArbitrary,
    numberKeptUntil: instantArbitrary,
    price: moneyArbitrary,
    topUpAmount: amountArbitrary,
    email: emailArbitrary,
    holderName: optionalText(120),
    renewalUrl: renewalUrlArbitrary,
    activationCode: activationCodeArbitrary,
    notes: optionalText(2000),
  },
  { requiredKeys: [] },
);

/** Any valid plan. */
export const planArbitrary: fc.Arbitrary<Plan> = fc
  .tuple(
    fc.record({
      id: idArbitrary,
      label: textArbitrary(1, 80),
      autoRenew: fc.boolean(),
      archived: fc.boolean(),
      createdAt: instantArbitrary,
      updatedAt: instantArbitrary,
    }),
    carrierArbitrary,
    timingArbitrary,
    optionalPlanFields,
  )
  .map(([required, carrier, timing, optional]) => plain({ ...required, ...carrier, ...timing, ...optional }));

/** Any valid renewal of one of `planIds`. */
export function renewalArbitrary(planIds: readonly string[]): fc.Arbitrary<Renewal> {
  return fc
    .tuple(
      fc.record({
        id: idArbitrary,
        planId: fc.constantFrom(...planIds),
        renewedAt: instantArbitrary,
        channel: fc.constantFrom('website', 'app', 'store', 'auto'),
      }),
      fc.tuple(instantArbitrary, instantArbitrary).filter(([a, b]) => a !== b),
      fc.record({ amount: moneyArbitrary, reference: optionalText(500) }, { requiredKeys: [] }),
    )
    .map(([required, [a, b], optional]) =>
      plain({
        ...required,
        previousExpiresAt: a < b ? a : b,
        newExpiresAt: a < b ? b : a,
        ...optional,
      }),
    );
}

const timeOfDayArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);

export const leadTimeArbitrary: fc.Arbitrary<LeadTime> = fc.oneof(
  fc.constant('atExpiry' as const),
  fc.record({ daysBefore: fc.integer({ min: 1, max: 90 }) }).map(plain),
);

/** Any valid settings, every field filled in (as the schema's output always is). */
export const settingsArbitrary: fc.Arbitrary<Settings> = fc
  .record(
  {
    reminderLeadTimes: fc.array(leadTimeArbitrary, { maxLength: 10 }),
    numberKeptLeadDays: fc.array(fc.integer({ min: 1, max: 365 }), { maxLength: 10 }),
    reminderTime: timeOfDayArbitrary,
    quietHours: fc.record({ enabled: fc.boolean(), start: timeOfDayArbitrary, end: timeOfDayArbitrary }),
    afterExpiryReminders: fc.boolean(),
    language: fc.constantFrom('browser', ...LANGUAGES),
    dateFormat: fc.constantFrom('locale', 'dmy', 'mdy', 'ymd'),
    fillPromptOff: fc.uniqueArray(fc.constantFrom('tim', 'windtre', 'azercell', 'nar', 'some-future-carrier'), { maxLength: 5 }),
    lastBackupAt: instantArbitrary,
  },
  {
    requiredKeys: [
      'reminderLeadTimes',
      'numberKeptLeadDays',
      'reminderTime',
      'quietHours',
      'afterExpiryReminders',
      'language',
      'dateFormat',
      'fillPromptOff',
    ],
  },
  )
  .map(plain);

export interface BackupContentValue {
  plans: Plan[];
  renewals: Renewal[];
  settings: Settings;
}

/** Plans with unique ids, renewals of those plans with unique ids, and settings. */
export function backupContentArbitrary({ maxPlans = 6, maxRenewals = 10 } = {}): fc.Arbitrary<BackupContentValue> {
  return fc.uniqueArray(planArbitrary, { selector: (plan) => plan.id, maxLength: maxPlans }).chain((plans) =>
    fc.record({
      plans: fc.constant(plans),
      renewals:
        plans.length === 0
          ? fc.constant([])
          : fc.uniqueArray(renewalArbitrary(plans.map((plan) => plan.id)), { selector: (renewal) => renewal.id, maxLength: maxRenewals }),
      settings: settingsArbitrary,
    }),
  );
}
