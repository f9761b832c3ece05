// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { classifyControls, classifyPage, type ClassifyOptions } from './classify';
import { collectControls } from './collect';
import { anchorOf, type ClassifiedControl } from './control';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Kind by anchor id, for controls that have an id. */
function kindsOf(classified: ClassifiedControl[]): Record<string, string> {
  return Object.fromEntries(
    classified.filter(({ control }) => anchorOf(control).id).map(({ control, kind }) => [anchorOf(control).id, kind]),
  );
}

function classify(html: string, options?: ClassifyOptions): Record<string, string> {
  document.body.innerHTML = html;
  return kindsOf(classifyPage(document, options));
}

const kindOf = (html: string) => classify(html).x;

describe('classifyPage: one field from its label', () => {
  it.each([
    ['<label for="x">Numero di cellulare</label><input id="x">', 'tel'],
    ['<label for="x">Numero di telefono</label><input id="x" type="text">', 'tel'],
    ['<label for="x">Numero TIM</label><input id="x">', 'tel'],
    ['<input id="x" name="msisdn">', 'tel'],
    ['<input id="x" aria-label="Mobile number">', 'tel'],
    ['<label for="x">Mobil nömrə</label><input id="x">', 'tel'],
    ['<label for="x">Telefon nömrəsi</label><input id="x">', 'tel'],
    ['<label for="x">手机号</label><input id="x">', 'tel'],
    ['<label for="x">Teléfono móvil</label><input id="x">', 'tel'],
    ['<label for="x">Numéro de portable</label><input id="x">', 'tel'],
    ['<label for="x">Handynummer</label><input id="x">', 'tel'],
    ['<input id="x" type="tel">', 'tel'],
    ['<input id="x" placeholder="es. 333 1234567">', 'tel'],
    ['<label for="x">Email per la ricevuta</label><input id="x">', 'email'],
    ['<input id="x" type="email">', 'email'],
    ['<label for="x">Elektron poçt</label><input id="x">', 'email'],
    ['<label for="x">邮箱</label><input id="x">', 'email'],
    ['<label for="x">Correo electrónico</label><input id="x">', 'email'],
    ['<label for="x">Altro importo</label><input id="x" type="number">', 'transaction-amount'],
    ['<label for="x">Məbləğ</label><input id="x" inputmode="decimal">', 'transaction-amount'],
    ['<label for="x">Betrag</label><input id="x">', 'transaction-amount'],
    ['<label for="x">Nome</label><input id="x">', 'given-name'],
    ['<label for="x">Ad</label><input id="x">', 'given-name'],
    ['<label for="x">Prénom</label><input id="x">', 'given-name'],
    ['<label for="x">Cognome</label><input id="x">', 'family-name'],
    ['<label for="x">Soyad</label><input id="x">', 'family-name'],
    ['<label for="x">Nachname</label><input id="x">', 'family-name'],
    ['<label for="x">Nome e cognome</label><input id="x">', 'name'],
    ['<label for="x">Ad və soyad</label><input id="x">', 'name'],
    ['<label for="x">姓名</label><input id="x">', 'name'],
    ['<label for="x">Codice postale</label><input id="x">', 'other'],
    ['<label for="x">Numero ordine</label><input id="x">', 'other'],
    ['<input id="x">', 'other'],
  ])('%s → %s', (html, kind) => {
    expect(kindOf(html)).toBe(kind);
  });
});

describe('classifyPage: autocomplete tokens', () => {
  it.each([
    ['tel', 'tel'],
    ['section-top-up tel-national', 'tel-national'],
    ['shipping tel-country-code', 'tel-country-code'],
    ['tel-area-code', 'tel-area-code'],
    ['tel-local', 'tel-local'],
    ['billing email', 'email'],
    ['transaction-amount', 'transaction-amount'],
    ['given-name', 'given-name'],
    ['family-name', 'family-name'],
    ['name', 'name'],
    ['cc-number', 'cc-number'],
    ['cc-exp', 'cc-exp'],
    ['cc-exp-month', 'cc-exp'],
    ['cc-exp-year', 'cc-exp'],
    ['cc-csc', 'cc-csc'],
    ['cc-name', 'cc-name'],
    ['one-time-code', 'other'],
  ])('autocomplete=%j → %s, over whatever the label says', (token, kind) => {
    const [classified] = classifyPage(
      ((document.body.innerHTML = `<label for="x">Nome</label><input id="x" autocomplete="${token}">`), document),
    );
    expect(classified).toMatchObject({ kind, confidence: 1, reason: 'autocomplete' });
  });

  it.each(['off', 'on', 'nope', 'new-field'])('autocomplete=%j says nothing: the label decides', (token) => {
    expect(kindOf(`<label for="x">Numero di cellulare</label><input id="x" autocomplete="${token}">`)).toBe('tel');
  });
});

describe('classifyPage: payment fields are recognised, never taken for ours', () => {
  it.each([
    ['<label for="x">Numero di cellulare</label><input id="x" maxlength="10" inputmode="numeric">', 'tel'],
    ['<label for="x">Numero carta</label><input id="x" type="tel" maxlength="19">', 'cc-number'],
    ['<label for="x">Kart nömrəsi</label><input id="x" inputmode="numeric">', 'cc-number'],
    ['<label for="x">Carta</label><input id="x" inputmode="numeric" maxlength="16">', 'cc-number'],
    ['<input id="x" placeholder="1234 5678 9012 3456">', 'cc-number'],
    ['<input id="x" name="cardNumber">', 'cc-number'],
    ['<label for="x">CVV</label><input id="x" type="tel" maxlength="3">', 'cc-csc'],
    ['<label for="x">CVV</label><input id="x" type="password" maxlength="3">', 'cc-csc'],
    ['<label for="x">Codice di sicurezza</label><input id="x">', 'cc-csc'],
    ['<label for="x">Scadenza</label><input id="x" placeholder="MM/AA">', 'cc-exp'],
    ['<input id="x" placeholder="MM/AA">', 'cc-exp'],
    ['<label for="x">Scadenza</label><select id="x"><option>01</option><option>02</option></select>', 'cc-exp'],
    ['<label for="x">Titolare della carta</label><input id="x">', 'cc-name'],
    ['<label for="x">Cardholder</label><input id="x">', 'cc-name'],
    ['<fieldset><legend>Carta di credito</legend><label for="x">Numero</label><input id="x" type="tel"></fieldset>', 'cc-number'],
    ['<fieldset><legend>Dati della carta</legend><label for="x">Intestatario</label><input id="x"></fieldset>', 'cc-name'],
  ])('%s → %s', (html, kind) => {
    expect(kindOf(html)).toBe(kind);
  });

  it('takes a 10-digit field named after the SIM for the number: an ICCID would not fit', () => {
    expect(kindOf('<label for="x">Numero</label><input id="x" name="numeroSim" type="tel" maxlength="10">')).toBe('tel');
  });

  it('refuses a password box whatever it claims', () => {
    expect(kindOf('<label for="x">Email</label><input id="x" type="password" autocomplete="email">')).toBe('other');
  });
});

describe('classifyPage: fields left alone', () => {
  it.each([
    ['<input id="x" type="search" placeholder="Numero">', 'search'],
    ['<input id="x" placeholder="Cerca nel sito">', 'search'],
    ['<div role="search"><label for="x">Telefono</label><input id="x"></div>', 'search'],
    ['<search><input id="x" aria-label="Email"></search>', 'search'],
    ['<label for="x">Inserisci il codice di sicurezza che vedi nell’immagine</label><input id="x" maxlength="5">', 'captcha'],
    ['<input id="x" name="captcha">', 'captcha'],
    ['<label for="x">ICCID</label><input id="x" inputmode="numeric" maxlength="20">', 'iccid'],
    ['<label for="x">Numero SIM</label><input id="x" type="tel">', 'iccid'],
    ['<label for="x">Seriale SIM</label><input id="x">', 'iccid'],
    ['<label for="x">SIM kart nömrəsi</label><input id="x">', 'iccid'],

    ['<label for="x">Codice promozionale</label><input id="x">', 'other'],
    ['<label for="x">Codice OTP</label><input id="x" inputmode="numeric">', 'other'],
    ['<label for="x">PIN</label><input id="x" type="tel">', 'other'],
    ['<label for="x">Nome utente</label><input id="x">', 'other'],
  ])('%s → %s', (html, kind) => {
    expect(kindOf(html)).toBe(kind);
  });
});

describe('classifyPage: confirmation twins', () => {
  it.each([
    ['a confirm label', '<label for="a">Numero di cellulare</label><input id="a"><label for="b">Conferma numero</label><input id="b">'],
    ['a "ripeti" label', '<input id="a" type="tel" aria-label="Cellulare"><input id="b" type="tel" aria-label="Ripeti il numero">'],
    ['Azerbaijani', '<label for="a">Mobil nömrə</label><input id="a"><label for="b">Nömrəni təkrar daxil edin</label><input id="b">'],
    ['a confirm name only', '<input id="a" type="tel" name="msisdn"><input id="b" type="tel" name="msisdnConferma">'],
    ['the same field twice', '<input id="a" type="tel" maxlength="10"><input id="b" type="tel" maxlength="10">'],
    ['a bare "Ripeti"', '<input id="a" type="tel" aria-label="Numero di cellulare"><input id="b" aria-label="Ripeti">'],
  ])('recognises the number twin from %s', (_, html) => {
    expect(classify(`<form>${html}</form>`)).toEqual({ a: 'tel', b: 'tel-confirm' });
  });

  it('recognises the e-mail twin', () => {
    expect(
      classify('<form><input id="a" type="email"><label for="b">Conferma e-mail</label><input id="b" type="email"></form>'),
    ).toEqual({ a: 'email', b: 'email-confirm' });
  });

  it('needs a first: "Email per ricevere la conferma" alone is the e-mail', () => {
    expect(classify('<form><input id="a" type="email" aria-label="Email per ricevere la conferma"></form>')).toEqual({ a: 'email' });
  });

  it('does not pair fields of two forms, or fields of different shapes', () => {
    expect(classify('<form><input id="a" type="tel"></form><form><input id="b" type="tel"></form>')).toEqual({ a: 'tel', b: 'tel' });
    expect(classify('<form><input id="a" type="tel" maxlength="10"><input id="b" type="tel" maxlength="9"></form>')).toEqual({
      a: 'tel',
      b: 'tel',
    });
  });
});

describe('classifyPage: split numbers', () => {
  it('reads an operator-prefix select and the number beside it', () => {
    expect(
      classify(`<form>
        <select id="p"><option value="">--</option><option>050</option><option>051</option><option>055</option><option>070</option><option>077</option></select>
        <input id="n" type="tel" maxlength="7"></form>`),
    ).toEqual({ p: 'tel-area-code', n: 'tel-local' });
  });

  it('reads a "Prefisso" select of Italian prefixes', () => {
    expect(
      classify(`<form><label for="p">Prefisso</label><select id="p"><option>333</option><option>347</option><option>351</option></select>
        <label for="n">Numero</label><input id="n" type="tel"></form>`),
    ).toEqual({ p: 'tel-area-code', n: 'tel-local' });
  });

  it.each([
    ['+39 options', '<option value="+39">+39</option><option value="+994">+994</option>'],
    ['country names with codes', '<option value="IT">Italia (+39)</option><option value="AZ">Azərbaycan (+994)</option>'],
  ])('reads a country-code select of %s and the national number beside it', (_, options) => {
    expect(classify(`<form><select id="c">${options}</select><input id="n" type="tel"></form>`)).toEqual({
      c: 'tel-country-code',
      n: 'tel-national',
    });
  });

  it('reads a short country-code box', () => {
    expect(classify('<form><input id="c" value="+39" maxlength="4"><input id="n" type="tel"></form>')).toEqual({
      c: 'tel-country-code',
      n: 'tel-national',
    });
  });

  it('keeps a number after a plain "+994" text a whole number: the fill decides its shape', () => {
    expect(classify('<form><span>+994</span><input id="n" type="tel" maxlength="9"></form>')).toEqual({ n: 'tel' });
  });
});

describe('classifyPage: amounts', () => {
  it.each([
    ['euro options', '<option value="">Scegli</option><option>10 €</option><option>15 €</option><option>25 €</option>'],
    ['"€ 10,00" options', '<option>€ 10,00</option><option>€ 20,00</option>'],
    ['AZN options', '<option>5 AZN</option><option>10 AZN</option>'],
    ['manat-sign options', '<option>5 ₼</option><option>10 ₼</option>'],
    ['cent values with euro texts', '<option value="1000">10,00 €</option><option value="1500">15,00 €</option>'],
  ])('reads a select of %s', (_, options) => {
    expect(kindOf(`<select id="x">${options}</select>`)).toBe('transaction-amount');
  });

  it('reads a radio group whose labels are amounts', () => {
    expect(
      classify(`<fieldset><legend>Taglio di ricarica</legend>
        <label><input id="x" type="radio" name="t" value="10"> 10 €</label><label><input type="radio" name="t" value="15"> 15 €</label></fieldset>`),
    ).toEqual({ x: 'transaction-amount' });
  });

  it('reads a radio group of plain numbers under an amount legend', () => {
    expect(
      classify(`<fieldset><legend>Importo</legend><input id="x" type="radio" name="t" value="10"> 10<input type="radio" name="t" value="20"> 20</fieldset>`),
    ).toEqual({ x: 'transaction-amount' });
  });

  it('leaves a radio group that is not about money alone', () => {
    expect(classify('<input id="x" type="radio" name="who" value="me"> Per me <input type="radio" name="who" value="other"> Per un altro')).toEqual({
      x: 'other',
    });
  });

  it('reads amount tiles', () => {
    expect(classify('<div id="x" role="radiogroup"><div role="radio">5 ₼</div><div role="radio">10 ₼</div></div>')).toEqual({
      x: 'transaction-amount',
    });
  });

  it('leaves a select of operators or countries without codes alone', () => {
    expect(kindOf('<select id="x"><option>TIM</option><option>Vodafone</option><option>WindTre</option></select>')).toBe('other');
  });

  it.each([
    ['<label for="x">Importo</label><select id="x"><option>Scegli</option><option>Cinque euro</option></select>'],
    ['<label for="x">Numero di cellulare</label><select id="x"><option>Il mio numero</option><option>Un altro numero</option></select>'],
    ['<label for="x">Scadenza carta</label><select id="x"><option>Gennaio</option><option>Febbraio</option></select>'],
  ])('leaves a select whose options hold no digit alone, whatever its label says: %s', (html) => {
    expect(kindOf(html)).toBe('other');
  });

  it('still lets an autocomplete token decide a select without digits', () => {
    expect(kindOf('<select id="x" autocomplete="cc-exp-month"><option>Gennaio</option><option>Febbraio</option></select>')).toBe('cc-exp');
  });
});

describe('classifyPage: shadow roots and frames', () => {
  it('classifies fields inside an open shadow root, labels resolved there', () => {
    document.body.innerHTML = '<form><nar-topup id="host"></nar-topup></form>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<label for="n">Mobil nömrə</label><input id="n" inputmode="numeric">
      <span id="m-cap">Məbləğ</span><select id="m" aria-labelledby="m-cap"><option>1 AZN</option><option>5 AZN</option></select>`;
    expect(kindsOf(classifyPage(document))).toEqual({ n: 'tel', m: 'transaction-amount' });
  });

  it('classifies a same-origin frame it can read', () => {
    document.body.innerHTML = '<iframe id="widget"></iframe>';
    const frameDocument = document.implementation.createHTMLDocument('widget');
    frameDocument.body.innerHTML = '<form><label for="n">Numero di cellulare</label><input id="n"><input id="e" type="email"></form>';
    Object.defineProperty(document.getElementById('widget')!, 'contentDocument', { get: () => frameDocument });
    expect(kindsOf(classifyPage(document))).toEqual({ n: 'tel', e: 'email' });
  });
});

describe('classifyControls: carrier selectors', () => {
  const form = `<form>
    <span>Campo 1</span><input id="f1" name="fld_8812"><span>Campo 2</span><input id="f2" name="fld_8813">
    <select id="f3"><option value="a">A</option><option value="b">B</option></select></form>`;

  it('lets the first matching selector decide, over the hints', () => {
    document.body.innerHTML = form;
    const classified = classifyControls(collectControls(document), {
      selectors: { tel: ['#missing', 'input[name="fld_8812"]'], 'transaction-amount': ['#f3'] },
    });
    expect(kindsOf(classified)).toEqual({ f1: 'tel', f2: 'other', f3: 'transaction-amount' });
    expect(classified[0]).toMatchObject({ confidence: 1, reason: 'selector' });
  });

  it('skips a selector the browser cannot parse, and keeps going', () => {
    document.body.innerHTML = form;
    const classified = classifyControls(collectControls(document), { selectors: { tel: ['input[name=', '#f2'] } });
    expect(kindsOf(classified)).toMatchObject({ f2: 'tel' });
  });

  it('matches selectors inside shadow roots', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<input id="opaque" data-qa="msisdn">';
    expect(kindsOf(classifyPage(document, { selectors: { tel: ['[data-qa="msisdn"]'] } }))).toEqual({ opaque: 'tel' });
  });
});

describe('classifyPage: a whole top-up form', () => {
  it('reads an Italian ricarica form', () => {
    expect(
      classify(`<form>
        <label for="n">Numero di cellulare</label><input id="n" type="tel" maxlength="10">
        <label for="c">Conferma numero di cellulare</label><input id="c" type="tel" maxlength="10">
        <fieldset><legend>Taglio di ricarica</legend>
          <label><input id="t" type="radio" name="t" value="10"> 10 €</label><label><input type="radio" name="t" value="15"> 15 €</label></fieldset>
        <label for="e">Email per la ricevuta</label><input id="e" type="email">
        <label for="p">Codice promozionale</label><input id="p">
        <button type="submit">Prosegui al pagamento</button></form>`),
    ).toEqual({ n: 'tel', c: 'tel-confirm', t: 'transaction-amount', e: 'email', p: 'other' });
  });
});
