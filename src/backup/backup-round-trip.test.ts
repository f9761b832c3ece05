import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isE164PhoneNumber } from '../plans/phone-number';
import { planSchema } from '../plans/plan';
import { renewalSchema } from '../plans/renewal';
import { settingsSchema } from '../plans/settings';
import { backupContentArbitrary, planArbitrary, settingsArbitrary, VALID_PHONE_NUMBERS } from '../../tests/support/arbitraries';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-file';
import { exportBackup } from './export-backup';
import { parseBackup } from './parse-backup';

const NOW = new Date('2026-11-20T08:30:00.000Z');
const byId = <T extends { id: string }>(records: readonly T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('the test arbitraries', () => {
  it.each(VALID_PHONE_NUMBERS)('%s is a valid E.164 number', (number) => {
    expect(isE164PhoneNumber(number)).toBe(true);
  });

  it('make values the schemas keep exactly as they are', () => {
    fc.assert(
      fc.property(planArbitrary, settingsArbitrary, (plan, settings) => {
        expect(planSchema.parse(plan)).toStrictEqual(plan);
        expect(settingsSchema.parse(settings)).toStrictEqual(settings);
      }),
      { numRuns: 200 },
    );
  });

  it('make renewals of the plans they are given', () => {
    fc.assert(
      fc.property(backupContentArbitrary(), ({ plans, renewals }) => {
        const ids = new Set(plans.map((plan) => plan.id));
        for (const renewal of renewals) {
          expect(renewalSchema.parse(renewal)).toStrictEqual(renewal);
          expect(ids.has(renewal.planId)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('backup round trip', () => {
  it('parseBackup(exportBackup(x)) gives back exactly x, plans and renewals sorted by id', () => {
    fc.assert(
      fc.property(backupContentArbitrary(), (content) => {
        const result = parseBackup(exportBackup(content, NOW));
        expect(result).toStrictEqual({
          ok: true,
          backup: {
            format: BACKUP_FORMAT,
            version: BACKUP_VERSION,
            exportedAt: NOW.toISOString(),
            plans: byId(content.plans),
            renewals: byId(content.renewals),
            settings: content.settings,
          },
        });
      }),
      { numRuns: 150 },
    );
  });

  it('writes the same text for the same data, whatever order it came in', () => {
    fc.assert(
      fc.property(backupContentArbitrary(), (content) => {
        const reversed = { ...content, plans: [...content.plans].reverse(), renewals: [...content.renewals].reverse() };
        expect(exportBackup(reversed, NOW)).toBe(exportBackup(content, NOW));
      }),
      { numRuns: 50 },
    );
  });
});
