import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxErrorOffset } from './json-syntax-error';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonSyntaxErrorOffset', () => {
  it.each([
    ['{"a": 1,}', 8],
    ['[1 2]', 3],
    ['{"a" 1}', 5],
    ['{"a": tru}', 6],
    ['"line\nbreak"', 5],
    ['"\\x"', 1],
    ['"\\u12g4"', 1],
    ['{"a": 1', 7],
    ['', 0],
    ['01', 1],
    ['1 2', 2],
    ['{"a": [1, {"b": null}], "c": -1.5e3}', undefined],
  ])('%j → %s', (text, offset) => {
    expect(jsonSyntaxErrorOffset(text)).toBe(offset);
  });

  it('survives nesting deeper than any stack', () => {
    expect(jsonSyntaxErrorOffset('['.repeat(1_000_000))).toBe(1_000_000);
  });

  it('agrees with JSON.parse on JSON texts', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(jsonSyntaxErrorOffset(text)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with JSON.parse on damaged JSON texts', () => {
    const damaged = fc.tuple(fc.json(), fc.nat(), fc.string({ maxLength: 3 }), fc.nat({ max: 3 })).map(([text, at, insert, cut]) => {
      const position = at % (text.length + 1);
      return text.slice(0, position) + insert + text.slice(position + cut);
    });
    fc.assert(
      fc.property(damaged, (text) => {
        const offset = jsonSyntaxErrorOffset(text);
        if (parses(text)) expect(offset).toBeUndefined();
        else expect(offset).toBeTypeOf('number');
      }),
      { numRuns: 200 },
    );
  });
});
