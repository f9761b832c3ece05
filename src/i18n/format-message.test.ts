import { describe, expect, it } from 'vitest';
import { formatMessage, messageProblem, type MessageEntry } from './format-message';

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
    ['dollar signs around words', { message: 'LPA:1$$server$$code' }, [], 'LPA:1$server$code'],
    ['an unknown $name$ left as written', { message: 'Keep $this$' }, [], 'Keep $this$'],
    ['literal text placeholders', { message: 'By $brand$', placeholders: { brand: { content: 'eSIM Keeper' } } }, [], 'By eSIM Keeper'],
  ])('fills %s', (_case, entry, substitutions, expected) => {
    expect(formatMessage(entry, substitutions)).toBe(expected);
  });

  it('does not re-expand a substitution that itself looks like a placeholder', () => {
    expect(formatMessage(expires, ['$2 $date$'])).toBe('Expires $2 $date$');
  });
});

describe('messageProblem', () => {
  it.each([
    [{ message: 'Plain' }, undefined],
    [{ message: 'Costs $$5 and $1' }, undefined],
    [{ message: 'Expires $date$', placeholders: { DATE: { content: '$1' } } }, undefined],
    [{ message: 'LPA:1$server$code' }, 'placeholder $server$ is not defined'],
    // Chromium finds placeholders even between escapes: this exact message once kept the extension from loading.
    [{ message: 'LPA:1$$server$$code' }, 'placeholder $server$ is not defined'],
    [{ message: 'LPA:1$$smdp.example.com$$ABC-123' }, undefined],
    [{ message: 'Pay 5$ now' }, 'a lone "$" at 5 (write "$$" for a dollar sign)'],
  ])('%j → %s', (entry, expected) => {
    expect(messageProblem(entry)).toBe(expected);
  });
});
