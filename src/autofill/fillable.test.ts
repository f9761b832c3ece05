// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fillability } from './fillable';

// happy-dom lays nothing out (every box is 0×0 at 0,0), so boxes come from a `data-box`
// attribute ("left top width height", default a 200×30 field near the top). Real layout,
// covering and clipping are checked in Chromium: tests/e2e/autofill-visibility.spec.ts.
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const [left, top, width, height] = (this.getAttribute('data-box') ?? '20 20 200 30').split(' ').map(Number) as [number, number, number, number];
    return new DOMRect(left, top, width, height);
  });
});

function page(html: string): (selector: string) => Element {
  document.body.innerHTML = html;
  return (selector) => document.querySelector(selector)!;
}

describe('fillability', () => {
  it('lets a plain visible field be filled', () => {
    const $ = page('<label for="n">Numero</label><input id="n" type="tel">');
    expect(fillability($('#n'))).toEqual({ fillable: true });
  });

  it.each([
    ['the hidden attribute', '<input id="x" hidden>', 'hidden'],
    ['display:none on an ancestor', '<div style="display:none"><div><input id="x"></div></div>', 'hidden'],
    ['visibility:hidden inherited', '<div style="visibility:hidden"><input id="x"></div>', 'hidden'],
    ['content-visibility:hidden on an ancestor', '<div style="content-visibility:hidden"><input id="x"></div>', 'hidden'],
    ['a closed <details>', '<details><summary>Altro</summary><input id="x"></details>', 'hidden'],
    ['opacity 0 on an ancestor', '<div style="opacity:0"><input id="x"></div>', 'transparent'],
    ['opacities that multiply below 0.1', '<div style="opacity:0.3"><div style="opacity:0.3"><input id="x"></div></div>', 'transparent'],
    ['a 0×0 box', '<input id="x" data-box="20 20 0 0">', 'zero-size'],
    ['a 1×1 box', '<input id="x" data-box="20 20 1 1">', 'zero-size'],
    ['left:-9999px', '<input id="x" data-box="-9999 20 200 30">', 'off-screen'],
    ['above the page', '<input id="x" data-box="20 -500 200 30">', 'off-screen'],
    ['clip-path: inset(50%)', '<input id="x" style="clip-path: inset(50%)">', 'clipped'],
    ['clip-path: circle(0)', '<div style="clip-path: circle(0px at 50% 50%)"><input id="x"></div>', 'clipped'],
    ['aria-hidden on an ancestor', '<div aria-hidden="true"><input id="x"></div>', 'aria-hidden'],
    ['inert on an ancestor', '<div inert><p><input id="x"></p></div>', 'inert'],
    ['disabled', '<input id="x" disabled>', 'disabled'],
    ['aria-disabled tiles', '<button id="x" aria-disabled="true">10 €</button>', 'disabled'],
    ['readonly', '<input id="x" readonly>', 'read-only'],
  ])('refuses a field hidden by %s', (_way, html, reason) => {
    const $ = page(html);
    expect(fillability($('#x'))).toEqual({ fillable: false, reason });
  });

  it('calls a field no longer in the page detached', () => {
    expect(fillability(document.createElement('input'))).toEqual({ fillable: false, reason: 'detached' });
  });

  it('keeps fields faded a little, below the fold, or partly off the left edge', () => {
    const $ = page(`
      <div style="opacity:0.5"><input id="faded"></div>
      <input id="below" data-box="20 3000 200 30">
      <input id="partly" data-box="-50 20 200 30">
      <details open><summary>Altro</summary><input id="open"></details>`);
    // A long page: 5,000 px to scroll through.
    Object.defineProperty(document.documentElement, 'scrollHeight', { value: 5000, configurable: true });
    for (const id of ['#faded', '#below', '#partly', '#open']) expect(fillability($(id)), id).toEqual({ fillable: true });
    Reflect.deleteProperty(document.documentElement, 'scrollHeight');
  });

  it('fills a custom radio whose input is hidden but whose label is shown', () => {
    const $ = page(`
      <label id="l10"><input type="radio" name="taglio" value="10" style="opacity:0" data-box="0 0 0 0"> 10 €</label>
      <input type="radio" name="altro" id="r25" style="opacity:0"><label for="r25">25 €</label>`);
    expect(fillability($('[value="10"]'))).toEqual({ fillable: true });
    expect(fillability($('#r25'))).toEqual({ fillable: true });
  });

  it('refuses a hidden radio whose label is hidden too, and a disabled radio whatever its label', () => {
    const $ = page(`
      <div style="opacity:0"><label><input type="radio" id="ghost" name="t"> 10 €</label></div>
      <label><input type="radio" id="off" name="u" disabled style="opacity:0"> 10 €</label>`);
    expect(fillability($('#ghost'))).toEqual({ fillable: false, reason: 'transparent' });
    expect(fillability($('#off'))).toEqual({ fillable: false, reason: 'disabled' });
  });

  it('looks through an open shadow root to the host and its ancestors', () => {
    const $ = page('<div id="wrap"><div id="host"></div></div>');
    const shadow = $('#host').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<input id="x">';
    const field = shadow.querySelector('#x')!;
    expect(fillability(field)).toEqual({ fillable: true });
    $('#wrap').setAttribute('aria-hidden', 'true');
    expect(fillability(field)).toEqual({ fillable: false, reason: 'aria-hidden' });
    $('#wrap').removeAttribute('aria-hidden');
    $('#wrap').setAttribute('style', 'display:none');
    expect(fillability(field)).toEqual({ fillable: false, reason: 'hidden' });
  });
});
