import { describe, expect, it } from 'vitest';
import { formatMessage, type MessageEntry } from './format-message';

describe('formatMessage', () => {
  const expires: MessageEntry = {
    message: 'Expires $date$',
    placeholders: { date: { content: '$1', example: '2 Dec 2026' } },
  };

  it.each<[string, MessageEntry, string[], string]>([
    ['a plain message', { message: 'No plans yet' }, [], 'No plans yet'],
    ['a named placeholder', expires, ['2 Dec 2026'], 'Expires 2 Dec 2026'],
    ['placeholder names in any case', { message: '$DATE$!', placeholders: { date: { content: '$1' } } }, ['x'], 'x!'],
    ['two placeholders in either order', {
      message: '$b$ then $a$',
      placeholders: { a: { content: '$1' }, b: { content: '$2' } },
    }, ['one', 'two'], 'two then one'],
    ['positional substitutions written directly', { message: '$1 of $2' }, ['3', '7'], '3 of 7'],
    ['a missing substitution as empty text', expires, [], 'Expires '],
    ['$$ as a dollar sign', { message: 'Costs $$5' }, [], 'Costs $5'],
    ['an unknown $name$ left as written', { message: 'Keep $this$' }, [], 'Keep $this$'],
    ['literal text placeholders', { message: 'By $brand$', placeholders: { brand: { content: 'eSIM Keeper' } } }, [], 'By eSIM Keeper'],
  ])('fills %s', (_case, entry, substitutions, expected) => {
    expect(formatMessage(entry, substitutions)).toBe(expected);
  });

  it('does not re-expand a substitution that itself looks like a placeholder', () => {
    expect(formatMessage(expires, ['$2 $date$'])).toBe('Expires $2 $date$');
  });
});
