/**
 * Where a JSON text stops being JSON (RFC 8259), as an offset: for telling a person
 * "line 3, column 8" after JSON.parse refused a file. Browsers word and place JSON.parse's
 * errors differently (V8 often names only the token), so we find the place ourselves.
 * Iterative, so a file of nothing but `[[[[…` cannot overflow the stack. Returns
 * `undefined` when the text is JSON after all.
 */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  const open: ('{' | '[')[] = [];
  let expected: Expected = 'value';
  let index = 0;
  for (;;) {
    index = skipWhitespace(text, index);
    if (index >= text.length) return expected === 'end' ? undefined : index;
    const char = text[index];
    switch (expected) {
      case 'end':
        return index;
      case 'valueOrClose':
      case 'value':
        if (expected === 'valueOrClose' && char === ']') {
          open.pop();
          index += 1;
          expected = afterValue(open);
        } else if (char === '{' || char === '[') {
          open.push(char);
          index += 1;
          expected = char === '{' ? 'nameOrClose' : 'valueOrClose';
        } else {
          const end = scanScalar(text, index);
          if (end < 0) return -end - 1;
          index = end;
          expected = afterValue(open);
        }
        break;
      case 'nameOrClose':
      case 'name':
        if (expected === 'nameOrClose' && char === '}') {
          open.pop();
          index += 1;
          expected = afterValue(open);
        } else {
          if (char !== '"') return index;
          const end = scanString(text, index);
          if (end < 0) return -end - 1;
          index = end;
          expected = 'colon';
        }
        break;
      case 'colon':
        if (char !== ':') return index;
        index += 1;
        expected = 'value';
        break;
      case 'commaOrClose': {
        const container = open[open.length - 1];
        if (char === ',') {
          index += 1;
          expected = container === '{' ? 'name' : 'value';
        } else if ((container === '{' && char === '}') || (container === '[' && char === ']')) {
          open.pop();
          index += 1;
          expected = afterValue(open);
        } else {
          return index;
        }
        break;
      }
    }
  }
}

type Expected = 'value' | 'valueOrClose' | 'name' | 'nameOrClose' | 'colon' | 'commaOrClose' | 'end';

function afterValue(open: readonly unknown[]): Expected {
  return open.length > 0 ? 'commaOrClose' : 'end';
}

function skipWhitespace(text: string, from: number): number {
  let index = from;
  while (index < text.length && (text[index] === ' ' || text[index] === '\t' || text[index] === '\n' || text[index] === '\r')) index += 1;
  return index;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

// Scanners return the offset just after the token, or -(offset of the problem) - 1.

function scanScalar(text: string, from: number): number {
  if (text[from] === '"') return scanString(text, from);
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, from)) return from + literal.length;
  }
  NUMBER.lastIndex = from;
  if (NUMBER.test(text)) return NUMBER.lastIndex;
  return -from - 1;
}

function scanString(text: string, from: number): number {
  let index = from + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x22) return index + 1; // "
    if (code < 0x20) return -index - 1; // control characters must be escaped
    if (code === 0x5c) {
      // \
      const escaped = text[index + 1];
      if (escaped === 'u') {
        HEX4.lastIndex = index + 2;
        if (!HEX4.test(text)) return -index - 1;
        index += 6;
      } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) {
        index += 2;
      } else {
        return -index - 1;
      }
    } else {
      index += 1;
    }
  }
  return -text.length - 1; // no closing quote
}
