// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { classifyPage, type ClassifyOptions } from './classify';
import { classifyForFill, classifyNumberForms } from './classify-for-fill';
import { anchorOf, type ClassifiedControl } from './control';

afterEach(() => {
  document.body.innerHTML = '';
});

const kinds = (classified: ClassifiedControl[]) => classified.map(({ control, kind }) => `${anchorOf(control).id || anchorOf(control).getAttribute('name')}:${kind}`);

const FORM = `
  <form id="ricarica">
    <label for="msisdn">Numero di cellulare</label><input id="msisdn" maxlength="10">
    <label for="msisdn2">Conferma numero</label><input id="msisdn2" maxlength="10">
    <label for="email">Email per la ricevuta</label><input id="email" type="email">
  </form>`;
const SHOP = `
  <form id="newsletter"><input id="news" type="email" placeholder="La tua email"></form>
  <div class="catalogue"><label for="qty">Quantità</label><input id="qty" type="number"><input name="note" aria-label="Nota"></div>`;

describe('classifyForFill', () => {
  it('classifies only the forms that hold a number, each control as the whole page would', () => {
    document.body.innerHTML = SHOP + FORM;
    const forms = classifyNumberForms(document)!;
    expect(kinds(forms)).toEqual(['msisdn:tel', 'msisdn2:tel-confirm', 'email:email']);
    const whole = kinds(classifyPage(document));
    expect(whole).toEqual(expect.arrayContaining(kinds(forms)));
    expect(kinds(classifyForFill(document))).toEqual(kinds(forms));
  });

  it('finds a number form by its markup alone, and by a carrier selector', () => {
    document.body.innerHTML = `${SHOP}<form><input id="n" type="tel"><input id="e" type="email"></form>`;
    expect(kinds(classifyNumberForms(document)!)).toEqual(['n:tel', 'e:email']);
    document.body.innerHTML = `${SHOP}<form><input id="opaque" data-qa="msisdn"><input id="e" type="email"></form>`;
    const options: ClassifyOptions = { selectors: { tel: ['[data-qa="msisdn"]'] } };
    expect(kinds(classifyNumberForms(document, options)!)).toEqual(['opaque:tel', 'e:email']);
  });

  it.each([
    ['the number is formless', `${SHOP}<div><input id="n" type="tel"><input id="e" type="email"></div>`],
    ['a formless phone field follows the number form', `${FORM}<div><input id="other" type="tel"></div>`],
    ['the number is named only by the text before it', `${SHOP}<form><span>Numero di cellulare</span><input id="n"><input id="e" type="email"></form>`],
    ['a control is owned from outside its form', `${FORM}<input id="extra" form="ricarica" type="email">`],
    ['the number form alone is no renewal form', `${SHOP}<form><input id="n" type="tel"></form><div><input id="amount" aria-label="Importo"></div>`],
  ])('leaves the page to classifyPage when %s', (_, html) => {
    document.body.innerHTML = html;
    expect(classifyNumberForms(document)).toBeUndefined();
    expect(kinds(classifyForFill(document))).toEqual(kinds(classifyPage(document)));
  });

  it('leaves the page to classifyPage when a carrier selector points outside any form', () => {
    document.body.innerHTML = `${FORM}<div><input id="amount" data-qa="amount"></div>`;
    const options: ClassifyOptions = { selectors: { 'transaction-amount': ['[data-qa="amount"]'] } };
    expect(classifyNumberForms(document, options)).toBeUndefined();
  });
});
