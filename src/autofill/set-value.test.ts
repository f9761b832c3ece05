// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { currentValue, setValue } from './set-value';

function page(html: string): (selector: string) => HTMLElement {
  document.body.innerHTML = html;
  return (selector) => document.querySelector<HTMLElement>(selector)!;
}

/** Records the events that reach the document, in order. */
function recordEvents(...types: string[]): string[] {
  const seen: string[] = [];
  for (const type of types) document.addEventListener(type, (event) => seen.push(`${event.type}${event.bubbles ? '' : '(no bubble)'}`), true);
  return seen;
}

/**
 * happy-dom's accessors are JavaScript, so set-value takes them for a page's tampering and
 * writes attributes instead. To test the path real browsers take, make its "native code"
 * check pass for happy-dom's own accessors.
 */
function treatAccessorsAsNative() {
  const toString = Function.prototype.toString;
  vi.spyOn(Function.prototype, 'toString').mockImplementation(function (this: () => void) {
    return this.name.startsWith('get ') || this.name.startsWith('set ') ? `function ${this.name}() { [native code] }` : toString.call(this);
  });
}

describe('setValue: text', () => {
  it('fires what typing fires: focus, input (bubbling, composed), change, blur', () => {
    const $ = page('<input id="n" type="tel">');
    const seen = recordEvents('focus', 'focusin', 'input', 'change', 'blur', 'focusout');
    let input: InputEvent | undefined;
    $('#n').addEventListener('input', (event) => (input = event as InputEvent));
    expect(setValue({ type: 'text', element: $('#n') as HTMLInputElement, text: '3331234567' })).toBe(true);
    expect(($('#n') as HTMLInputElement).value).toBe('3331234567');
    expect(seen).toEqual(['focus(no bubble)', 'focusin', 'input', 'change', 'blur(no bubble)', 'focusout']);
    expect(input).toBeInstanceOf(InputEvent);
    expect(input!.composed).toBe(true);
  });

  it('writes through the prototype, so a React-style value tracker on the field sees a change', () => {
    treatAccessorsAsNative();
    const $ = page('<input id="n">');
    const field = $('#n') as HTMLInputElement;
    // What React does: an own `value` on the instance that remembers script writes, and
    // an input listener that ignores an event when the value equals what it remembers.
    const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    let tracked = '';
    Object.defineProperty(field, 'value', {
      configurable: true,
      get: () => proto.get!.call(field),
      set: (value: string) => {
        tracked = value;
        proto.set!.call(field, value);
      },
    });
    let state = '';
    field.addEventListener('input', () => {
      if (field.value !== tracked) state = field.value;
    });
    setValue({ type: 'text', element: field, text: '3331234567' });
    expect(state).toBe('3331234567');
    expect(tracked).toBe('');
    // The property was written, not the attribute (the fallback for a tampered prototype).
    expect(field.getAttribute('value')).toBeNull();
  });

  it('never calls a setter a page put on the prototype, and still fills an untouched field', () => {
    const $ = page('<input id="n"><textarea id="t"></textarea>');
    const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    const stolen: string[] = [];
    Object.defineProperty(HTMLInputElement.prototype, 'value', {
      configurable: true,
      get: proto.get,
      set(value: string) {
        stolen.push(value);
        proto.set!.call(this, value);
      },
    });
    try {
      expect(setValue({ type: 'text', element: $('#n') as HTMLInputElement, text: '3331234567' })).toBe(true);
      expect(currentValue($('#n') as HTMLInputElement)).toBe('3331234567');
      expect(setValue({ type: 'text', element: $('#t') as HTMLTextAreaElement, text: 'Maria Rossi' })).toBe(true);
      expect(stolen).toEqual([]);
    } finally {
      Object.defineProperty(HTMLInputElement.prototype, 'value', proto);
    }
  });

  it('leaves a detached field alone', () => {
    expect(setValue({ type: 'text', element: document.createElement('input'), text: '1' })).toBe(false);
  });
});

describe('setValue: select', () => {
  it.each([false, true])('chooses the option and fires input and change (accessors native: %s)', (native) => {
    if (native) treatAccessorsAsNative();
    const $ = page('<select id="s"><option value="">Scegli</option><option value="10">10 €</option></select>');
    const seen = recordEvents('input', 'change');
    const select = $('#s') as HTMLSelectElement;
    expect(setValue({ type: 'option', element: select, option: select.options[1]! })).toBe(true);
    expect(select.value).toBe('10');
    expect(seen).toEqual(['input', 'change']);
  });
});

describe('setValue: press', () => {
  it('checks a radio with a click, without submitting its form', () => {
    const $ = page('<form><label><input type="radio" name="t" value="10" id="r"> 10 €</label></form>');
    const seen = recordEvents('pointerdown', 'mousedown', 'click', 'submit');
    expect(setValue({ type: 'press', element: $('#r') })).toBe(true);
    expect(($('#r') as HTMLInputElement).checked).toBe(true);
    expect(seen).toEqual(['pointerdown', 'mousedown', 'click']);
  });

  it('presses a tile that would submit its form as a plain button, then puts its type back', () => {
    const $ = page('<form><button id="plain">10 €</button><button id="submit" type="submit">15 €</button></form>');
    const submits = vi.fn((event: Event) => event.preventDefault());
    document.addEventListener('submit', submits);
    const clicks: string[] = [];
    document.addEventListener('click', (event) => clicks.push((event.target as HTMLElement).id));
    setValue({ type: 'press', element: $('#plain') });
    setValue({ type: 'press', element: $('#submit') });
    expect(clicks).toEqual(['plain', 'submit']);
    expect(submits).not.toHaveBeenCalled();
    expect($('#plain').hasAttribute('type')).toBe(false);
    expect($('#submit').getAttribute('type')).toBe('submit');
  });

  it('presses a link tile without following it, and puts its address back', () => {
    const $ = page('<a id="a" href="/ricarica?taglio=10" role="radio">10 €</a>');
    let followed = true;
    $('#a').addEventListener('click', (event) => {
      followed = (event.currentTarget as HTMLElement).hasAttribute('href');
    });
    setValue({ type: 'press', element: $('#a') });
    expect(followed).toBe(false);
    expect($('#a').getAttribute('href')).toBe('/ricarica?taglio=10');
  });
});
