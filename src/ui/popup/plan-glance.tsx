import type { ComponentChildren } from 'preact';
import { carrierById } from '../../carriers/registry';
import { maskPhoneNumberForGlance } from '../../plans/phone-mask';
import type { I18n } from '../../i18n/i18n';
import { toEpochMs } from '../../plans/expiry-input';
import { isLetExpire } from '../../plans/let-expire';
import { numberKeptUntil } from '../../plans/number-kept';
import type { Plan } from '../../plans/plan';
import { timeLeft, type PlanStatus } from '../../plans/time-left';
import { timeLeftText } from '../format-time-left';
import { useI18n } from '../i18n-context';
import { useRowsAfterPaint } from '../use-rows-after-paint';
import './plan-glance.css';

/** A number's own deadline shows on the row once it is nearer than this. */
const NUMBER_KEPT_WARNING_MS = 30 * 24 * 60 * 60 * 1000;

/** The status in words, so colour is never the only sign. */
function statusText(status: PlanStatus, i18n: I18n): string {
  switch (status) {
    case 'active':
      return i18n.t('planStatusActive');
    case 'expiringSoon':
      return i18n.t('planStatusExpiringSoon');
    case 'expired':
      return i18n.t('planStatusExpired');
  }
}

/**
 * The popup's plans, most urgent first (expired, then soonest expiry): what each plan is,
 * how long it has left and what else runs out. Archived plans are not shown. `now` and
 * `timeZone` default to the clock and the device's zone, read once per render; tests pass
 * their own.
 */
export function PlanGlance({
  plans,
  actionsOf,
  now = new Date(),
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
  firstPaintRows = Number.POSITIVE_INFINITY,
}: {
  plans: readonly Plan[];
  /** Render only this many rows at first, the rest one frame later (the popup's fast open). */
  firstPaintRows?: number;
  /** Buttons for a plan's row, if any (the popup's Renew, Remind me tomorrow, More actions). */
  actionsOf?: (plan: Plan) => ComponentChildren;
  now?: Date;
  timeZone?: string;
}) {
  const i18n = useI18n();
  const shown = plans
    .filter((plan) => !plan.archived)
    .sort((a, b) => toEpochMs(a.expiresAt) - toEpochMs(b.expiresAt));
  const rendered = useRowsAfterPaint(shown.length, firstPaintRows);
  return (
    <ul class="plan-list" aria-label={i18n.t('planListLabel')}>
      {shown.slice(0, rendered).map((plan) => (
        <PlanGlanceRow key={plan.id} plan={plan} i18n={i18n} now={now} timeZone={timeZone} actions={actionsOf?.(plan)} />
      ))}
    </ul>
  );
}

function PlanGlanceRow({
  plan,
  i18n,
  now,
  timeZone,
  actions,
}: {
  plan: Plan;
  i18n: I18n;
  now: Date;
  timeZone: string;
  actions: ComponentChildren;
}) {
  const carrier = carrierById(plan.carrierId);
  const left = timeLeft(plan, now);
  const country = plan.country ?? carrier?.country;
  const keptUntil = numberKeptUntil(plan, carrier?.dormancy);
  const showKeptUntil = keptUntil !== undefined && toEpochMs(keptUntil) - toEpochMs(now) < NUMBER_KEPT_WARNING_MS;
  const details = [carrier?.name ?? plan.carrierName, plan.phoneNumber === undefined ? undefined : maskPhoneNumberForGlance(plan.phoneNumber)];
  const percentUsed = left.progress === undefined ? undefined : Math.round(left.progress * 100);
  return (
    <li class={`plan-row glance-row glance-row--${left.status}`}>
      <span class="glance-row__head">
        {country !== undefined && <CountryFlag country={country} locale={i18n.locale} />}
        <span class="plan-row__label">{plan.label}</span>
        <span class={`status-chip status-chip--${left.status}`}>{statusText(left.status, i18n)}</span>
      </span>
      <span class="glance-row__details">
        {details.filter((detail) => detail !== undefined).map((detail, index) => (
          <span key={index} class={index === 0 ? 'plan-row__carrier' : 'glance-row__number'}>
            {detail}
          </span>
        ))}
      </span>
      <span class="glance-row__time-left">{timeLeftText(plan, now, i18n, timeZone)}</span>
      {percentUsed !== undefined && (
        <span
          class="validity-bar"
          role="progressbar"
          aria-label={i18n.t('planValidityUsed')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percentUsed}
        >
          <span class="validity-bar__fill" style={{ width: `${percentUsed}%` }} />
        </span>
      )}
      <span class="glance-row__facts">
        <span class="plan-row__expiry">{i18n.t('planExpiresOn', i18n.formatDate(new Date(toEpochMs(plan.expiresAt)), 'date', timeZone))}</span>
        {plan.dataLeftMB !== undefined && <span class="glance-row__data">{dataLeftText(plan.dataLeftMB, i18n)}</span>}
      </span>
      {showKeptUntil && (
        <span class="glance-row__number-kept">
          {i18n.t('planNumberKeptUntil', i18n.formatDate(new Date(toEpochMs(keptUntil)), 'date', timeZone))}
        </span>
      )}
      {isLetExpire(plan) && <span class="glance-row__silenced">{i18n.t('popupRemindersOff')}</span>}
      {actions !== undefined && actions !== null && <span class="plan-row__actions">{actions}</span>}
    </li>
  );
}

/** "2.5 GB left" from 1 GB up (1 GB = 1024 MB, as the plan stores it), else "300 MB left". */
function dataLeftText(megabytes: number, i18n: I18n): string {
  if (megabytes >= 1024) return i18n.t('planDataLeftGB', i18n.formatNumber(megabytes / 1024, { maximumFractionDigits: 1 }));
  return i18n.t('planDataLeftMB', i18n.formatNumber(Math.round(megabytes)));
}


/**
 * A country's flag as inline SVG (emoji flags do not render on Windows): hand-drawn for
 * the two countries our carriers serve, Italy and Azerbaijan; for any other country a
 * neutral chip with its ISO code. Named for screen readers by the country's name.
 */
function CountryFlag({ country, locale }: { country: string; locale: string }) {
  return (
    <svg class="country-flag" width="21" height="14" viewBox="0 0 24 16" role="img" aria-label={countryName(country, locale)}>
      {country === 'IT' ? <ItalyFlag /> : country === 'AZ' ? <AzerbaijanFlag /> : <CodeChip code={country} />}
      <rect x="0.5" y="0.5" width="23" height="15" rx="2" fill="none" stroke="var(--border)" />
    </svg>
  );
}

function ItalyFlag() {
  return (
    <>
      <rect width="8" height="16" fill="#009246" />
      <rect x="8" width="8" height="16" fill="#ffffff" />
      <rect x="16" width="8" height="16" fill="#ce2b37" />
    </>
  );
}

/** The eight-pointed star of the Azerbaijani flag, centred at (14.6, 8). */
const AZ_STAR = Array.from({ length: 16 }, (_, index) => {
  const angle = (index * Math.PI) / 8;
  const radius = index % 2 === 0 ? 1.6 : 0.75;
  return `${(14.6 + radius * Math.cos(angle)).toFixed(2)},${(8 + radius * Math.sin(angle)).toFixed(2)}`;
}).join(' ');

function AzerbaijanFlag() {
  return (
    <>
      <rect width="24" height="5.34" fill="#00b5e2" />
      <rect y="5.33" width="24" height="5.34" fill="#ef3340" />
      <rect y="10.66" width="24" height="5.34" fill="#509e2f" />
      <circle cx="11.4" cy="8" r="2.4" fill="#ffffff" />
      <circle cx="12" cy="8" r="1.95" fill="#ef3340" />
      <polygon points={AZ_STAR} fill="#ffffff" />
    </>
  );
}

function CodeChip({ code }: { code: string }) {
  return (
    <>
      <rect width="24" height="16" rx="2" fill="var(--surface-2)" />
      <text x="12" y="11.5" text-anchor="middle" font-size="9" font-weight="700" fill="var(--text)">
        {code}
      </text>
    </>
  );
}

/** One Intl.DisplayNames per language: building one costs more than a whole row. */
const regionNames = new Map<string, Intl.DisplayNames | undefined>();

function countryName(code: string, locale: string): string {
  if (!regionNames.has(locale)) {
    try {
      regionNames.set(locale, new Intl.DisplayNames([locale], { type: 'region' }));
    } catch {
      regionNames.set(locale, undefined);
    }
  }
  try {
    return regionNames.get(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}
