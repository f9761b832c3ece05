import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { carrierById } from '../../carriers/registry';
import type { I18n } from '../../i18n/i18n';
import { localDateOf } from '../../plans/expiry-input';
import type { Plan } from '../../plans/plan';
import { moneySchema, type Money } from '../../plans/primitives';
import type { Renewal } from '../../plans/renewal';
import { validationErrors, type ValidationError } from '../../plans/validation';
import { useI18n } from '../i18n-context';
import { pageStore } from '../page-store';
import { validationMessage } from '../validation-message';
import { dateInZone } from './date-in-zone';
import './mark-renewed-dialog.css';
import { expiryOnDate, proposeRenewal } from './renewal-proposal';

export interface MarkRenewedDialogProps {
  plan: Plan;
  /** The plan as stored after the renewal. */
  onRenewed(plan: Plan): void;
  /** The dialog closed, renewed or not; the popup puts focus back on the plan's row. */
  onClose(): void;
}

type Field = 'expiry' | 'amount' | 'currency' | 'reference' | 'form';
type FieldErrors = Partial<Record<Field, string>>;

const CHANNELS = ['website', 'app', 'store', 'auto'] as const satisfies readonly Renewal['channel'][];

/** Where the renewal was paid, in words. */
function channelName(channel: Renewal['channel'], i18n: I18n): string {
  switch (channel) {
    case 'website':
      return i18n.t('popupChannelWebsite');
    case 'app':
      return i18n.t('popupChannelApp');
    case 'store':
      return i18n.t('popupChannelStore');
    case 'auto':
      return i18n.t('popupChannelAuto');
  }
}

/**
 * "Mark renewed": the new expiry already counted (the plan's period from its current expiry,
 * or what the carrier's table gives for the amount), shown in the carrier's clock, with its
 * date editable for a carrier that gave another; what was paid, where, and a reference.
 * A native modal <dialog>: focus stays inside, Escape closes it. Confirm stores through
 * renewPlan; a refusal (a date not after the current expiry…) is shown at its field and
 * nothing is stored.
 */
export function MarkRenewedDialog({ plan, onRenewed, onClose }: MarkRenewedDialogProps) {
  const i18n = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  // Counted once, as the dialog opens: the proposal should not move while the person reads it.
  const now = useMemo(() => new Date(), []);
  const [amountText, setAmountText] = useState(() => initialAmount(plan));
  const [currency, setCurrency] = useState(() => plan.price?.currency ?? carrierById(plan.carrierId)?.currency ?? '');
  const [channel, setChannel] = useState<Renewal['channel']>(plan.autoRenew ? 'auto' : 'website');
  const [reference, setReference] = useState('');
  // The date the person typed; undefined while they keep the proposed one.
  const [typedDate, setTypedDate] = useState<string | undefined>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const amount = parseMoney(amountText, currency);
  const proposal = proposeRenewal(plan, amount.ok ? amount.value : undefined, now);
  const proposedDate = proposal.ok ? localDateOf(proposal.expiresAt, plan.timeZone) : '';
  const date = typedDate ?? proposedDate;
  const typed = typedDate !== undefined && typedDate !== proposedDate && typedDate !== '';
  const newExpiresAt = typed ? expiryOnDate(typedDate, proposal.ok ? proposal.expiresAt : plan.expiresAt, plan) : undefined;
  const shownExpiry = newExpiresAt ?? (proposal.ok && date !== '' ? proposal.expiresAt : undefined);
  const expiryError = errors.expiry;
  // Why the date is empty (no period to count from) is guidance, not yet a mistake: it turns
  // into an error only if the person confirms without a date.
  const expiryHint = expiryError === undefined && !proposal.ok && date === '' ? validationMessage(i18n, { code: proposal.code }) : undefined;

  const confirm = async (event: Event) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!amount.ok) for (const error of amount.errors) problems[error.path === 'currency' ? 'currency' : 'amount'] = validationMessage(i18n, error);
    if (date === '') problems.expiry = validationMessage(i18n, { code: proposal.ok ? 'value.required' : proposal.code });
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setSaving(true);
    try {
      const result = await pageStore().renewPlan(plan.id, {
        channel,
        ...(amount.ok && amount.value && { amount: amount.value }),
        ...(reference.trim() !== '' && { reference: reference.trim() }),
        ...(newExpiresAt !== undefined && { newExpiresAt }),
      });
      if (result.ok) {
        onRenewed(result.value.plan);
        dialog.current?.close();
        return;
      }
      setErrors(fieldErrors(result.errors, i18n));
    } catch {
      setErrors({ form: i18n.t('popupActionFailed') });
    } finally {
      setSaving(false);
    }
  };

  const describedBy = (field: Field, ...more: string[]) => [errors[field] ? `renew-${field}-error` : '', ...more].filter(Boolean).join(' ') || undefined;

  return (
    <dialog ref={dialog} class="renew-dialog" aria-labelledby="renew-title" onClose={onClose}>
      <form class="renew-dialog__form" onSubmit={(event) => void confirm(event)} noValidate>
        <h2 id="renew-title">{i18n.t('popupMarkRenewedPlan', plan.label)}</h2>

        <div class="renew-dialog__field">
          <label for="renew-expiry">{i18n.t('popupRenewNewExpiry')}</label>
          <input
            id="renew-expiry"
            type="date"
            value={date}
            required
            aria-invalid={expiryError !== undefined}
            aria-describedby={describedBy('expiry', shownExpiry !== undefined ? 'renew-runs-until' : '', expiryHint !== undefined ? 'renew-expiry-hint' : '')}
            onInput={(event) => {
              setTypedDate(event.currentTarget.value);
              setErrors({ ...errors, expiry: undefined });
            }}
          />
          {shownExpiry !== undefined && (
            <p id="renew-runs-until" class="renew-dialog__hint">
              {i18n.t('popupRenewRunsUntil', dateInZone(shownExpiry, plan.timeZone, i18n))}
            </p>
          )}
          {expiryHint !== undefined && (
            <p id="renew-expiry-hint" class="renew-dialog__hint">
              {expiryHint}
            </p>
          )}
          {expiryError !== undefined && (
            <p id="renew-expiry-error" class="error">
              {expiryError}
            </p>
          )}
        </div>

        <div class="renew-dialog__money">
          <div class="renew-dialog__field">
            <label for="renew-amount">{i18n.t('popupRenewAmount')}</label>
            <input
              id="renew-amount"
              type="text"
              inputMode="decimal"
              autocomplete="off"
              value={amountText}
              aria-invalid={errors.amount !== undefined}
              aria-describedby={describedBy('amount')}
              onInput={(event) => {
                setAmountText(event.currentTarget.value);
                setErrors({ ...errors, amount: undefined });
              }}
            />
          </div>
          <div class="renew-dialog__field renew-dialog__currency">
            <label for="renew-currency">{i18n.t('popupRenewCurrency')}</label>
            <input
              id="renew-currency"
              type="text"
              maxLength={3}
              autocomplete="off"
              value={currency}
              aria-invalid={errors.currency !== undefined}
              aria-describedby={describedBy('currency')}
              onInput={(event) => {
                setCurrency(event.currentTarget.value.toUpperCase());
                setErrors({ ...errors, currency: undefined });
              }}
            />
          </div>
        </div>
        {errors.amount !== undefined && (
          <p id="renew-amount-error" class="error">
            {errors.amount}
          </p>
        )}
        {errors.currency !== undefined && (
          <p id="renew-currency-error" class="error">
            {errors.currency}
          </p>
        )}

        <div class="renew-dialog__field">
          <label for="renew-channel">{i18n.t('popupRenewChannel')}</label>
          <select id="renew-channel" value={channel} onChange={(event) => setChannel(event.currentTarget.value as Renewal['channel'])}>
            {CHANNELS.map((value) => (
              <option key={value} value={value}>
                {channelName(value, i18n)}
              </option>
            ))}
          </select>
        </div>

        <div class="renew-dialog__field">
          <label for="renew-reference">{i18n.t('popupRenewReference')}</label>
          <input
            id="renew-reference"
            type="text"
            maxLength={500}
            autocomplete="off"
            value={reference}
            aria-invalid={errors.reference !== undefined}
            aria-describedby={describedBy('reference')}
            onInput={(event) => setReference(event.currentTarget.value)}
          />
          {errors.reference !== undefined && (
            <p id="renew-reference-error" class="error">
              {errors.reference}
            </p>
          )}
        </div>

        {errors.form !== undefined && (
          <p class="error" role="alert">
            {errors.form}
          </p>
        )}
        <div class="renew-dialog__buttons">
          <button type="button" class="secondary-button" onClick={() => dialog.current?.close()}>
            {i18n.t('popupCancel')}
          </button>
          <button type="submit" class="primary-button" disabled={saving}>
            {i18n.t('popupRenewConfirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** What one renewal usually costs: the plan's top-up, else its price. */
function initialAmount(plan: Plan): string {
  const amount = plan.topUpAmount ?? plan.price?.amount;
  return amount === undefined ? '' : String(amount);
}

/** The amount typed ("10,50" or "10.50"), or nothing when the field is empty. */
function parseMoney(amountText: string, currency: string): { ok: true; value: Money | undefined } | { ok: false; errors: ValidationError[] } {
  const text = amountText.trim().replace(',', '.');
  if (text === '') return { ok: true, value: undefined };
  const input = { amount: /^\d*\.?\d+$/.test(text) ? Number(text) : Number.NaN, currency: currency.trim() };
  const parsed = moneySchema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: validationErrors(parsed.error, [], input) };
}

/** The store's refusals, each at the field it is about. */
function fieldErrors(errors: readonly ValidationError[], i18n: I18n): FieldErrors {
  const fields: FieldErrors = {};
  for (const error of errors) {
    const field: Field = error.path === 'newExpiresAt' || error.path.startsWith('renewal.newExpiresAt')
      ? 'expiry'
      : error.path.endsWith('amount.currency')
        ? 'currency'
        : error.path.includes('amount')
          ? 'amount'
          : error.path.includes('reference')
            ? 'reference'
            : 'form';
    fields[field] ??= validationMessage(i18n, error);
  }
  return fields;
}
