import type { ComponentChildren, InputHTMLAttributes } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { carrierById, carriers } from '../../carriers/registry';
import { newId } from '../../db/store';
import type { I18n } from '../../i18n/i18n';
import { zoneCity } from '../../i18n/zone-city';
import { parseActivationCode } from '../../plans/activation-code';
import { iccidProblem } from '../../plans/iccid';
import { CUSTOM_CARRIER_ID, type Plan } from '../../plans/plan';
import {
  chooseCarrier,
  draftFieldOfPath,
  draftProblems,
  emptyDraft,
  planToDraft,
  type DraftField,
  type PlanDraft,
} from '../../plans/plan-draft';
import { normalisePhoneNumber } from '../../plans/phone-number';
import { formatPhoneNumber } from '../../plans/phone-number-display';
import type { ValidationError } from '../../plans/validation';
import { useI18n } from '../i18n-context';
import { pageStore } from '../page-store';
import { validationMessage } from '../validation-message';
import { ActivationCodeField } from './activation-code-field';
import { ConfirmDialog } from './plan-form-dialog';
import './plan-form.css';

/** The fields in the order the form shows them: the error summary lists problems so. */
const FIELD_ORDER: readonly DraftField[] = [
  'label',
  'carrierId',
  'carrierName',
  'country',
  'timeZone',
  'phoneNumber',
  'iccid',
  'activationCode',
  'holderName',
  'startDate',
  'expiryDate',
  'expiryTime',
  'periodCount',
  'dataAllowanceGB',
  'dataLeftGB',
  'priceAmount',
  'currency',
  'topUpAmount',
  'email',
  'renewalUrl',
  'planName',
  'notes',
];

/** The label a field's problem is named by in the error summary. */
function fieldLabel(i18n: I18n, field: DraftField): string {
  switch (field) {
    case 'label':
      return i18n.t('formLabel');
    case 'carrierId':
      return i18n.t('formCarrier');
    case 'carrierName':
      return i18n.t('formCarrierName');
    case 'country':
      return i18n.t('formCountry');
    case 'timeZone':
      return i18n.t('formTimeZone');
    case 'phoneNumber':
      return i18n.t('formPhone');
    case 'iccid':
      return i18n.t('formIccid');
    case 'planName':
      return i18n.t('formPlanName');
    case 'dataAllowanceGB':
      return i18n.t('formDataAllowance');
    case 'dataLeftGB':
      return i18n.t('formDataLeft');
    case 'startDate':
      return i18n.t('formStartDate');
    case 'expiryDate':
      return i18n.t('formExpiryDate');
    case 'expiryTime':
      return i18n.t('formExpiryTime');
    case 'dateOnly':
      return i18n.t('formDateOnly');
    case 'periodCount':
      return i18n.t('formPeriod');
    case 'periodUnit':
      return i18n.t('formPeriodUnit');
    case 'autoRenew':
      return i18n.t('formAutoRenew');
    case 'priceAmount':
      return i18n.t('formPrice');
    case 'currency':
      return i18n.t('formCurrency');
    case 'topUpAmount':
      return i18n.t('formTopUp');
    case 'email':
      return i18n.t('formEmail');
    case 'holderName':
      return i18n.t('formHolderName');
    case 'renewalUrl':
      return i18n.t('formRenewalUrl');
    case 'activationCode':
      return i18n.t('formActivationCode');
    case 'notes':
      return i18n.t('formNotes');
  }
}

const fieldId = (field: DraftField) => `plan-${field}`;

/** A problem shown in the form: on its field, or (no field owns its path) in the summary only. */
interface ShownError {
  field: DraftField | undefined;
  code: string;
}

/**
 * The add/edit form of a plan. Every field is text the person typed (PlanDraft); saving
 * checks the whole draft (draftProblems), then writes through the store, which checks
 * again. A failed save writes nothing and keeps what was typed; problems show under their
 * fields and in a summary that takes the focus.
 */
export function PlanForm({
  plan,
  onSaved,
  onArchived,
  onClose,
}: {
  /** The stored plan when editing; absent for a new plan. */
  plan?: Plan | undefined;
  onSaved: (plan: Plan) => void;
  onArchived: (plan: Plan) => void;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const [id] = useState(() => plan?.id ?? newId());
  const [initial] = useState<PlanDraft>(() => (plan ? planToDraft(plan, formatPhoneNumber) : emptyDraft()));
  const [draft, setDraft] = useState<PlanDraft>(initial);
  const [edited, setEdited] = useState<ReadonlySet<DraftField>>(new Set());
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [summaryShown, setSummaryShown] = useState(false);
  // Counts saves refused: each one moves the focus to the summary, once.
  const [refusedSaves, setRefusedSaves] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const [pendingLeave, setPendingLeave] = useState<(() => void) | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);

  useEffect(() => {
    heading.current?.focus();
  }, []);
  // Only after a refused save: a field's check on blur also changes the errors, and moving
  // the focus (and the scroll) then would pull the page away from where the person clicked.
  useEffect(() => {
    if (refusedSaves > 0) summary.current?.focus();
  }, [refusedSaves]);

  const errorOf = (field: DraftField) => errors.find((error) => error.field === field);

  const setField = <K extends DraftField>(field: K, value: PlanDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setEdited((current) => new Set(current).add(field));
    // A field's problem goes once it is changed; blur or the next save finds it again.
    setErrors((current) => current.filter((error) => error.field !== field));
  };

  const setFieldError = (field: DraftField, code: string | undefined) => {
    setErrors((current) => [...current.filter((error) => error.field !== field), ...(code ? [{ field, code }] : [])]);
  };

  const country = draft.country || carrierById(draft.carrierId)?.country;
  const phonePreview = useMemo(() => {
    if (draft.phoneNumber.trim() === '') return undefined;
    const result = normalisePhoneNumber(draft.phoneNumber, country);
    return result.ok ? formatPhoneNumber(result.e164) : undefined;
  }, [draft.phoneNumber, country]);

  /** The checks that need no schema, when the person leaves the field. */
  const checkOnBlur = (field: 'iccid' | 'phoneNumber' | 'activationCode') => () => {
    const value = draft[field].trim();
    if (value === '') return setFieldError(field, undefined);
    if (field === 'iccid') return setFieldError(field, iccidProblem(value));
    if (field === 'phoneNumber') {
      const result = normalisePhoneNumber(value, country);
      return setFieldError(field, result.ok ? undefined : result.problem);
    }
    const parsed = parseActivationCode(value);
    return setFieldError(field, parsed.ok ? undefined : parsed.problem);
  };

  const showProblems = (problems: readonly ValidationError[]) => {
    const shown = problems.map((problem) => ({ field: draftFieldOfPath(problem.path), code: problem.code }));
    // One message per field: the first problem found is the one to fix first.
    const unique = shown.filter((error, index) => error.field === undefined || shown.findIndex((other) => other.field === error.field) === index);
    setErrors(unique);
    setSummaryShown(true);
    setRefusedSaves((count) => count + 1);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setSaveFailed(false);
    const checked = draftProblems(draft, { id, base: plan });
    if (checked.errors.length > 0) return showProblems(checked.errors);
    setSaving(true);
    try {
      const result = await pageStore().savePlan(checked.input);
      if (result.ok) onSaved(result.value);
      else showProblems(result.errors);
    } catch {
      setSaveFailed(true);
    } finally {
      setSaving(false);
    }
  };

  /** Leaves the form, asking first when something typed would be lost. */
  const leave = (then: () => void) => {
    if (dirty) setPendingLeave(() => then);
    else then();
  };

  const archive = () => {
    if (!plan) return;
    leave(() => {
      void pageStore()
        .setArchived(plan.id, true)
        .then(() => onArchived(plan));
    });
  };

  const orderedErrors = [...errors].sort((a, b) => orderOf(a.field) - orderOf(b.field));

  /** The attributes that tie a control to its label, hint and error. */
  const controlProps = (field: DraftField, { hint = false, required = false } = {}) => {
    const describedBy = [hint ? `${fieldId(field)}-hint` : '', errorOf(field) ? `${fieldId(field)}-error` : ''].filter(Boolean).join(' ');
    return {
      id: fieldId(field),
      name: field,
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      'aria-invalid': errorOf(field) ? true : undefined,
      required,
    };
  };
  const textInput = (field: DraftField, options: { hint?: boolean; required?: boolean } = {}, extra: InputHTMLAttributes<HTMLInputElement> = {}) => (
    <input
      type="text"
      {...controlProps(field, options)}
      {...extra}
      value={draft[field] as string}
      onInput={(event) => setField(field, event.currentTarget.value)}
    />
  );
  const field = (name: DraftField, content: ComponentChildren, { hint, required = false, wide = false }: { hint?: ComponentChildren; required?: boolean; wide?: boolean } = {}) => (
    <div class={`form-field${wide ? ' form-field--wide' : ''}`}>
      <label for={fieldId(name)} class="form-field__label">
        {fieldLabel(i18n, name)}
        {required && (
          <span class="form-field__required" aria-hidden="true">
            {' *'}
          </span>
        )}
      </label>
      {content}
      {hint !== undefined && (
        <p id={`${fieldId(name)}-hint`} class="form-field__hint">
          {hint}
        </p>
      )}
      <FieldError field={name} error={errorOf(name)} i18n={i18n} />
    </div>
  );

  const carrier = carrierById(draft.carrierId);
  const city = zoneCity(draft.timeZone, i18n);
  const zoneNote = draft.timeZone === '' ? undefined : city === undefined ? i18n.t('formTimesInUtc') : i18n.t('formTimesInZone', city);

  return (
    <form class="plan-form" noValidate onSubmit={(event) => void save(event)} aria-labelledby="plan-form-title">
      <h3 id="plan-form-title" class="plan-form__title" tabIndex={-1} ref={heading}>
        {plan ? i18n.t('formEditPlan', plan.label) : i18n.t('formAddTitle')}
      </h3>
      <p class="muted plan-form__required-note">{i18n.t('formRequiredNote')}</p>

      {summaryShown && orderedErrors.length > 0 && (
        <div class="form-error-summary" tabIndex={-1} ref={summary} aria-labelledby="plan-form-summary-title">
          <h4 id="plan-form-summary-title">{i18n.plural('formErrorSummary', orderedErrors.length)}</h4>
          <ul>
            {orderedErrors.map((error, index) => (
              <li key={`${error.field ?? ''}-${index}`}>
                {error.field === undefined ? (
                  validationMessage(i18n, error)
                ) : (
                  <a
                    href={`#${fieldId(error.field)}`}
                    onClick={(event) => {
                      // Focus the field without changing the page's address (#plan=… stays).
                      event.preventDefault();
                      document.getElementById(fieldId(error.field!))?.focus();
                    }}
                  >
                    {`${fieldLabel(i18n, error.field)}: ${validationMessage(i18n, error)}`}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {saveFailed && (
        <p class="error" role="alert">
          {i18n.t('formSaveFailed')}
        </p>
      )}

      <fieldset class="form-group">
        <legend>{i18n.t('formSectionPlan')}</legend>
        {field('label', textInput('label', { hint: true, required: true }, { autocomplete: 'off' }), {
          hint: i18n.t('formLabelHint'),
          required: true,
          wide: true,
        })}
        {field(
          'carrierId',
          <select
            {...controlProps('carrierId', { required: true })}
            value={draft.carrierId}
            onChange={(event) => {
              const chosen = event.currentTarget.value;
              setDraft((current) => chooseCarrier(current, chosen, edited));
              setEdited((current) => new Set(current).add('carrierId'));
              setErrors((current) => current.filter((error) => error.field !== 'carrierId'));
            }}
          >
            <option value="">{i18n.t('formCarrierChoose')}</option>
            <optgroup label={i18n.t('formCarrierGroupCarriers')}>
              {carriers
                .filter((option) => option.kind === 'carrier')
                .map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.name}
                  </option>
                ))}
            </optgroup>
            <optgroup label={i18n.t('formCarrierGroupSellers')}>
              {carriers
                .filter((option) => option.kind === 'esim-seller')
                .map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.name}
                  </option>
                ))}
            </optgroup>
            <option value={CUSTOM_CARRIER_ID}>{i18n.t('formCarrierOther')}</option>
          </select>,
          { required: true },
        )}
        {draft.carrierId === CUSTOM_CARRIER_ID && field('carrierName', textInput('carrierName', { required: true }), { required: true })}
        {field(
          'country',
          <select {...controlProps('country')} value={draft.country} onChange={(event) => setField('country', event.currentTarget.value)}>
            <option value="">{i18n.t('formNotSet')}</option>
            {withCurrent(regionOptions(i18n.locale), draft.country).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>,
        )}
        {field(
          'timeZone',
          <select
            {...controlProps('timeZone', { hint: true, required: true })}
            value={draft.timeZone}
            onChange={(event) => setField('timeZone', event.currentTarget.value)}
          >
            {draft.timeZone === '' && <option value="">{i18n.t('formCarrierChoose')}</option>}
            {withCurrent(timeZoneOptions(), draft.timeZone).map(([zone]) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </select>,
          { hint: i18n.t('formTimeZoneHint'), required: true },
        )}
        {field('planName', textInput('planName', { hint: true }), { hint: i18n.t('formPlanNameHint'), wide: true })}
      </fieldset>

      <fieldset class="form-group">
        <legend>{i18n.t('formSectionValidity')}</legend>
        {zoneNote !== undefined && <p class="form-group__note">{zoneNote}</p>}
        {field(
          'expiryDate',
          <input
            type="date"
            {...controlProps('expiryDate', { required: true })}
            value={draft.expiryDate}
            onInput={(event) => setField('expiryDate', event.currentTarget.value)}
          />,
          { required: true },
        )}
        {!draft.dateOnly &&
          field(
            'expiryTime',
            <input type="time" {...controlProps('expiryTime')} value={draft.expiryTime} onInput={(event) => setField('expiryTime', event.currentTarget.value)} />,
          )}
        <div class="form-field form-field--wide form-field--check">
          <input
            type="checkbox"
            id={fieldId('dateOnly')}
            aria-describedby={`${fieldId('dateOnly')}-hint`}
            checked={draft.dateOnly}
            onChange={(event) => setField('dateOnly', event.currentTarget.checked)}
          />
          <label for={fieldId('dateOnly')}>{i18n.t('formDateOnly')}</label>
          <p id={`${fieldId('dateOnly')}-hint`} class="form-field__hint">
            {i18n.t('formDateOnlyHint')}
          </p>
        </div>
        {field(
          'startDate',
          <input type="date" {...controlProps('startDate')} value={draft.startDate} onInput={(event) => setField('startDate', event.currentTarget.value)} />,
        )}
        <div class="form-field">
          <span class="form-row">
            <span class="form-row__part">
              <label for={fieldId('periodCount')} class="form-field__label">
                {i18n.t('formPeriod')}
              </label>
              <input
                type="number"
                min="1"
                step="1"
                inputMode="numeric"
                class="form-row__count"
                {...controlProps('periodCount')}
                value={draft.periodCount}
                onInput={(event) => setField('periodCount', event.currentTarget.value)}
              />
            </span>
            <span class="form-row__part">
              <label for={fieldId('periodUnit')} class="form-field__label">
                {i18n.t('formPeriodUnit')}
              </label>
              <select
                id={fieldId('periodUnit')}
                value={draft.periodUnit}
                onChange={(event) => setField('periodUnit', event.currentTarget.value as PlanDraft['periodUnit'])}
              >
                <option value="day">{i18n.t('formPeriodDays')}</option>
                <option value="week">{i18n.t('formPeriodWeeks')}</option>
                <option value="month">{i18n.t('formPeriodMonths')}</option>
                <option value="year">{i18n.t('formPeriodYears')}</option>
              </select>
            </span>
          </span>
          <FieldError field="periodCount" error={errorOf('periodCount')} i18n={i18n} />
        </div>
        <div class="form-field form-field--wide form-field--check">
          <input
            type="checkbox"
            id={fieldId('autoRenew')}
            checked={draft.autoRenew}
            onChange={(event) => setField('autoRenew', event.currentTarget.checked)}
          />
          <label for={fieldId('autoRenew')}>{i18n.t('formAutoRenew')}</label>
        </div>
      </fieldset>

      <fieldset class="form-group">
        <legend>{i18n.t('formSectionNumber')}</legend>
        {field(
          'phoneNumber',
          textInput('phoneNumber', { hint: true }, { type: 'tel', autocomplete: 'off', onBlur: checkOnBlur('phoneNumber') }),
          {
            hint: (
              <>
                {i18n.t('formPhoneHint')}
                {phonePreview !== undefined && (
                  <>
                    {' '}
                    <strong class="form-field__preview">{i18n.t('formPhoneSavedAs', phonePreview)}</strong>
                  </>
                )}
              </>
            ),
            wide: true,
          },
        )}
        {field('iccid', textInput('iccid', { hint: true }, { inputMode: 'numeric', autocomplete: 'off', onBlur: checkOnBlur('iccid') }), {
          hint: i18n.t('formIccidHint'),
          wide: true,
        })}
        {field(
          'activationCode',
          <ActivationCodeField
            inputProps={{ ...controlProps('activationCode', { hint: true }), onBlur: checkOnBlur('activationCode') }}
            value={draft.activationCode}
            onInput={(value) => setField('activationCode', value)}
            onInvalid={(code) => setFieldError('activationCode', code)}
          />,
          { hint: i18n.t('formActivationCodeHint'), wide: true },
        )}
        {field('holderName', textInput('holderName', {}, { autocomplete: 'off' }), { wide: true })}
      </fieldset>

      <fieldset class="form-group">
        <legend>{i18n.t('formSectionData')}</legend>
        {field('dataAllowanceGB', textInput('dataAllowanceGB', {}, { inputMode: 'decimal' }))}
        {field('dataLeftGB', textInput('dataLeftGB', {}, { inputMode: 'decimal' }))}
      </fieldset>

      <fieldset class="form-group">
        <legend>{i18n.t('formSectionPayment')}</legend>
        {field('priceAmount', textInput('priceAmount', {}, { inputMode: 'decimal' }))}
        {field(
          'currency',
          <select {...controlProps('currency')} value={draft.currency} onChange={(event) => setField('currency', event.currentTarget.value)}>
            <option value="">{i18n.t('formNotSet')}</option>
            {withCurrent(currencyOptions(i18n.locale), draft.currency).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>,
        )}
        {field('topUpAmount', textInput('topUpAmount', {}, { inputMode: 'decimal' }))}
        {field('email', textInput('email', {}, { type: 'email', autocomplete: 'email' }))}
        {field(
          'renewalUrl',
          textInput('renewalUrl', { hint: true }, { type: 'url', placeholder: carrier?.renewalUrl ?? 'https://' }),
          { hint: i18n.t('formRenewalUrlHint'), wide: true },
        )}
      </fieldset>

      {field(
        'notes',
        <textarea {...controlProps('notes')} rows={3} value={draft.notes} onInput={(event) => setField('notes', event.currentTarget.value)} />,
        { wide: true },
      )}

      <div class="plan-form__actions">
        <button type="submit" class="primary-button" disabled={saving}>
          {i18n.t('formSave')}
        </button>
        <button type="button" class="secondary-button" onClick={() => leave(onClose)}>
          {i18n.t('formCancel')}
        </button>
        {plan && !plan.archived && (
          <button type="button" class="secondary-button plan-form__archive" onClick={archive}>
            {i18n.t('formArchive')}
          </button>
        )}
      </div>

      {pendingLeave && (
        <ConfirmDialog
          title={i18n.t('formDiscardTitle')}
          body={i18n.t('formDiscardBody')}
          confirmText={i18n.t('formDiscard')}
          cancelText={i18n.t('formKeepEditing')}
          onCancel={() => setPendingLeave(undefined)}
          onConfirm={() => {
            setPendingLeave(undefined);
            pendingLeave();
          }}
        />
      )}
    </form>
  );
}

function FieldError({ field, error, i18n }: { field: DraftField; error: ShownError | undefined; i18n: I18n }) {
  if (!error) return null;
  return (
    <p id={`${fieldId(field)}-error`} class="form-field__error">
      {validationMessage(i18n, error)}
    </p>
  );
}

function orderOf(field: DraftField | undefined): number {
  const index = field === undefined ? -1 : FIELD_ORDER.indexOf(field);
  return index === -1 ? FIELD_ORDER.length : index;
}

// The option lists cost a few hundred Intl look-ups each: built once per page and language,
// not on every keystroke.
const optionLists = new Map<string, readonly (readonly [string, string])[]>();

function remembered(key: string, build: () => readonly (readonly [string, string])[]): readonly (readonly [string, string])[] {
  let list = optionLists.get(key);
  if (list === undefined) {
    list = build();
    optionLists.set(key, list);
  }
  return list;
}

/** A stored value missing from a list (an old zone name, a rare currency) stays choosable. */
function withCurrent(options: readonly (readonly [string, string])[], current: string): (readonly [string, string])[] {
  if (current === '' || options.some(([value]) => value === current)) return [...options];
  return [[current, current], ...options];
}

/**
 * Every country Intl can name, by name in the reader's language. ISO codes are two
 * letters; a code without a name of its own is no country (`fallback: 'none'`).
 * Groupings (EU, UN, "Outlying Oceania") are left out.
 */
function regionOptions(locale: string): readonly (readonly [string, string])[] {
  return remembered(`region:${locale}`, () => listRegions(locale));
}

function listRegions(locale: string): (readonly [string, string])[] {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const notCountries = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
  const options: [string, string][] = [];
  for (const first of letters) {
    for (const second of letters) {
      const code = `${first}${second}`;
      if (notCountries.has(code)) continue;
      // Retired codes (UK, DD, SU, YU…) name a country that has its own code: list it once.
      if (canonicalRegion(code) !== code) continue;
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (name !== undefined && name !== code) options.push([code, name]);
    }
  }
  const collator = new Intl.Collator(locale);
  return options.sort((a, b) => collator.compare(a[1], b[1]));
}

function canonicalRegion(code: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(`und-${code}`)[0]?.slice(4);
  } catch {
    return undefined;
  }
}

function timeZoneOptions(): readonly (readonly [string, string])[] {
  return remembered('zones', listTimeZones);
}

function listTimeZones(): (readonly [string, string])[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  // Chromium's list leaves out UTC, which eSIM sellers state their dates in.
  return ['UTC', ...zones.filter((zone) => zone !== 'UTC')].map((zone) => [zone, zone] as const);
}

function currencyOptions(locale: string): readonly (readonly [string, string])[] {
  return remembered(`currency:${locale}`, () => listCurrencies(locale));
}

function listCurrencies(locale: string): (readonly [string, string])[] {
  const codes = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['EUR', 'AZN', 'USD'];
  const names = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'none' });
  return codes.map((code) => [code, `${code} — ${names.of(code) ?? code}`] as const);
}
