/**
 * The ground truth for each fixture page, in a file beside it (`<page>.expected.json`)
 * that the classifier never reads: which controls a person fills and what they ask for,
 * which must stay empty, and what the form holds after a fill with TEST_VALUES.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from '../../src/schema/z';
import { FIELD_KINDS, type CarrierSelectors } from '../../src/autofill/field-kind';
import { carrierById } from '../../src/carriers/registry';

export const FIXTURES_ROOT = path.resolve(import.meta.dirname, '../fixtures');

const expectationSchema = z.strictObject({
  /** The real address the page is served at in tests. */
  url: z.url(),
  /** What the page is written to resemble and which habit it tests. */
  about: z.string().min(1),
  /** Values to fill with (tests/support/fill-test-values.ts). */
  values: z.enum(['IT', 'AZ']),
  /** The registry carrier whose content script runs there, or none (a page outside the registry). */
  carrierId: z.string().nullable(),
  /**
   * Every control on the page a person could fill (after the page has rendered, all steps
   * shown) and its kind. A CSS selector matching the control's anchor: the field or select,
   * a radio group's first radio, a tile group's container. Controls not listed are
   * expected to be left alone (`other`, `search`, `captcha`, `iccid` or a payment kind
   * as listed in `refused`).
   */
  fields: z.record(z.string(), z.enum(FIELD_KINDS as [string, ...string[]])),
  /** Selectors of controls that must hold exactly what they held before the fill: honeypots, payment fields. */
  mustStayEmpty: z.array(z.string()).default([]),
  /** After the fill: selector → value (for a radio or tile, `checked` / `pressed`). */
  expectedFill: z.record(z.string(), z.string()),
  /**
   * What the test does before classifying: `none`; `wait-for-render`: wait until the
   * page's own script sets `document.documentElement.dataset.fixtureReady = 'true'` (a form
   * rendered late or re-rendered); `next-step`: click `[data-fixture-next]` (a two-step
   * form's "Avanti"), then wait for `fixtureReady`.
   */
  before: z.enum(['none', 'wait-for-render', 'next-step']).default('none'),
});
export type FixtureExpectation = z.infer<typeof expectationSchema> & { file: string; html: string };

/** Every `*.expected.json` under tests/fixtures, with its page. */
export function fixtureExpectations(): FixtureExpectation[] {
  const found: FixtureExpectation[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.expected.json')) {
        const html = full.replace(/\.expected\.json$/, '.html');
        const parsed = expectationSchema.safeParse(JSON.parse(readFileSync(full, 'utf8')));
        if (!parsed.success) throw new Error(`${path.relative(FIXTURES_ROOT, full)}: ${parsed.error.message}`);
        found.push({ ...parsed.data, file: path.relative(FIXTURES_ROOT, html), html: readFileSync(html, 'utf8') });
      }
    }
  };
  walk(FIXTURES_ROOT);
  return found.sort((a, b) => a.file.localeCompare(b.file));
}

/** The explicit selectors of the fixture's carrier, as the background would pass them on. */
export function fixtureSelectors(fixture: FixtureExpectation): CarrierSelectors | undefined {
  const carrier = fixture.carrierId ? carrierById(fixture.carrierId) : undefined;
  return carrier && carrier.autofill !== false ? carrier.autofill.selectors : undefined;
}
