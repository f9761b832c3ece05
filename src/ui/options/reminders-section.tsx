import type { ComponentChildren, TargetedSubmitEvent } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { I18n } from '../../i18n/i18n';
import type { LeadTime, Settings } from '../../plans/settings';
import {
  addDaysBefore,
  addLeadTime,
  MAX_DAYS_BEFORE_EXPIRY,
  MAX_DAYS_BEFORE_NUMBER_LOST,
  removeLeadTime,
  sortLeadTimes,
  type AddProblem,
} from '../../reminders/lead-times';
import { previewReminders } from '../../reminders/preview';
import { useI18n } from '../i18n-context';
import { validationMessage } from '../validation-message';
import { saveStatusText, useSaveSettings, type Problem, type SettingsUpdate } from './use-save-settings';
import { reminderDefaults, useStoredSettings } from './use-stored-settings';
import './settings-controls.css';
import './reminders-section.css';

/** The controls that can show a problem, each with its own message line. */
type Field = 'leadTimes' | 'reminderTime' | 'quietStart' | 'quietEnd' | 'numberKept';

function leadTimeText(i18n: I18n, lead: LeadTime): string {
  return lead === 'atExpiry' ? i18n.t('remindersAtExpiry') : i18n.plural('remindersDaysBefore', lead.daysBefore);
}

/**
 * Options page section "#reminders": when reminders come. Every control saves as it
 * changes (the settings schema checks it; a refused value shows its reason beside the
 * control and stores nothing), and a live example says what the settings would do.
 */
export function RemindersSection() {
  const i18n = useI18n();
  const settings = useStoredSettings();
  const { save, status } = useSaveSettings();
  const [problems, setProblems] = useState<Partial<Record<Field, Problem>>>({});
  // What the person typed into a time field that was refused: kept on screen to correct.
  const [timeDrafts, setTimeDrafts] = useState<Partial<Record<'reminderTime' | 'quietStart' | 'quietEnd', string>>>({});
  const [daysBefore, setDaysBefore] = useState('');
  const [keptDays, setKeptDays] = useState('');
  const daysInputRef = useRef<HTMLInputElement>(null);
  const keptInputRef = useRef<HTMLInputElement>(null);

  if (settings.status !== 'ready') {
    return (
      <Section>
        {settings.status === 'loading' && <p class="muted" role="status">{i18n.t('loading')}</p>}
        {settings.status === 'failed' && <p class="error" role="alert">{i18n.t('loadFailed')}</p>}
      </Section>
    );
  }
  const current = settings.value;
  const leadTimes = sortLeadTimes(current.reminderLeadTimes);
  const keptLeadDays = [...current.numberKeptLeadDays].sort((a, b) => b - a);

  const setProblem = (field: Field, problem: Problem | undefined) => setProblems((all) => ({ ...all, [field]: problem }));

  const saveField = async (field: Field, update: SettingsUpdate | Partial<Settings>) => {
    const problem = await save(update);
    setProblem(field, problem);
    return problem === undefined;
  };

  /** What an "add" refused, worded at render time (the duplicate names itself in the current language). */
  const addProblem = (problem: AddProblem, named: (i18n: I18n) => string, range: Problem): Problem => {
    switch (problem) {
      case 'duplicate':
        return (i18n) => i18n.t('remindersDuplicate', named(i18n));
      case 'range':
        return range;
      case 'tooMany':
        return (i18n) => validationMessage(i18n, { code: 'leadTime.tooMany' });
    }
  };

  const addLead = async (lead: LeadTime) => {
    const added = await saveField('leadTimes', (stored) => {
      const result = addLeadTime(stored.reminderLeadTimes, lead);
      if (result.ok) return { change: { reminderLeadTimes: result.list } };
      const range: Problem = (i18n) => validationMessage(i18n, { code: 'leadTime.range' });
      return { problem: addProblem(result.problem, (i18n) => leadTimeText(i18n, lead), range) };
    });
    if (added) setDaysBefore('');
  };

  const onAddDays = (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void addLead({ daysBefore: daysBefore.trim() === '' ? Number.NaN : Number(daysBefore) });
  };

  const removeLead = async (lead: LeadTime) => {
    await saveField('leadTimes', (stored) => ({ change: { reminderLeadTimes: removeLeadTime(stored.reminderLeadTimes, lead) } }));
    // The button is gone: keep keyboard users in the same group.
    daysInputRef.current?.focus();
  };

  const onAddKept = async (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const days = keptDays.trim() === '' ? Number.NaN : Number(keptDays);
    const added = await saveField('numberKept', (stored) => {
      const result = addDaysBefore(stored.numberKeptLeadDays, days, MAX_DAYS_BEFORE_NUMBER_LOST);
      if (result.ok) return { change: { numberKeptLeadDays: result.list } };
      const range: Problem = (i18n) => i18n.t('remindersNumberKeptRange');
      return { problem: addProblem(result.problem, (i18n) => i18n.plural('remindersDaysBefore', days), range) };
    });
    if (added) setKeptDays('');
  };

  const removeKept = async (days: number) => {
    await saveField('numberKept', (stored) => ({ change: { numberKeptLeadDays: stored.numberKeptLeadDays.filter((existing) => existing !== days) } }));
    keptInputRef.current?.focus();
  };

  const saveTime = async (field: 'reminderTime' | 'quietStart' | 'quietEnd', value: string) => {
    const update: SettingsUpdate = (stored) => ({
      change:
        field === 'reminderTime'
          ? { reminderTime: value }
          : { quietHours: { ...stored.quietHours, [field === 'quietStart' ? 'start' : 'end']: value } },
    });
    if (await saveField(field, update)) setTimeDrafts((drafts) => ({ ...drafts, [field]: undefined }));
  };

  const timeInput = (field: 'reminderTime' | 'quietStart' | 'quietEnd', stored: string, label: string, extra: { describedBy?: string } = {}) => {
    const id = `reminders-${field}`;
    const problem = problems[field];
    const describedBy = [extra.describedBy, problem ? `${id}-problem` : undefined].filter(Boolean).join(' ');
    return (
      <div class="settings-field">
        <label for={id}>{label}</label>
        <input
          id={id}
          type="time"
          class="settings-input"
          value={timeDrafts[field] ?? stored}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={describedBy === '' ? undefined : describedBy}
          onInput={(event) => {
            const value = event.currentTarget.value;
            setTimeDrafts((drafts) => ({ ...drafts, [field]: value }));
          }}
          onChange={(event) => void saveTime(field, event.currentTarget.value)}
        />
        {problem && (
          <p id={`${id}-problem`} class="error settings-problem">
            {problem(i18n)}
          </p>
        )}
      </div>
    );
  };

  const restoreDefaults = async () => {
    setProblems({});
    setTimeDrafts({});
    await save(await reminderDefaults(), 'restored');
  };

  const leadProblem = problems.leadTimes;
  const keptProblem = problems.numberKept;

  return (
    <Section>
      <p class="muted">{i18n.t('remindersIntro')}</p>

      <fieldset class="settings-group">
        <legend>{i18n.t('remindersLeadTimesLegend')}</legend>
        <ChipList
          items={leadTimes.map((lead) => {
            const text = leadTimeText(i18n, lead);
            return { key: lead === 'atExpiry' ? 'at' : String(lead.daysBefore), text, removeLabel: i18n.t('remindersRemove', text), remove: () => void removeLead(lead) };
          })}
          empty={i18n.t('remindersNoLeadTimes')}
        />
        <form class="settings-add" onSubmit={onAddDays} noValidate>
          <div class="settings-field">
            <label for="reminders-days-before">{i18n.t('remindersDaysBeforeLabel')}</label>
            <input
              ref={daysInputRef}
              id="reminders-days-before"
              class="settings-input settings-input--days"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_DAYS_BEFORE_EXPIRY}
              step={1}
              value={daysBefore}
              aria-invalid={leadProblem ? 'true' : undefined}
              aria-describedby={leadProblem ? 'reminders-lead-problem' : undefined}
              onInput={(event) => setDaysBefore(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="secondary-button">
            {i18n.t('remindersAdd')}
          </button>
          {!leadTimes.includes('atExpiry') && (
            <button type="button" class="secondary-button" onClick={() => void addLead('atExpiry')}>
              {i18n.t('remindersAddAtExpiry')}
            </button>
          )}
        </form>
        {leadProblem && (
          <p id="reminders-lead-problem" class="error settings-problem">
            {leadProblem(i18n)}
          </p>
        )}
      </fieldset>

      <div class="settings-group">
        {timeInput('reminderTime', current.reminderTime, i18n.t('remindersTimeLabel'), { describedBy: 'reminders-time-hint' })}
        <p id="reminders-time-hint" class="muted settings-hint">
          {i18n.t('remindersTimeHint')}
        </p>
      </div>

      <fieldset class="settings-group">
        <legend>{i18n.t('remindersQuietLegend')}</legend>
        <label class="settings-check">
          <input
            type="checkbox"
            checked={current.quietHours.enabled}
            aria-describedby="reminders-quiet-hint"
            onChange={(event) => {
              const enabled = event.currentTarget.checked;
              void save((stored) => ({ change: { quietHours: { ...stored.quietHours, enabled } } }));
            }}
          />
          {i18n.t('remindersQuietEnabled')}
        </label>
        <div class="settings-row">
          {timeInput('quietStart', current.quietHours.start, i18n.t('remindersQuietStart'))}
          {timeInput('quietEnd', current.quietHours.end, i18n.t('remindersQuietEnd'))}
        </div>
        <p id="reminders-quiet-hint" class="muted settings-hint">
          {i18n.t('remindersQuietHint')}
        </p>
      </fieldset>

      <div class="settings-group">
        <label class="settings-check">
          <input type="checkbox" checked={current.afterExpiryReminders} onChange={(event) => void save({ afterExpiryReminders: event.currentTarget.checked })} />
          {i18n.t('remindersAfterExpiry')}
        </label>
      </div>

      <fieldset class="settings-group">
        <legend>{i18n.t('remindersNumberKeptLegend')}</legend>
        <p class="muted settings-hint">{i18n.t('remindersNumberKeptHint')}</p>
        <ChipList
          items={keptLeadDays.map((days) => {
            const text = i18n.plural('remindersDaysBefore', days);
            return { key: String(days), text, removeLabel: i18n.t('remindersRemoveNumberKept', text), remove: () => void removeKept(days) };
          })}
          empty={i18n.t('remindersNumberKeptNone')}
        />
        <form class="settings-add" onSubmit={(event) => void onAddKept(event)} noValidate>
          <div class="settings-field">
            <label for="reminders-kept-days">{i18n.t('remindersNumberKeptDaysLabel')}</label>
            <input
              ref={keptInputRef}
              id="reminders-kept-days"
              class="settings-input settings-input--days"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_DAYS_BEFORE_NUMBER_LOST}
              step={1}
              value={keptDays}
              aria-invalid={keptProblem ? 'true' : undefined}
              aria-describedby={keptProblem ? 'reminders-kept-problem' : undefined}
              onInput={(event) => setKeptDays(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="secondary-button">
            {i18n.t('remindersAdd')}
          </button>
        </form>
        {keptProblem && (
          <p id="reminders-kept-problem" class="error settings-problem">
            {keptProblem(i18n)}
          </p>
        )}
      </fieldset>

      <ReminderPreview settings={current} />

      <div class="settings-footer">
        <button type="button" class="secondary-button" onClick={() => void restoreDefaults()}>
          {i18n.t('remindersRestoreDefaults')}
        </button>
        <p role="status" class={status === 'failed' ? 'error settings-status' : 'settings-status'}>
          {saveStatusText(i18n, status)}
        </p>
      </div>
    </Section>
  );
}

function Section({ children }: { children: ComponentChildren }) {
  const i18n = useI18n();
  return (
    <section id="reminders" class="card reminders-section" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{i18n.t('remindersTitle')}</h2>
      {children}
    </section>
  );
}

/** Reminders as removable chips: the text, and a button named after what it removes. */
function ChipList({ items, empty }: { items: { key: string; text: string; removeLabel: string; remove: () => void }[]; empty: string }) {
  if (items.length === 0) return <p class="muted settings-hint">{empty}</p>;
  return (
    <ul class="reminder-chips">
      {items.map((item) => (
        <li key={item.key} class="reminder-chip">
          <span>{item.text}</span>
          <button type="button" class="reminder-chip__remove" aria-label={item.removeLabel} title={item.removeLabel} onClick={item.remove}>
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
              <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
            </svg>
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * The settings at work on an example plan, by the scheduler's own rules (quiet hours
 * included): "For a plan expiring Fri 4 Dec, 23:59 you would be reminded: …".
 */
function ReminderPreview({ settings }: { settings: Settings }) {
  const i18n = useI18n();
  const preview = previewReminders(settings, new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  const when = (at: Date) => i18n.formatDate(at, 'weekdayDateTime');
  const nothing = preview.reminders.length === 0 && !preview.firstAfterExpiry;
  return (
    <div class="reminders-preview">
      {nothing ? (
        <p>{i18n.t('remindersPreviewNone')}</p>
      ) : (
        <>
          <p>{i18n.t('remindersPreviewIntro', when(preview.expiresAt))}</p>
          <ul class="bullets">
            {preview.reminders.map((reminder) => (
              <li key={`${reminder.kind}-${reminder.at.getTime()}`}>
                {reminder.kind === 'beforeExpiry'
                  ? when(reminder.at)
                  : reminder.at.getTime() === preview.expiresAt.getTime()
                    ? i18n.t('remindersPreviewAtExpiry', when(reminder.at))
                    : i18n.t('remindersPreviewAtExpiryHeld', when(reminder.at))}
              </li>
            ))}
            {preview.firstAfterExpiry && <li>{i18n.t('remindersPreviewDaily', i18n.formatDate(preview.firstAfterExpiry, 'time'))}</li>}
          </ul>
        </>
      )}
    </div>
  );
}
