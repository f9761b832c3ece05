import { carrierById } from '../carriers/registry';
import { carrierDefaults, type CarrierDefaults } from './carrier-defaults';
import { endOfLocalDay, localDateOf, localDateTimeOf, localDateTimeToInstant } from './expiry-input';
import { CUSTOM_CARRIER_ID, planSchema, type Plan, type PlanInput } from './plan';
import { normalisePhoneNumber } from './phone-number';
import type { Period } from './primitives';
import { isTimeZone } from './time-zone';
import { validationErrors, type ValidationError } from './validation';

/**
 * A plan as the add/edit form holds it: every field as the text the person typed, so a
 * half-typed "1,5" or a wrong ICCID survives a failed save untouched. `draftToPlanInput`
 * turns it into what the store validates; `planToDraft` fills the form for editing.
 */
export interface PlanDraft {
  label: string;
  /** A registry id, `custom` ("Other…"), or '' before a choice. */
  carrierId: string;
  carrierName: string;
  /** ISO 3166-1 alpha-2 or ''. */
  country: string;
  timeZone: string;
  phoneNumber: string;
  iccid: string;
  planName: string;
  /** In GB, as typed ("1,5" or "1.5"); stored in MB. */
  dataAllowanceGB: string;
  dataLeftGB: string;
  /** `YYYY-MM-DD` in the plan's zone, as `<input type="date">` gives it. */
  startDate: string;
  expiryDate: string;
  /** `HH:MM` in the plan's zone; ignored when `dateOnly`. */
  expiryTime: string;
  /** "I only know the date": the plan runs to the end of that day (expiryPrecision 'day'). */
  dateOnly: boolean;
  periodCount: string;
  periodUnit: Period['unit'];
  autoRenew: boolean;
  priceAmount: string;
  currency: string;
  topUpAmount: string;
  email: string;
  holderName: string;
  renewalUrl: string;
  activationCode: string;
  notes: string;
}

export type DraftField = keyof PlanDraft;

/** The time a carrier's day ends on its own clock, offered until the person knows better. */
export const DEFAULT_EXPIRY_TIME = '23:59';

const MB_PER_GB = 1024;

export function emptyDraft(): PlanDraft {
  return {
    label: '',
    carrierId: '',
    carrierName: '',
    country: '',
    timeZone: '',
    phoneNumber: '',
    iccid: '',
    planName: '',
    dataAllowanceGB: '',
    dataLeftGB: '',
    startDate: '',
    expiryDate: '',
    expiryTime: DEFAULT_EXPIRY_TIME,
    dateOnly: false,
    periodCount: '',
    periodUnit: 'month',
    autoRenew: false,
    priceAmount: '',
    currency: '',
    topUpAmount: '',
    email: '',
    holderName: '',
    renewalUrl: '',
    activationCode: '',
    notes: '',
  };
}

/**
 * A stored plan as the form shows it: local dates and times in the plan's own zone, data
 * in GB, the number in its international form (`formatPhone`, which the form gets from
 * libphonenumber; E.164 as is without it).
 */
export function planToDraft(plan: Plan, formatPhone: (e164: string) => string = (e164) => e164): PlanDraft {
  const carrier = carrierById(plan.carrierId);
  const expiry = localDateTimeOf(plan.expiresAt, plan.timeZone);
  return {
    label: plan.label,
    carrierId: plan.carrierId,
    carrierName: plan.carrierName ?? '',
    country: plan.country ?? '',
    timeZone: plan.timeZone,
    phoneNumber: plan.phoneNumber === undefined ? '' : formatPhone(plan.phoneNumber),
    iccid: plan.iccid ?? '',
    planName: plan.planName ?? '',
    dataAllowanceGB: gigabytesText(plan.dataAllowanceMB),
    dataLeftGB: gigabytesText(plan.dataLeftMB),
    startDate: plan.startsAt === undefined ? '' : localDateOf(plan.startsAt, plan.timeZone),
    expiryDate: localDateOf(plan.expiresAt, plan.timeZone),
    expiryTime: plan.expiryPrecision === 'day' ? DEFAULT_EXPIRY_TIME : `${pad2(expiry.hour)}:${pad2(expiry.minute)}`,
    dateOnly: plan.expiryPrecision === 'day',
    periodCount: plan.period === undefined ? '' : String(plan.period.count),
    periodUnit: plan.period?.unit ?? 'month',
    autoRenew: plan.autoRenew,
    priceAmount: plan.price === undefined ? '' : String(plan.price.amount),
    currency: plan.price?.currency ?? carrier?.currency ?? '',
    topUpAmount: plan.topUpAmount === undefined ? '' : String(plan.topUpAmount),
    email: plan.email ?? '',
    holderName: plan.holderName ?? '',
    renewalUrl: plan.renewalUrl ?? '',
    activationCode: plan.activationCode ?? '',
    notes: plan.notes ?? '',
  };
}

/** The fields a carrier pre-fills, as the form holds them. */
type PrefilledField = 'country' | 'timeZone' | 'periodCount' | 'periodUnit' | 'currency';
const PREFILLED_FIELDS: readonly PrefilledField[] = ['country', 'timeZone', 'periodCount', 'periodUnit', 'currency'];

function prefillOf(defaults: CarrierDefaults | undefined): Partial<Pick<PlanDraft, PrefilledField>> {
  if (defaults === undefined) return {};
  return {
    country: defaults.country ?? '',
    timeZone: defaults.timeZone,
    ...(defaults.period && { periodCount: String(defaults.period.count), periodUnit: defaults.period.unit }),
    currency: defaults.currency,
  };
}

function defaultsOf(carrierId: string): CarrierDefaults | undefined {
  const carrier = carrierById(carrierId);
  return carrier === undefined ? undefined : carrierDefaults(carrier);
}

/**
 * The draft with `carrierId` chosen: country, time zone, period and currency follow the
 * carrier, except where the person put something of their own. A field counts as theirs
 * when they edited it in this form (`edited`), or when it holds a value the previous
 * carrier would not have filled in (a stored plan's own choice).
 */
export function chooseCarrier(draft: PlanDraft, carrierId: string, edited: ReadonlySet<DraftField>): PlanDraft {
  const previous = prefillOf(defaultsOf(draft.carrierId));
  const next = prefillOf(defaultsOf(carrierId));
  const chosen: PlanDraft = { ...draft, carrierId };
  for (const field of PREFILLED_FIELDS) {
    const value = next[field];
    if (value === undefined || edited.has(field)) continue;
    const current = draft[field];
    // The unit select always holds a unit; it is the carrier's while the count is.
    const untouched =
      field === 'periodUnit' ? draft.periodCount === '' || draft.periodCount === previous.periodCount : current === '' || current === previous[field];
    if (untouched) Object.assign(chosen, { [field]: value });
  }
  return chosen;
}

export type DraftConversion = {
  /** What the store is asked to save; fields that could not be read are left out. */
  input: Omit<PlanInput, 'createdAt' | 'updatedAt'>;
  /** Problems found while reading the text (numbers, dates, the phone number). */
  errors: ValidationError[];
};

/**
 * The draft as a plan for `KeeperStore.savePlan`. `base` is the stored plan when editing:
 * what the form does not show (anchor day, last top-up, "let it expire"…) is kept, and a
 * field whose text still reads as the stored value keeps the stored value exactly (an
 * expiry at 12:00:30 is not moved to 12:00, 1000 MB does not become 1003.5 MB).
 * Reading problems come back in `errors` with the schema's paths and codes; the schema
 * itself checks the rest when the store saves.
 */
export function draftToPlanInput(
  draft: PlanDraft,
  { id, base }: { id: string; base?: Plan | undefined },
): DraftConversion {
  const errors: ValidationError[] = [];
  const stored = base === undefined ? undefined : planToDraft(base);
  const unchanged = (...fields: DraftField[]) => stored !== undefined && fields.every((field) => stored[field] === draft[field]);
  const carrier = carrierById(draft.carrierId);
  const timeZone = draft.timeZone.trim();
  const zoneKnown = isTimeZone(timeZone);
  if (!zoneKnown) errors.push({ path: 'timeZone', code: timeZone === '' ? 'value.required' : 'timeZone.unknown' });

  const {
    label: _label,
    carrierId: _carrierId,
    carrierName: _carrierName,
    country: _country,
    phoneNumber: _phoneNumber,
    iccid: _iccid,
    planName: _planName,
    dataAllowanceMB: _dataAllowanceMB,
    dataLeftMB: _dataLeftMB,
    startsAt: _startsAt,
    expiresAt: _expiresAt,
    expiryPrecision: _expiryPrecision,
    timeZone: _timeZone,
    period: _period,
    renewalAnchorDay,
    autoRenew: _autoRenew,
    price: _price,
    topUpAmount: _topUpAmount,
    email: _email,
    holderName: _holderName,
    renewalUrl: _renewalUrl,
    activationCode: _activationCode,
    notes: _notes,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    ...kept
  } = base ?? ({} as Partial<Plan>);

  const input: DraftConversion['input'] = {
    ...kept,
    id,
    label: draft.label,
    carrierId: draft.carrierId,
    expiresAt: '',
    timeZone,
    autoRenew: draft.autoRenew,
  };
  if (base === undefined) {
    const defaults = defaultsOf(draft.carrierId);
    if (defaults?.coverage) input.coverage = defaults.coverage;
  }
  if (draft.carrierId === '') errors.push({ path: 'carrierId', code: 'value.required' });
  const optionalText = (value: string) => (value.trim() === '' ? undefined : value.trim());
  if (draft.carrierId === CUSTOM_CARRIER_ID) setIfDefined(input, 'carrierName', optionalText(draft.carrierName));
  setIfDefined(input, 'country', optionalText(draft.country));
  setIfDefined(input, 'planName', optionalText(draft.planName));
  setIfDefined(input, 'email', optionalText(draft.email));
  setIfDefined(input, 'holderName', optionalText(draft.holderName));
  setIfDefined(input, 'renewalUrl', optionalText(draft.renewalUrl));
  setIfDefined(input, 'activationCode', optionalText(draft.activationCode));
  setIfDefined(input, 'notes', optionalText(draft.notes));
  setIfDefined(input, 'iccid', optionalText(draft.iccid));

  if (draft.phoneNumber.trim() !== '') {
    if (unchanged('phoneNumber', 'country') && base?.phoneNumber !== undefined) input.phoneNumber = base.phoneNumber;
    else {
      const phone = normalisePhoneNumber(draft.phoneNumber, optionalText(draft.country) ?? carrier?.country);
      if (phone.ok) input.phoneNumber = phone.e164;
      else errors.push({ path: 'phoneNumber', code: phone.problem });
    }
  }

  const megabytes = (field: 'dataAllowanceGB' | 'dataLeftGB', path: 'dataAllowanceMB' | 'dataLeftMB') => {
    if (draft[field].trim() === '') return;
    if (unchanged(field) && base?.[path] !== undefined) {
      input[path] = base[path];
      return;
    }
    const gigabytes = parseDecimal(draft[field]);
    if (gigabytes === undefined) errors.push({ path, code: 'amount.format' });
    else input[path] = Math.round(gigabytes * MB_PER_GB);
  };
  megabytes('dataAllowanceGB', 'dataAllowanceMB');
  megabytes('dataLeftGB', 'dataLeftMB');

  if (draft.topUpAmount.trim() !== '') {
    const amount = parseDecimal(draft.topUpAmount);
    if (amount === undefined) errors.push({ path: 'topUpAmount', code: 'amount.format' });
    else input.topUpAmount = amount;
  }
  if (draft.priceAmount.trim() !== '') {
    const amount = parseDecimal(draft.priceAmount);
    const currency = draft.currency.trim().toUpperCase();
    if (amount === undefined) errors.push({ path: 'price.amount', code: 'amount.format' });
    if (currency === '') errors.push({ path: 'price.currency', code: 'value.required' });
    if (amount !== undefined && currency !== '') input.price = { amount, currency };
  }

  if (draft.periodCount.trim() !== '') {
    const count = Number(draft.periodCount.trim());
    // The schema says which counts are allowed; here only text that is no number at all.
    if (!/^\d+$/.test(draft.periodCount.trim())) errors.push({ path: 'period.count', code: 'period.count' });
    else input.period = { count, unit: draft.periodUnit };
  }

  if (zoneKnown) {
    if (unchanged('expiryDate', 'expiryTime', 'dateOnly', 'timeZone') && base !== undefined) {
      input.expiresAt = base.expiresAt;
      input.expiryPrecision = base.expiryPrecision;
    } else {
      const expiry = expiryInstant(draft, timeZone);
      if ('code' in expiry) errors.push({ path: 'expiresAt', code: expiry.code });
      else {
        input.expiresAt = expiry.instant;
        input.expiryPrecision = draft.dateOnly ? 'day' : 'instant';
      }
    }
    if (draft.startDate !== '') {
      if (unchanged('startDate', 'timeZone') && base?.startsAt !== undefined) input.startsAt = base.startsAt;
      else {
        try {
          input.startsAt = localDateTimeToInstant(`${draft.startDate}T00:00`, timeZone);
        } catch {
          errors.push({ path: 'startsAt', code: 'instant.format' });
        }
      }
    }
  } else if (draft.expiryDate === '') {
    errors.push({ path: 'expiresAt', code: 'value.required' });
  }
  // A new expiry day gets its anchor day from the expiry again (plan.ts).
  if (renewalAnchorDay !== undefined && input.expiresAt === base?.expiresAt) input.renewalAnchorDay = renewalAnchorDay;
  return { input, errors };
}

/**
 * Every problem of a draft at once, without saving: the reading problems of
 * `draftToPlanInput`, then the schema's on the rest (a field that could not be read is
 * stood in for, so it is not reported twice). Empty when the store would accept it.
 */
export function draftProblems(draft: PlanDraft, options: { id: string; base?: Plan | undefined }): DraftConversion {
  const converted = draftToPlanInput(draft, options);
  const readPaths = new Set(converted.errors.map((error) => error.path));
  const standIn = '2000-01-01T00:00:00.000Z';
  const candidate = {
    ...converted.input,
    ...(readPaths.has('expiresAt') || converted.input.expiresAt === '' ? { expiresAt: standIn } : {}),
    ...(readPaths.has('timeZone') ? { timeZone: 'UTC' } : {}),
    createdAt: standIn,
    updatedAt: standIn,
  };
  if (readPaths.has('expiresAt')) delete candidate.startsAt;
  const parsed = planSchema.safeParse(candidate);
  const schemaErrors = parsed.success ? [] : validationErrors(parsed.error, [], candidate).filter((error) => !readPaths.has(error.path));
  return { input: converted.input, errors: [...converted.errors, ...schemaErrors] };
}

function expiryInstant(draft: PlanDraft, timeZone: string): { instant: string } | { code: string } {
  if (draft.expiryDate === '') return { code: 'value.required' };
  try {
    if (draft.dateOnly) return { instant: endOfLocalDay(draft.expiryDate, timeZone) };
    if (draft.expiryTime === '') return { code: 'time.format' };
    return { instant: localDateTimeToInstant(`${draft.expiryDate}T${draft.expiryTime}`, timeZone) };
  } catch {
    return { code: 'instant.format' };
  }
}

/**
 * A decimal as people type it, with a point or a comma ("1.5", "1,5"); `undefined` for
 * anything else (negative numbers included: no field here takes one).
 */
export function parseDecimal(text: string): number | undefined {
  const normalised = text.trim().replace(',', '.');
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return undefined;
  return Number(normalised);
}

/** MB as GB for the form: at most two decimals, no trailing zeros (1536 → "1.5"). */
function gigabytesText(megabytes: number | undefined): string {
  if (megabytes === undefined) return '';
  return String(Math.round((megabytes / MB_PER_GB) * 100) / 100);
}

/**
 * Which form field shows a problem at a schema path (`price.amount` → `priceAmount`);
 * `undefined` for paths no field owns (they show in the summary only).
 */
export function draftFieldOfPath(path: string): DraftField | undefined {
  const head = path.split(/[.[]/)[0] ?? '';
  switch (path) {
    case 'price.amount':
      return 'priceAmount';
    case 'price.currency':
      return 'currency';
  }
  const fields: Record<string, DraftField> = {
    label: 'label',
    carrierId: 'carrierId',
    carrierName: 'carrierName',
    country: 'country',
    timeZone: 'timeZone',
    phoneNumber: 'phoneNumber',
    iccid: 'iccid',
    planName: 'planName',
    dataAllowanceMB: 'dataAllowanceGB',
    dataLeftMB: 'dataLeftGB',
    startsAt: 'startDate',
    expiresAt: 'expiryDate',
    expiryPrecision: 'expiryDate',
    period: 'periodCount',
    price: 'priceAmount',
    topUpAmount: 'topUpAmount',
    email: 'email',
    holderName: 'holderName',
    renewalUrl: 'renewalUrl',
    activationCode: 'activationCode',
    notes: 'notes',
  };
  return fields[head];
}

function setIfDefined<K extends keyof DraftConversion['input']>(input: DraftConversion['input'], key: K, value: DraftConversion['input'][K] | undefined) {
  if (value !== undefined) input[key] = value;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
