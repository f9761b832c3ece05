// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_VALUES } from '../../tests/support/fill-test-values';
import { layOutLikeABrowser } from '../../tests/support/happy-dom-layout';
import type { ClassifiedControl, Control } from './control';
import type { FieldKind } from './field-kind';
import { fillControls } from './fill-form';

beforeEach(() => {
  layOutLikeABrowser();
});

const IT = TEST_VALUES.IT;

function $<T extends HTMLElement = HTMLInputElement>(selector: string): T {
  return document.querySelector<T>(selector)!;
}

/** What the classifier would say, built by hand: selector → kind, in page order. */
function classified(kinds: [string, FieldKind][]): ClassifiedControl[] {
  return kinds.map(([selector, kind]) => {
    const element = $<HTMLElement>(selector);
    let control: Control;
    if (element.localName === 'select') control = { type: 'select', element: element as HTMLSelectElement };
    else if (element.localName === 'input' && (element as HTMLInputElement).type === 'radio') {
      const name = (element as HTMLInputElement).name;
      control = { type: 'radio-group', name, elements: [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)] };
    } else if (element.localName === 'input') control = { type: 'field', element: element as HTMLInputElement };
    else control = { type: 'tiles', container: element, elements: [...element.querySelectorAll<HTMLElement>('button')] };
    return { control, kind, confidence: 1, reason: 'test' };
  });
}

const TIM_FORM = `
  <form id="ricarica">
    <input id="numero" type="tel" maxlength="10" placeholder="es. 333 1234567">
    <input id="conferma" type="tel" maxlength="10">
    <label><input type="radio" name="taglio" value="5"> 5 €</label>
    <label><input type="radio" name="taglio" value="10"> 10 €</label>
    <input id="email" type="email">
    <input id="carta" autocomplete="cc-number">
    <input id="iccid">
    <button type="submit">Paga</button>
  </form>`;
const TIM_KINDS: [string, FieldKind][] = [
  ['#numero', 'tel'],
  ['#conferma', 'tel-confirm'],
  ['[name=taglio]', 'transaction-amount'],
  ['#email', 'email'],
  ['#carta', 'cc-number'],
  ['#iccid', 'iccid'],
];

describe('fillControls', () => {
  it('fills number, confirmation, amount and e-mail, and reports them in form order', () => {
    document.body.innerHTML = TIM_FORM;
    const submits = vi.fn();
    document.addEventListener('submit', submits);
    const outcome = fillControls(classified(TIM_KINDS), IT);
    expect($('#numero').value).toBe('3331234567');
    expect($('#conferma').value).toBe('3331234567');
    expect($('[value="10"]').checked).toBe(true);
    expect($('#email').value).toBe('viaggiatore@example.com');
    expect(outcome.report).toEqual({ filled: ['tel', 'tel-confirm', 'transaction-amount', 'email'], kept: [], noForm: false });
    // The radio's label is what a person sees of it.
    expect(outcome.filled).toEqual([$('#numero'), $('#conferma'), $('[value="10"]').labels![0], $('#email')]);
    expect(submits).not.toHaveBeenCalled();
  });

  it('never touches payment fields or fields left alone', () => {
    document.body.innerHTML = TIM_FORM;
    fillControls(classified(TIM_KINDS), IT);
    expect($('#carta').value).toBe('');
    expect($('#iccid').value).toBe('');
  });

  it('keeps what the person typed, and the confirmation with it', () => {
    document.body.innerHTML = TIM_FORM;
    $('#numero').value = '3339999999';
    $('#email').value = 'altro@example.com';
    const { report } = fillControls(classified(TIM_KINDS), IT);
    expect($('#numero').value).toBe('3339999999');
    expect($('#conferma').value).toBe('');
    expect($('#email').value).toBe('altro@example.com');
    expect(report).toEqual({ filled: ['transaction-amount'], kept: ['tel', 'tel-confirm', 'email'], noForm: false });
  });

  it('replaces what was typed when the person asks to overwrite', () => {
    document.body.innerHTML = TIM_FORM;
    $('#numero').value = '3339999999';
    fillControls(classified(TIM_KINDS), { ...IT, overwrite: true });
    expect($('#numero').value).toBe('3331234567');
    expect($('#conferma').value).toBe('3331234567');
  });

  it.each([
    ['the value the page wrote in its markup', '<input id="numero" type="tel" value="3330000000">', undefined],
    ['the placeholder', '<input id="numero" type="tel" placeholder="333 1234567">', '333 1234567'],
    ['a mask', '<input id="numero" type="tel">', '___ _______'],
    ['a bare country code', '<input id="numero" type="tel" value="+39 ">', undefined],
  ])('fills over %s', (_case, html, shown) => {
    document.body.innerHTML = `<form>${html}</form>`;
    if (shown) $('#numero').value = shown;
    fillControls(classified([['#numero', 'tel']]), IT);
    expect($('#numero').value).toMatch(/3331234567$/);
  });

  it('changes a select still on the option the page chose, not one the person chose', () => {
    document.body.innerHTML = `<form>
      <input id="numero" type="tel">
      <select id="a"><option value="">Scegli</option><option value="10">10 €</option></select>
      <select id="b"><option value="5" selected>5 €</option><option value="10">10 €</option></select></form>`;
    fillControls(classified([['#numero', 'tel'], ['#a', 'transaction-amount']]), IT);
    expect($<HTMLSelectElement>('#a').value).toBe('10');
    fillControls(classified([['#numero', 'tel'], ['#b', 'transaction-amount']]), IT);
    expect($<HTMLSelectElement>('#b').value).toBe('10');
    // 5 € chosen by hand in a select whose page default is "Scegli": kept.
    const a = $<HTMLSelectElement>('#a');
    const five = document.createElement('option');
    five.value = '5';
    five.text = '5 €';
    a.add(five);
    a.value = '5';
    const { report } = fillControls(classified([['#numero', 'tel'], ['#a', 'transaction-amount']]), IT);
    expect(a.value).toBe('5');
    expect(report.kept).toEqual(['transaction-amount']);
  });

  it('keeps a radio the person checked, not one the page checked', () => {
    document.body.innerHTML = `<form><input id="numero" type="tel">
      <input type="radio" name="t" value="5" checked><input type="radio" name="t" value="10"></form>
      <form><input id="altro" type="tel"><input type="radio" name="u" value="5"><input type="radio" name="u" value="10"></form>`;
    fillControls(classified([['#numero', 'tel'], ['[name=t]', 'transaction-amount']]), IT);
    expect($('[name=t][value="10"]').checked).toBe(true);
    $('[name=u][value="5"]').click();
    const { report } = fillControls(classified([['#altro', 'tel'], ['[name=u]', 'transaction-amount']]), IT);
    expect($('[name=u][value="5"]').checked).toBe(true);
    expect(report.kept).toEqual(['transaction-amount']);
  });

  it('presses the amount tile', () => {
    document.body.innerHTML = `<form><input id="numero" type="tel">
      <div id="tiles"><button>5 €</button><button id="t10">10 €</button></div></form>`;
    $('#t10').addEventListener('click', () => $('#t10').setAttribute('aria-pressed', 'true'));
    const { report } = fillControls(classified([['#numero', 'tel'], ['#tiles', 'transaction-amount']]), IT);
    expect($('#t10').getAttribute('aria-pressed')).toBe('true');
    expect(report.filled).toEqual(['tel', 'transaction-amount']);
  });

  it('fills names only when the plan has one', () => {
    document.body.innerHTML = `<form><input id="numero" type="tel"><input id="nome"><input id="cognome"></form>`;
    const kinds: [string, FieldKind][] = [['#numero', 'tel'], ['#nome', 'given-name'], ['#cognome', 'family-name']];
    const { report } = fillControls(classified(kinds), { ...IT, name: undefined });
    expect($('#nome').value).toBe('');
    expect(report.kept).toEqual(['given-name', 'family-name']);
    fillControls(classified(kinds), IT);
    expect([$('#nome').value, $('#cognome').value]).toEqual(['Maria', 'Rossi']);
  });

  it('fills only the form that holds the number, not the newsletter beside it', () => {
    document.body.innerHTML = `
      <form id="newsletter"><input id="news-email" type="email"></form>
      <form id="ricarica"><input id="numero" type="tel"><input id="email" type="email"></form>`;
    fillControls(classified([['#news-email', 'email'], ['#numero', 'tel'], ['#email', 'email']]), IT);
    expect($('#news-email').value).toBe('');
    expect($('#email').value).toBe('viaggiatore@example.com');
  });

  it('without <form> elements, fills the container around the number', () => {
    document.body.innerHTML = `
      <section id="top-up"><input id="numero" type="tel"><input id="email" type="email"></section>
      <footer><input id="news-email" type="email"></footer>`;
    fillControls(classified([['#numero', 'tel'], ['#email', 'email'], ['#news-email', 'email']]), IT);
    expect($('#email').value).toBe('viaggiatore@example.com');
    expect($('#news-email').value).toBe('');
  });

  it('fills one control per kind: a second number field is left alone', () => {
    document.body.innerHTML = `<form><input id="numero" type="tel"><input id="altro" type="tel"></form>`;
    const { report } = fillControls(classified([['#numero', 'tel'], ['#altro', 'tel']]), IT);
    expect($('#altro').value).toBe('');
    expect(report).toEqual({ filled: ['tel'], kept: [], noForm: false });
  });

  it('skips hidden fields without reporting them, and says when there is no form', () => {
    document.body.innerHTML = `<form><input id="numero" type="tel" style="display:none"></form>`;
    const outcome = fillControls(classified([['#numero', 'tel']]), IT);
    expect($('#numero').value).toBe('');
    expect(outcome).toEqual({ report: { filled: [], kept: [], noForm: true }, filled: [] });
  });

  it('passes over a hidden copy of the form for the one a person sees', () => {
    document.body.innerHTML = `
      <form style="display:none"><input id="trap" type="tel"><select id="trap-amount"><option>10 €</option></select></form>
      <form><input id="numero" type="tel"></form>`;
    fillControls(classified([['#trap', 'tel'], ['#trap-amount', 'transaction-amount'], ['#numero', 'tel']]), IT);
    expect($('#trap').value).toBe('');
    expect($('#numero').value).toBe('3331234567');
  });

  it('reports a field kept when no form of the number fits it', () => {
    document.body.innerHTML = `<form><input id="numero" type="tel" maxlength="6"></form>`;
    const { report } = fillControls(classified([['#numero', 'tel']]), IT);
    expect(report).toEqual({ filled: [], kept: ['tel'], noForm: false });
  });
});
