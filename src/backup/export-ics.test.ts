import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../plans/settings';
import { activationCodeArbitrary, planArbitrary } from '../../tests/support/arbitraries';
import { aPlan } from '../../tests/support/plans';
import { eventUid, exportIcs, type CalendarTexts } from './export-ics';

const NOW = new Date('2026-11-20T08:30:00.000Z');
const LPA = 'LPA:1$smdp.io$K2-1YX4B8-1T2PQW3';
const texts: CalendarTexts = {
  summary: (plan) => `${plan.label} runs out`,
  description: (plan) => `Renew ${plan.label}. ${plan.notes ?? ''}`,
};

interface ParsedEvent {
  properties: Map<string, string>;
  alarms: Map<string, string>[];
}

/** The events of an iCalendar text: lines unfolded, each property by name (with parameters). */
function parseEvents(text: string): ParsedEvent[] {
  expect(text).not.toMatch(/[^\r]\n/); // every line ends in CRLF
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: ParsedEvent[] = [];
  let event: ParsedEvent | undefined;
  let alarm: Map<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') event = { properties: new Map(), alarms: [] };
    else if (line === 'END:VEVENT') events.push(event!);
    else if (line === 'BEGIN:VALARM') alarm = new Map();
    else if (line === 'END:VALARM') {
      event!.alarms.push(alarm!);
      alarm = undefined;
    } else if (event) {
      const colon = line.indexOf(':');
      (alarm ?? event.properties).set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return events;
}

const settings = (reminderLeadTimes: Settings['reminderLeadTimes'], reminderTime = '09:00'): Settings => ({ ...DEFAULT_SETTINGS, reminderLeadTimes, reminderTime });

describe('exportIcs', () => {
  it('is a calendar with one event per plan that is not archived', () => {
    const text = exportIcs([aPlan(), aPlan({ id: 'old', archived: true }), aPlan({ id: 'baku' })], DEFAULT_SETTINGS, texts, NOW);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//eSIM Keeper//Plan expiries//EN\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(parseEvents(text).map((event) => event.properties.get('UID'))).toEqual([
      'baku-20261202T120000000Z@esim-keeper',
      'plan-rome-20261202T120000000Z@esim-keeper',
    ]);
  });

  it('gives a plan the same UID in every export, and a new one when its expiry moves', () => {
    const once = parseEvents(exportIcs([aPlan()], DEFAULT_SETTINGS, texts, NOW))[0]!;
    const later = parseEvents(exportIcs([aPlan({ label: 'Renamed' })], DEFAULT_SETTINGS, texts, new Date('2026-11-25T00:00:00Z')))[0]!;
    expect(later.properties.get('UID')).toBe(once.properties.get('UID'));
    expect(eventUid(aPlan({ expiresAt: '2027-01-02T12:00:00.000Z' }))).not.toBe(once.properties.get('UID'));
  });

  it('starts a timed plan’s event at its expiry, in UTC, with the texts given', () => {
    const [event] = parseEvents(exportIcs([aPlan({ expiresAt: '2026-12-02T22:59:00.000Z' })], DEFAULT_SETTINGS, texts, NOW));
    expect(event!.properties.get('DTSTART')).toBe('20261202T225900Z');
    expect(event!.properties.get('DTSTAMP')).toBe('20261120T083000Z');
    expect(event!.properties.get('SUMMARY')).toBe('Rome eSIM runs out');
    expect(event!.properties.get('DESCRIPTION')).toBe('Renew Rome eSIM. ');
  });

  it('makes a date-only plan an all-day event on the carrier’s date', () => {
    // The end of 2 Dec in Baku is 19:59:59.999 UTC: still the 2nd there.
    const plan = aPlan({ expiryPrecision: 'day', timeZone: 'Asia/Baku', expiresAt: '2026-12-02T19:59:59.999Z' });
    const [event] = parseEvents(exportIcs([plan], DEFAULT_SETTINGS, texts, NOW));
    expect(event!.properties.get('DTSTART;VALUE=DATE')).toBe('20261202');
    expect(event!.properties.get('DTEND;VALUE=DATE')).toBe('20261203');
  });

  it('alarms a timed plan N days before its expiry, and at it', () => {
    const [event] = parseEvents(exportIcs([aPlan()], settings([{ daysBefore: 7 }, { daysBefore: 1 }, 'atExpiry', { daysBefore: 7 }]), texts, NOW));
    expect(event!.alarms.map((alarm) => [alarm.get('ACTION'), alarm.get('TRIGGER')])).toEqual([
      ['DISPLAY', '-P7D'],
      ['DISPLAY', '-P1D'],
      ['DISPLAY', 'PT0S'],
    ]);
    expect(event!.alarms[0]!.get('DESCRIPTION')).toBe('Rome eSIM runs out');
  });

  it('alarms a date-only plan at the reminder time N days before, and at the end of its last day', () => {
    const plan = aPlan({ expiryPrecision: 'day', expiresAt: '2026-12-02T22:59:59.999Z' });
    const [event] = parseEvents(exportIcs([plan], settings([{ daysBefore: 3 }, { daysBefore: 1 }, 'atExpiry'], '09:30'), texts, NOW));
    // Midnight starting 2 Dec, back 3 days, forward 09:30: 09:30 on 29 Nov.
    expect(event!.alarms.map((alarm) => [...alarm.entries()].find(([name]) => name.startsWith('TRIGGER')))).toEqual([
      ['TRIGGER', '-P2DT14H30M'],
      ['TRIGGER', '-PT14H30M'],
      ['TRIGGER;RELATED=END', 'PT0S'],
    ]);
  });

  it('has no alarms when the person wants no reminders', () => {
    expect(parseEvents(exportIcs([aPlan()], settings([]), texts, NOW))[0]!.alarms).toEqual([]);
  });

  it('never holds an activation code: the texts never see it, and pasted ones are blanked', () => {
    const seen: unknown[] = [];
    const text = exportIcs(
      [aPlan({ activationCode: LPA, notes: `code ${LPA}`, label: `Travel ${LPA}` })],
      DEFAULT_SETTINGS,
      {
        summary: (plan) => {
          seen.push(plan);
          return plan.label;
        },
        description: (plan) => `${plan.notes}`,
      },
      NOW,
    );
    expect(seen[0]).not.toHaveProperty('activationCode');
    expect(text).not.toContain('K2-1YX4B8-1T2PQW3');
    expect(text).not.toContain('smdp.io');
  });

  it('never holds any plan’s activation code', () => {
    fc.assert(
      fc.property(fc.array(planArbitrary, { maxLength: 4 }), activationCodeArbitrary, (plans, code) => {
        const withCodes = plans.map((plan) => ({ ...plan, activationCode: code, notes: code }));
        const unfolded = exportIcs(withCodes, DEFAULT_SETTINGS, texts, NOW).replace(/\r\n[ \t]/g, '');
        expect(unfolded.toUpperCase()).not.toContain(code.toUpperCase());
        expect(parseEvents(unfolded)).toHaveLength(plans.filter((plan) => !plan.archived).length);
      }),
      { numRuns: 100 },
    );
  });
});
