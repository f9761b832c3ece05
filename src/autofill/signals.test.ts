// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { collectControls } from './collect';
import { readSignals, type Signals } from './signals';

afterEach(() => {
  document.body.innerHTML = '';
});

function signalsOf(html: string, root: Document | ShadowRoot = document): Signals[] {
  if (root === document) document.body.innerHTML = html;
  return readSignals(collectControls(root));
}

describe('readSignals', () => {
  it.each([
    ['tel', 'tel'],
    ['section-ricarica shipping tel-national', 'tel-national'],
    ['billing email', 'email'],
    ['section-a home tel', 'tel'],
    ['CC-NUMBER', 'cc-number'],
    ['off', 'off'],
    ['', ''],
  ])('reads the field token of autocomplete=%j', (autocomplete, token) => {
    expect(signalsOf(`<input autocomplete="${autocomplete}">`)[0]!.autocomplete).toBe(token);
  });

  it.each([
    ['a <label for>', '<label for="n">Numero di cellulare</label><input id="n">'],
    ['a wrapping <label>', '<label>Numero di cellulare <input></label>'],
    ['aria-label', '<input aria-label="Numero di cellulare">'],
    ['aria-labelledby', '<span id="a">Numero</span><span id="b">di cellulare</span><input aria-labelledby="a b">'],
  ])('reads the label from %s', (_, html) => {
    expect(signalsOf(html)[0]!.label).toBe('numero di cellulare');
  });

  it.each([['x.y:z[0]'], ['a"b'], ['a\\b'], ['numéro 1']])('finds the <label for> of the id %j', (id) => {
    document.body.innerHTML = '<label>Numero di cellulare</label><input>';
    document.querySelector('label')!.htmlFor = id;
    document.querySelector('input')!.id = id;
    expect(readSignals(collectControls(document))[0]!.label).toBe('numero di cellulare');
  });

  it('stands the nearest text before the field in for a missing label, never past another field', () => {
    const [first, second] = signalsOf(`
      <div class="row"><span>Numero di cellulare</span></div><div class="row"><input id="a"></div>
      <div class="row"><input id="b"></div>`);
    expect(first!.nearbyLabel).toBe('numero di cellulare');
    expect(second!.nearbyLabel).toBe('');
  });

  it('reads a floating label after its field', () => {
    expect(signalsOf('<div><input placeholder=" "><label class="floating">E-mail</label></div>')[0]!.nearbyLabel).toBe('e-mail');
  });

  it('reads name and id as words, the legend, placeholder, maxlength and the "+39" before the field', () => {
    const [field] = signalsOf(`
      <fieldset><legend>Dati della ricarica</legend>
        <label for="n">Numero</label><span>+39</span>
        <input id="n" name="msisdnConferma" placeholder="es. 333 1234567" maxlength="10" inputmode="numeric">
      </fieldset>`);
    expect(field).toMatchObject({
      identifiers: 'msisdn conferma n',
      legend: 'dati della ricarica',
      placeholder: 'es. 333 1234567',
      maxLength: 10,
      inputMode: 'numeric',
      before: '+39',
    });
  });

  it('finds the <label for> of each of many fields, and of a few, wherever on the page the label is', () => {
    // A small form and a long one: a reading may well treat the few fields of a fill apart.
    for (const count of [3, 20]) {
      const fields = Array.from({ length: count }, (_, index) => `<input id="f${index}">`).join('');
      const labels = Array.from({ length: count }, (_, index) => `<label for="f${index}">Campo ${index}</label>`).reverse().join('');
      expect(signalsOf(`<form>${fields}</form><aside>${labels}</aside>`).map(({ label }) => label)).toEqual(
        Array.from({ length: count }, (_, index) => `campo ${index}`),
      );
    }
  });

  it('reads the texts and values of options, radios and tiles', () => {
    const [select, radios, tiles] = signalsOf(`
      <select><option value="">Scegli</option><option value="1000">10,00 €</option></select>
      <label><input type="radio" name="t" value="10"> 10 €</label><input type="radio" name="t" value="15" id="r15"><label for="r15">15 €</label>
      <div><button data-value="5">5 ₼</button><button data-value="10">10 ₼</button></div>`);
    expect(select).toMatchObject({ type: 'select', options: ['Scegli', '10,00 €'], optionValues: ['', '1000'] });
    expect(radios).toMatchObject({ type: 'radio', options: ['10 €', '15 €'], optionValues: ['10', '15'] });
    expect(tiles).toMatchObject({ type: 'tiles', options: ['5 ₼', '10 ₼'], optionValues: ['5', '10'] });
  });

  it.each([
    ['digits only in values', '<select><option value="5">Cinque euro</option><option value="10">Dieci euro</option></select>', ['Cinque euro', 'Dieci euro']],
    ['digits only in texts', '<select><option>5 €</option><option>10 €</option></select>', ['5 €', '10 €']],
    ['no digit', '<select><option>Nero</option><option>Blu</option></select>', []],
    ['a digit only in markup that is no option', '<select class="size-2"><option data-n="1">Nero</option><option>Blu</option></select>', []],
  ])("keeps a select's options when they hold a digit: %s", (_, html, options) => {
    expect(signalsOf(html)[0]!.options).toEqual(options);
  });

  it("keeps the first 40 options of a long select", () => {
    const options = Array.from({ length: 300 }, (_, index) => `<option value="${index}">${index} €</option>`).join('');
    const [long] = signalsOf(`<select>${options}</select>`);
    expect(long!.options).toHaveLength(40);
    expect(long!.optionValues.slice(0, 2)).toEqual(['0', '1']);
  });

  it('resolves labels inside a shadow root, and groups its fields with the form around the host', () => {
    document.body.innerHTML = '<form id="outer"><nar-form id="host"></nar-form></form>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<span id="cap">Mobil nömrə</span><input aria-labelledby="cap"><label for="m">Məbləğ</label><input id="m">';
    const [number, amount] = readSignals(collectControls(document));
    expect(number!.label).toBe('mobil nomrə');
    expect(amount!.label).toBe('məbləg');
    expect(number!.form).toBe(document.getElementById('outer'));
  });

  it('cuts long texts', () => {
    const [field] = signalsOf(`<label for="x">${'lungo '.repeat(200)}</label><input id="x">`);
    expect(field!.label.length).toBeLessThanOrEqual(200);
  });
});
