// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyCode, HINT_BITS, HINTS, hintsIn, identifierWords, MONEY, normalise, type HintKind } from './hints';

const kindsIn = (text: string): HintKind[] =>
  (Object.keys(HINT_BITS) as HintKind[]).filter((kind) => hintsIn(normalise(text)) & HINT_BITS[kind]);

describe('normalise', () => {
  it.each([
    ['  Numero   di\nCELLULARE ', 'numero di cellulare'],
    ['Məbləğ', 'məbləg'],
    ['SOYADI', 'soyadi'],
    ['soyadı', 'soyadi'],
    ['Téléphone', 'telephone'],
    ["Parola d'ordine", 'parola d ordine'],
    ['手机号', '手机号'],
  ])('%j → %j', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });

  it('keeps texts to about 200 characters', () => {
    expect(normalise('a'.repeat(5000)).length).toBe(200);
  });

  it('gives what the full folding gives, plain ASCII texts (answered in one test) included', () => {
    // The folding as written before plain texts got their shortcut: the reference.
    const folded = (text: string) => {
      if (!text) return '';
      let lower = (text.length > 200 ? text.slice(0, 200) : text).toLowerCase();
      if (/[^\0-\x7f]/.test(lower)) lower = lower.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ı/g, 'i');
      return lower.replace(/[\s'’`]+/g, ' ').trim();
    };
    const plain = ['a', 'Z', '1', '-', '.', ' ', '  '];
    const odd = ['\t', '\n', "'", '’', '`', 'à', 'ı', 'ə', '\u00a0', '\u3000', '手', '\x7f', '\x01'];
    // Plain ASCII texts (the shortcut's) half the time; any mix the other half.
    const text = fc.oneof(fc.array(fc.constantFrom(...plain), { maxLength: 30 }), fc.array(fc.constantFrom(...plain, ...odd), { maxLength: 30 }));
    fc.assert(
      fc.property(text, (parts) => {
        const joined = parts.join('');
        expect(normalise(joined)).toBe(folded(joined));
      }),
      { numRuns: 300 },
    );
  });
});

describe('identifierWords', () => {
  it.each([
    ['msisdnConferma', 'msisdn conferma'],
    ['first_name', 'first name'],
    ['cc-number', 'cc number'],
    ['order[email]', 'order email'],
    ['phone', 'phone'],
  ])('%s → %s', (identifier, words) => {
    expect(identifierWords(identifier)).toBe(words);
  });
});

describe('hintsIn', () => {
  it.each<[string, HintKind]>([
    ['Numero di cellulare', 'tel'],
    ['Numero di telefono', 'tel'],
    ['Numero TIM', 'tel'],
    ['msisdn', 'tel'],
    ['Mobile number', 'tel'],
    ['Telefon nömrəsi', 'tel'],
    ['Mobil nömrənizi daxil edin', 'tel'],
    ['手机号码', 'tel'],
    ['电话', 'tel'],
    ['Teléfono móvil', 'tel'],
    ['Numéro de téléphone', 'tel'],
    ['Handynummer', 'tel'],
    ['Rufnummer', 'tel'],
    ['Conferma numero', 'confirm'],
    ['Ripeti il numero', 'confirm'],
    ['Re-enter your number', 'confirm'],
    ['Nömrəni təkrar daxil edin', 'confirm'],
    ['Nömrəni təsdiqləyin', 'confirm'],
    ['再次输入手机号', 'confirm'],
    ['Confirmar teléfono', 'confirm'],
    ['Nummer wiederholen', 'confirm'],
    ['Importo', 'amount'],
    ['Taglio di ricarica', 'amount'],
    ['Məbləği seçin', 'amount'],
    ['充值金额', 'amount'],
    ['Montant', 'amount'],
    ['Betrag', 'amount'],
    ['Email per la ricevuta', 'email'],
    ['Indirizzo e-mail', 'email'],
    ['Posta elettronica', 'email'],
    ['Elektron poçt', 'email'],
    ['电子邮件', 'email'],
    ['Correo electrónico', 'email'],
    ['Courriel', 'email'],
    ['E-Mail-Adresse', 'email'],
    ['Prefisso', 'areaCode'],
    ['Operator kodu', 'areaCode'],
    ['Vorwahl', 'areaCode'],
    ['Prefisso internazionale', 'countryCode'],
    ['Nome', 'givenName'],
    ['Ad', 'givenName'],
    ['Prénom', 'givenName'],
    ['Cognome', 'familyName'],
    ['Soyadı', 'familyName'],
    ['Apellidos', 'familyName'],
    ['Nachname', 'familyName'],
    ['Nome e cognome', 'fullName'],
    ['Ad və soyad', 'fullName'],
    ['姓名', 'fullName'],
    ['Full name', 'fullName'],
    ['Cerca nel sito', 'search'],
    ['Inserisci il codice che vedi nell’immagine', 'captcha'],
    ['ICCID', 'iccid'],
    ['Numero SIM', 'iccid'],
    ['SIM kart nömrəsi', 'iccid'],
    ['Numero carta', 'ccNumber'],
    ['Kart nömrəsi', 'ccNumber'],
    ['Card number', 'ccNumber'],
    ['CVV', 'ccCsc'],
    ['Codice di sicurezza', 'ccCsc'],
    ['Scadenza', 'ccExp'],
    ['MM/AA', 'ccExp'],
    ['Titolare della carta', 'ccName'],
    ['Cardholder', 'ccName'],
    ['Codice promozionale', 'leftAlone'],
    ['Codice OTP', 'leftAlone'],
    ['Password', 'leftAlone'],
  ])('%j mentions %s', (text, kind) => {
    expect(kindsIn(text)).toContain(kind);
  });

  it.each<[string, HintKind]>([
    // Word-aware: the word inside another is not the word.
    ['Cognome', 'givenName'],
    ['Indirizzo', 'givenName'],
    ['Adres', 'givenName'],
    ['Nomex', 'givenName'],
    ['Telefonata gratuita', 'tel'],
    // A phrase wins over the words inside it.
    ['Nome e cognome', 'givenName'],
    ['Nome e cognome', 'familyName'],
    ['Numero carta', 'weakTel'],
    ['Numero SIM', 'weakTel'],
    ['SIM kart nömrəsi', 'ccNumber'],
    ['姓名', 'givenName'],
    ['Numero di cellulare', 'ccNumber'],
  ])('%j does not mention %s', (text, kind) => {
    expect(kindsIn(text)).not.toContain(kind);
  });

  it('finds nothing in an empty or unrelated text', () => {
    expect(hintsIn('')).toBe(0);
    expect(kindsIn('Prosegui al pagamento')).toEqual([]);
  });
});

/**
 * The reference hintsIn is read against: the one pattern of every hint it replaced (whole
 * hints between non-letters, stems after one, CJK hints; longest first), run left to right.
 */
let reference: { pattern: RegExp; bits: Map<string, number> } | undefined;

function hintsByPattern(text: string): number {
  reference ??= referencePattern();
  let found = 0;
  for (const match of text.matchAll(reference.pattern)) found |= reference.bits.get(match[0]) ?? 0;
  return found;
}

function referencePattern() {
  const bits = new Map<string, number>();
  const groups: [string[], string[], string[]] = [[], [], []];
  const escape = (hint: string) => hint.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  for (const [kind, hints] of Object.entries(HINTS)) {
    for (const hint of hints.split('|')) {
      const stem = hint.endsWith('*');
      const key = normalise(stem ? hint.slice(0, -1) : hint);
      if (!bits.has(key)) {
        if (/[\u3400-\u9fff]/.test(key)) groups[2].push(key.length === 1 ? `(?<![\\u3400-\\u9fff])${key}(?![\\u3400-\\u9fff])` : escape(key));
        else groups[stem ? 1 : 0].push(escape(key));
      }
      bits.set(key, (bits.get(key) ?? 0) | HINT_BITS[kind as HintKind]);
    }
  }
  const [whole, stems, cjk] = groups.map((list) => list.sort((a, b) => b.length - a.length).join('|'));
  return { pattern: new RegExp(`(?<!\\p{L})(?:${whole})(?!\\p{L})|(?<!\\p{L})(?:${stems})|${cjk}`, 'gu'), bits };
}

describe('hintsIn reads a text as the one pattern of every hint would', () => {
  const hints = Object.values(HINTS).flatMap((list) => list.split('|').map((hint) => normalise(hint.replace(/\*$/, ''))));
  // Letters of every script the word look-up leaves out (upper case, Arabic, Greek, Cyrillic, CJK, one beyond
  // the BMP), digits and separators.
  const neighbours = ['', ' ', '-', '/', '1', 'x', 'é', 'ə', 'X', 'É', 'ت', 'λ', 'ж', '手', '𝐀', '😀', '.', "'", 'si', 'ri'];

  it('finds every hint, alone and between any neighbours, as the pattern does', () => {
    for (const hint of hints) {
      for (const neighbour of neighbours) {
        for (const text of [`${neighbour}${hint}`, `${hint}${neighbour}`, `${neighbour}${hint} `, ` ${hint}${neighbour}`]) {
          expect(hintsIn(text), text).toBe(hintsByPattern(text));
        }
      }
    }
  });

  it('finds what the pattern finds in random texts of hints, their parts and other words', () => {
    const pieces = [...hints, ...hints.map((hint) => hint.slice(0, 3)), ...hints.map((hint) => hint.slice(2)), ...neighbours, 'prodotto', 'quantità', '12'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.string({ maxLength: 6 }), (joined, noise) => {
        for (const each of [joined, `${noise}${joined}`, `${joined}${noise}`]) expect(hintsIn(each), each).toBe(hintsByPattern(each));
      }),
      { numRuns: 500 },
    );
  });

  it('starts every hint that is not CJK with a word, and every stem with three letters of one', () => {
    for (const [kind, list] of Object.entries(HINTS)) {
      for (const hint of list.split('|')) {
        const key = normalise(hint.replace(/\*$/, ''));
        if (/[\u3400-\u9fff]/.test(key)) continue;
        const word = /^[a-z\u00df-\u00f6\u00f8-\u02af]+/.exec(key)?.[0] ?? '';
        expect(word.length, `${kind}: ${hint}`).toBeGreaterThanOrEqual(hint.endsWith('*') ? 3 : 1);
      }
    }
  });
});

describe('currencyCode', () => {
  it.each([
    ['€', 'EUR'],
    ['Euro', 'EUR'],
    ['₼', 'AZN'],
    ['Man.', 'AZN'],
    ['TL', 'TRY'],
    ['元', 'CNY'],
    ['$', 'USD'],
  ])('%j → %s', (sign, code) => {
    expect(currencyCode(sign)).toBe(code);
  });

  it('knows no code for what is no currency', () => {
    expect(currencyCode('europa')).toBeUndefined();
    expect(currencyCode('')).toBeUndefined();
  });
});

describe('MONEY', () => {
  it.each(['10 €', '€10,00', '€ 10,00', '25 ₼', '10 AZN', '10,00 €', '10 euro', '10 EUR', 'EUR 10', '$5', '(10 AZN)', '10 TL', '₺ 10', '10 man.', '10 CHF'])('%j is an amount', (text) => {
    expect(MONEY.test(text)).toBe(true);
  });

  it.each(['10', '1000', 'Altro', 'Paga ora', 'Europa', '050', '10 europa', 'neuro 5', 'seuro5', '10 eurò', '10 manatı'])('%j is not', (text) => {
    expect(MONEY.test(text)).toBe(false);
  });
});
