import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from '../schema/z';
import { parseTabMessage } from './tab-message';

// The shape parseTabMessage checks by hand, written in zod: the two must agree.
const text = (max: number) => z.string().min(1).max(max);
const digits = (min: number, max: number) => z.string().min(min).max(max).regex(/^\d*$/);
const tabMessageSchema = z.discriminatedUnion('name', [
  z.strictObject({
    name: z.literal('fill'),
    values: z.strictObject({
      phone: z
        .strictObject({
          international: z.string().regex(/^\+\d{4,15}$/),
          countryCode: digits(1, 3),
          national: digits(3, 14),
          trunkPrefix: digits(0, 1),
          areaCode: digits(1, 4).optional(),
          local: digits(1, 14).optional(),
        })
        .optional(),
      email: text(254).optional(),
      amount: z.strictObject({ value: z.number().positive(), currency: z.string().regex(/^[A-Z]{3}$/) }).optional(),
      name: z.strictObject({ full: text(120), given: text(120).optional(), family: text(120).optional() }).optional(),
      overwrite: z.boolean(),
    }),
  }),
  z.strictObject({ name: z.literal('announce'), text: text(300) }),
  z.strictObject({ name: z.literal('removePrompt') }),
]);

const valid = {
  name: 'fill',
  values: {
    phone: { international: '+994501234567', countryCode: '994', national: '501234567', trunkPrefix: '0', areaCode: '050', local: '1234567' },
    email: 'seyahet@example.com',
    amount: { value: 10, currency: 'AZN' },
    name: { full: 'Aysel Məmmədova', given: 'Aysel', family: 'Məmmədova' },
    overwrite: false,
  },
};

/** Messages near the valid one: each field dropped, retyped or replaced by something odd. */
const oddValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.constant('x'.repeat(600)),
  fc.constant(-1),
  fc.constant(Number.NaN),
  fc.constant([]),
  fc.constant({}),
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.stringMatching(/^\d{0,16}$/),
);

function mutate(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [key, ...rest] = path;
  const copy = { ...(value as Record<string, unknown>) };
  copy[key!] = mutate(copy[key!], rest, replacement);
  if (copy[key!] === undefined) delete copy[key!];
  return copy;
}

const PATHS = [
  ['name'],
  ['extra'],
  ['values'],
  ['values', 'overwrite'],
  ['values', 'email'],
  ['values', 'stolen'],
  ['values', 'phone'],
  ['values', 'phone', 'international'],
  ['values', 'phone', 'countryCode'],
  ['values', 'phone', 'national'],
  ['values', 'phone', 'trunkPrefix'],
  ['values', 'phone', 'areaCode'],
  ['values', 'phone', 'local'],
  ['values', 'amount'],
  ['values', 'amount', 'value'],
  ['values', 'amount', 'currency'],
  ['values', 'name', 'full'],
  ['values', 'name', 'given'],
  ['selectors'],
];

describe('parseTabMessage', () => {
  it('accepts the messages the background sends', () => {
    expect(parseTabMessage(valid)).toEqual(valid);
    expect(parseTabMessage({ name: 'fill', values: { overwrite: true } })).toEqual({ name: 'fill', values: { overwrite: true } });
    expect(parseTabMessage({ name: 'announce', text: 'Number filled — review and pay.' })).toBeDefined();
    expect(parseTabMessage({ name: 'removePrompt' })).toEqual({ name: 'removePrompt' });
  });

  it.each([
    ['not an object', 'fill'],
    ['an unknown name', { name: 'stealPlans' }],
    ['selectors, which the content script has from its carrierPage answer', { ...valid, selectors: { tel: ['#msisdn'] } }],
    ['an extra field', { name: 'removePrompt', planId: 'p1' }],
    ['a number with letters', mutate(valid, ['values', 'phone', 'national'], '50123abc')],
    ['a negative amount', mutate(valid, ['values', 'amount', 'value'], -10)],
    ['an object from another prototype', Object.assign(Object.create({ polluted: true }), { name: 'removePrompt' })],
  ])('refuses %s', (_case, message) => {
    expect(parseTabMessage(message)).toBeUndefined();
  });

  it('agrees with the zod schema of the same shape, on messages near the valid one', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...PATHS), oddValue), { minLength: 1, maxLength: 3 }), (changes) => {
        const message = changes.reduce<unknown>((current, [path, replacement]) => mutate(current, path, replacement), valid);
        expect(parseTabMessage(message) !== undefined).toBe(tabMessageSchema.safeParse(message).success);
      }),
      { numRuns: 2000 },
    );
  });
});
