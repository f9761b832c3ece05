/**
 * What renewal forms call their fields, as data: words and phrases in the languages of the
 * carriers we serve (Italian, Azerbaijani) and of the people who travel there (English,
 * Chinese, Spanish, French, German). Browser autofill has no Italian pattern for
 * "cellulare" or "taglio di ricarica" and none for Azerbaijani "məbləğ"; these lists fill
 * that gap. Matching (hintsIn) is accent- and case-insensitive and word-aware: "nome" does
 * not match inside "cognome", "ad" only as a whole word. A trailing `*` marks a stem that
 * takes suffixes (Azerbaijani "nömrə" → "nömrəsi", "nömrənizi"). Phrases win over the words
 * inside them ("numero carta" is a card, not a phone "numero"), so payment, SIM-serial and
 * one-time-code phrases are listed in full.
 */
export const HINTS = {
  tel:
    'cellulare|telefono|telefonico|numero da ricaricare|utenza|numero tim|' +
    'numero vodafone|numero windtre|numero iliad|msisdn|phone|phonenumber|mobile|mobilenumber|telephone|' +
    'tel|cell|cellphone|telefon|mobil|nömrə*|nomre*|手机|电话|号码|teléfono|móvil|celular|téléphone|portable|' +
    'handy|handynummer|rufnummer|mobilnummer|telefonnummer|mobilfunknummer',
  /** Alone these say little ("Numero ordine"); they add to the other signals of a phone field. */
  weakTel: 'numero|number|nummer|num',
  confirm:
    'conferma|confermare|confermi|ripeti|ripetere|ridigita|reinserisci|re-enter|re enter|reenter|retype|' +
    'confirm|confirmation|repeat|again|verify|təkrar*|təsdiq*|tekrar*|tesdiq*|确认|再次|重复|confirmar|confirme|' +
    'repetir|repita|confirmer|répéter|retapez|bestätigen|bestätigung|wiederholen',
  amount:
    'importo|taglio|tagli|ricarica da|valore ricarica|amount|məbləğ*|mebleg*|金额|面值|importe|monto|montant|' +
    'betrag|aufladebetrag',
  email:
    'e-mail|email|e mail|mail|posta elettronica|indirizzo email|indirizzo e-mail|' +
    'email address|e-mail address|elektron poçt|e-poçt|epoct|邮箱|电子邮件|邮件|correo|courriel|adresse e-mail|' +
    'adresse électronique',
  /** A split operator prefix (Azerbaijani 050/055/070…), not the country's. */
  areaCode: 'prefisso|prefiks|operator kodu|kod|area code|prefix|前缀|区号|prefijo|indicatif|vorwahl',
  countryCode:
    'prefisso internazionale|prefisso paese|codice paese|country code|dialing code|dial code|calling code|' +
    'ölkə|beynəlxalq kod|国家代码|国际区号|código de país|prefijo internacional|indicatif pays|' +
    'indicatif international|ländervorwahl|landesvorwahl',
  givenName: 'nome|first name|firstname|given name|fname|ad|adı|adınız|名|名字|nombre|prénom|vorname',
  familyName: 'cognome|surname|last name|lastname|lname|family name|soyad*|姓|姓氏|apellido*|nom|nachname',
  fullName:
    'nome e cognome|nome completo|nominativo|intestatario|full name|fullname|your name|name|ad və soyad|' +
    'ad soyad|adı soyadı|姓名|nombre completo|nombre y apellidos|nom complet|nom et prénom|prénom et nom|' +
    'vollständiger name|vor- und nachname',
  search: 'cerca|ricerca|search|axtar*|搜索|查找|buscar|búsqueda|rechercher|recherche|suchen|suche|q',
  captcha:
    'captcha|recaptcha|codice di controllo|immagine|image|şəkil*|security text|təhlükəsizlik kodu|验证码|图中|' +
    'imagen|bild',
  /** The SIM's serial: never confused with its number. */
  iccid:
    'iccid|icc id|icc|numero sim|numero della sim|numero seriale|seriale|codice sim|carta sim|sim card|' +
    'sim serial|serial number|sim kart*|sim nömrə*|sim卡|número de sim|numéro sim|carte sim|' +
    'sim-kartennummer|simkartennummer|sim nummer|seriennummer',
  ccNumber:
    'numero carta|numero della carta|numero di carta|carta di credito|card number|cardnumber|credit card|' +
    'debit card|ccnum|cc number|cc num|pan|kart nömrəsi|kartın nömrəsi|bank kartı|卡号|银行卡|信用卡|' +
    'número de tarjeta|tarjeta de crédito|numéro de carte|carte bancaire|carte de crédit|kartennummer|' +
    'kreditkarte*',
  ccExp:
    'scadenza|expiry|expiration|exp|exp date|valid thru|mm/aa|mm/yy|mm / aa|mm / yy|aa/ii|cc exp|ccexp|' +
    'son istifadə tarixi|bitmə tarixi|etibarlılıq*|有效期|到期|caducidad|vencimiento|date d expiration|' +
    'ablaufdatum|gültig bis',
  ccCsc:
    'cvv|cvc|cvv2|cvc2|csc|cid|codice di sicurezza|security code|card verification|cvv kodu|安全码|' +
    'código de seguridad|cryptogramme|code de sécurité|kartenprüfnummer|prüfnummer|cc csc',
  ccName:
    'titolare della carta|titolare carta|intestatario della carta|intestatario carta|nome sulla carta|' +
    'cardholder|card holder|name on card|holder name|kart sahibi*|持卡人|titular de la tarjeta|' +
    'titulaire de la carte|titulaire|karteninhaber|cc name',
  /** A card named without saying which field: with a card-number shape it is the number. */
  card: 'carta|card|kart|kartı|tarjeta|carte|karte|卡',
  /** Fields we never fill and that would otherwise look like ours (a name, a number, a code). */
  leftAlone:
    'password|parola d ordine|passwort|contraseña|mot de passe|şifrə|sifre|密码|otp|one-time|codice otp|' +
    'codice sms|sms code|verification code|codice di verifica|pin|puk|təsdiq kodu|təsdiqləmə kodu|' +
    'sms kod*|birdəfəlik*|doğrulama kodu|coupon|codice promozionale|promo|promo code|promocode|' +
    'codice sconto|discount code|voucher|buono|gift card|kupon|优惠码|cupón|código promocional|code promo|' +
    'gutschein*|username|user name|nome utente|company name|nome azienda|ragione sociale|nickname|' +
    'codice fiscale|partita iva|indirizzo|address|città|city|cap|zip|postal code',
} satisfies Record<string, string>;

export type HintKind = keyof typeof HINTS;

/** One bit per hint kind, so one scan of a text answers every question about it. */
export const HINT_BITS = Object.fromEntries(Object.keys(HINTS).map((kind, index) => [kind, 1 << index])) as Record<
  HintKind,
  number
>;

const MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\0-\x7f]/;
// One character class (fast to scan); runs of spaces and the ends are checked apart.
/** Anything the rest of normalise would change: not printable ASCII, an apostrophe, a space at an end or doubled. */
const UNUSUAL = /[^\x20-\x7e]|['`]|^ | $| {2}/;
const ODD_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'’`]/;

/**
 * Lower case, accents off, spaces collapsed, at most ~200 characters: the one form every text
 * is compared in. Dotless ı folds to i so "SOYADI" and "soyadı" meet; ə stays (it is a
 * letter of its own, not an accented e).
 */
export function normalise(text: string): string {
  if (!text) return '';
  let folded = (text.length > 200 ? text.slice(0, 200) : text).toLowerCase();
  // Most texts are plain ASCII with single inner spaces: done in one test.
  if (!UNUSUAL.test(folded)) return folded;
  if (NON_ASCII.test(folded)) folded = folded.normalize('NFD').replace(MARKS, '').replace(/ı/g, 'i');
  // "d'ordine", "nell’immagine": apostrophes part words as spaces do.
  const uneven = ODD_SPACE.test(folded) || folded.includes('  ') || folded.startsWith(' ') || folded.endsWith(' ');
  return uneven ? folded.replace(/[\s'’`]+/g, ' ').trim() : folded;
}

/** name="msisdnConferma", id="first_name" → "msisdn conferma", "first name": identifiers read as words. */
export function identifierWords(identifier: string): string {
  return normalise(/[A-Z_\-.[\]]/.test(identifier) ? identifier.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.[\]]+/g, ' ') : identifier);
}

const CJK = /[\u3400-\u9fff]/;
/**
 * A run of the letters hints are written in: a-z, Latin with accents, ə and the rest of
 * IPA. Each is a letter (\p{L}), so a hint's first word is always one such run of a text.
 */
const WORD = /[a-z\u00df-\u00f6\u00f8-\u02af]+/g;
/** A letter right before, or right at, `lastIndex`: a word's edges as a pattern's lookarounds see them. */
const LETTER_BEFORE = /(?<=\p{L})/uy;
const LETTER_AT = /(?=\p{L})/uy;
const letter = (edge: RegExp, text: string, at: number) => ((edge.lastIndex = at), edge.test(text));
const bitsOfHint = new Map<string, number>();
/** Whole hints by their first word ("numero" → "numero da ricaricare", "numero carta"…), longest first. */
const WHOLE = new Map<string, string[]>();
/** Stems by their first three letters ("nom" → "nomrə"), longest first: they take any ending. */
const STEMS = new Map<string, string[]>();
const cjkHints: string[] = [];
/** Built on the first text with CJK in it: most pages have none. */
let cjkPattern: RegExp | undefined;

const keys: [string, boolean][] = [];
for (const [kind, hints] of Object.entries(HINTS)) {
  for (const hint of hints.split('|')) {
    const stem = hint.endsWith('*');
    const key = normalise(stem ? hint.slice(0, -1) : hint);
    if (!bitsOfHint.has(key)) keys.push([key, stem]);
    bitsOfHint.set(key, (bitsOfHint.get(key) ?? 0) | HINT_BITS[kind as HintKind]);
  }
}
// Longest first: at each place the phrase beats the words inside it ("numero carta", not "numero").
for (const [key, stem] of keys.sort(([a], [b]) => b.length - a.length)) {
  // A one-character CJK hint counts only on its own, between no other CJK characters.
  if (CJK.test(key)) cjkHints.push(key.length === 1 ? `(?<![\\u3400-\\u9fff])${key}(?![\\u3400-\\u9fff])` : key);
  else {
    // hints.test.ts checks that every such hint starts with a word, and a stem with three letters.
    const [lists, first] = stem ? [STEMS, key.slice(0, 3)] : [WHOLE, key.match(WORD)![0]];
    if (!lists.get(first)?.push(key)) lists.set(first, [key]);
  }
}

/**
 * The hint kinds a normalised text mentions, as HINT_BITS or-ed together. Reads the text as
 * one pattern of every hint would (`(?<!\p{L})(?:whole hints)(?!\p{L})|(?<!\p{L})(?:stems)|cjk`,
 * longest first, left to right), as hints.test.ts checks against that pattern: at each word
 * that starts after no letter, the longest whole hint that ends before no letter, else the
 * longest stem; then the CJK hints. That one pattern of ~400 hints cost every cold page
 * ~3 ms to compile; these look-ups compile nothing of that size.
 */
export function hintsIn(text: string): number {
  if (!text) return 0;
  let bits = 0;
  WORD.lastIndex = 0;
  for (let found = WORD.exec(text); found; found = WORD.exec(text)) {
    const at = found.index;
    // A word inside a run of other letters (upper case, Greek…): no hint starts in it.
    if (letter(LETTER_BEFORE, text, at)) continue;
    const word = found[0];
    const hint =
      WHOLE.get(word)?.find((each) => text.startsWith(each, at) && !letter(LETTER_AT, text, at + each.length)) ??
      STEMS.get(word.slice(0, 3))?.find((each) => text.startsWith(each, at));
    if (hint) {
      bits |= bitsOfHint.get(hint)!;
      WORD.lastIndex = at + hint.length;
    }
  }
  if (CJK.test(text)) {
    cjkPattern ??= new RegExp(cjkHints.join('|'), 'g');
    for (const [match] of text.matchAll(cjkPattern)) bits |= bitsOfHint.get(match)!;
  }
  return bits;
}

/** Currency signs and words as top-up forms write them ("10 €", "10 AZN", "10 man."), by the ISO code each means. */
const CURRENCIES: Record<string, string[]> = {
  EUR: ['€', 'eur', 'euro'],
  AZN: ['₼', 'azn', 'manat', 'man'],
  USD: ['$', 'usd'],
  GBP: ['£', 'gbp'],
  TRY: ['₺', 'try', 'tl'],
  CHF: ['chf'],
  CNY: ['¥', '元', 'cny', 'rmb'],
};

/** The ISO code a currency sign or word stands for ("€" → EUR, "Man." → AZN); undefined for others. */
export function currencyCode(sign: string): string | undefined {
  const word = sign.toLowerCase().replace(/\.$/, '');
  return Object.keys(CURRENCIES).find((code) => CURRENCIES[code]!.includes(word));
}

/**
 * A letter beside a currency word ("10 euro", not "10 europa"): Latin with its accents and
 * ə, Greek, Cyrillic, CJK. Not \p{L}: that needs the `u` flag, with which the money pattern
 * cost a cold page some 3 ms to compile (a 5-control page, classify 13.3 → 10.5 ms), more
 * than classifying its fields.
 */
const LETTER = '[a-z\\u00c0-\\u02af\\u0370-\\u04ff\\u3400-\\u9fff]';
const SIGNS = Object.values(CURRENCIES).flat();
/** A currency sign, or a currency word that is not part of a longer word, maybe with a dot ("man."). For patterns with the `i` flag. */
export const CURRENCY = `(?:[${SIGNS.filter((sign) => sign.length === 1).join('')}]|(?<!${LETTER})(?:${SIGNS.filter((sign) => sign.length > 1).join('|')})(?!${LETTER})\\.?)`;

/** "10 €", "€ 10,00", "25 ₼", "10 AZN", "10 euro": an amount with its currency. */
export const MONEY = new RegExp(`${CURRENCY}\\s?\\d|\\d(?:[.,]\\d{1,2})?\\s?${CURRENCY}`, 'i');
