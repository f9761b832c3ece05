import { vi } from 'vitest';

/**
 * For fill tests in happy-dom, which lays nothing out: gives every element a 200×30 box
 * near the top of the page (fillable.test.ts and the Chromium specs test what layout
 * hides). happy-dom's DOM accessors are JavaScript, which set-value takes for a page's
 * tampering: they pass as the native code they stand for, so the fill takes the path real
 * browsers take. The mocks are undone after each test (vitest.config.ts: restoreMocks).
 */
export function layOutLikeABrowser(): void {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(20, 20, 200, 30));
  const toString = Function.prototype.toString;
  vi.spyOn(Function.prototype, 'toString').mockImplementation(function (this: () => void) {
    return /^[gs]et /.test(this.name) ? `function ${this.name}() { [native code] }` : toString.call(this);
  });
}
