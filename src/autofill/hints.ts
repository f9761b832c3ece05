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
const bitsOfHint = new Map<string, number>();
/**
 * Splits a text into words for the sift (hintsIn): every character it keeps is a letter
 * (a-z, Latin with accents, ə and the rest of IPA), so each word lies inside one run of
 * letters as HINT_PATTERN's lookarounds see them.
 */
const WORD_BREAK = /[^a-z\u00df-\u00f6\u00f8-\u02af]+/;
/** The first word of every whole hint ("numero" of "numero carta", "cvv" of "cvv2"). */
const HEADS = new Set<string>();
/** The first three letters of every stem ("nom" of "nömrə*", "sim" of "sim kart*"). */
const STEM_STARTS = new Set<string>();

function compileHints(): RegExp {
  const whole: string[] = [];
  const stems: string[] = [];
  const cjk: string[] = [];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  for (const [kind, hints] of Object.entries(HINTS)) {
    for (const hint of hints.split('|')) {
      const stem = hint.endsWith('*');
      const key = normalise(stem ? hint.slice(0, -1) : hint);
      if (!bitsOfHint.has(key)) {
        if (CJK.test(key)) cjk.push(key.length === 1 ? `(?<![\\u3400-\\u9fff])${key}(?![\\u3400-\\u9fff])` : escape(key));
        else {
          (stem ? stems : whole).push(escape(key));
          // hints.test.ts checks that every such hint starts with a letter, and a stem with three.
          if (stem) STEM_STARTS.add(key.slice(0, 3));
          else HEADS.add(key.split(WORD_BREAK)[0]!);
        }
      }
      bitsOfHint.set(key, (bitsOfHint.get(key) ?? 0) | HINT_BITS[kind as HintKind]);
    }
  }
  // Longest first: at each position the phrase beats the words inside it.
  const longestFirst = (list: string[]) => list.sort((a, b) => b.length - a.length).join('|');
  return new RegExp(
    `(?<!\\p{L})(?:${longestFirst(whole)})(?!\\p{L})|(?<!\\p{L})(?:${longestFirst(stems)})|${longestFirst(cjk)}`,
    'gu',
  );
}

const HINT_PATTERN = compileHints();

/**
 * Whether `text` may mention a hint: whether one of its words starts a whole hint or three
 * of its first letters start a stem (CJK texts go straight to HINT_PATTERN). Most texts of
 * a page mention none ("Quantità prodotto 12", "Nota per l'ordine"), and this is cheaper
 * than the pattern. Never wrong the other way: a hint's first word is one of the text's
 * words wherever the pattern finds it (hints.test.ts compares the two on random texts).
 */
export function mayMentionHint(text: string): boolean {
  if (CJK.test(text)) return true;
  const words = text.split(WORD_BREAK);
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    if (HEADS.has(word) || (word.length >= 3 && STEM_STARTS.has(word.slice(0, 3)))) return true;
  }
  return false;
}

/** The hint kinds a normalised text mentions, as HINT_BITS or-ed together. */
export function hintsIn(text: string): number {
  return text && mayMentionHint(text) ? hintsByPattern(text) : 0;
}

/** hintsIn without the sift (exported for the sift's test). */
export function hintsByPattern(text: string): number {
  let bits = 0;
  HINT_PATTERN.lastIndex = 0;
  for (let match = HINT_PATTERN.exec(text); match; match = HINT_PATTERN.exec(text)) {
    // A one-character CJK hint matched with its lookarounds: the key is the match itself.
    bits |= bitsOfHint.get(match[0]) ?? 0;
  }
  return bits;
}

/**
 * A letter beside a currency word ("10 euro", not "10 europa"): Latin with its accents and
 * ə, Greek, Cyrillic, CJK. Not \p{L}: that needs the `u` flag, with which this one pattern
 * cost a cold page some 3 ms to compile (bench/autofill.bench.ts, a 5-control page: 13.3 →
 * 10.5 ms), more than classifying its fields.
 */
const LETTER = '[a-z\\u00c0-\\u02af\\u0370-\\u04ff\\u3400-\\u9fff]';
const CURRENCY = `(?:[€$£₼¥元]|(?<!${LETTER})(?:eur|euro|azn|manat|usd|gbp|chf|cny|rmb)(?!${LETTER}))`;

/** "10 €", "€ 10,00", "25 ₼", "10 AZN", "10 euro": an amount with its currency. */
export const MONEY = new RegExp(`${CURRENCY}\\s?\\d|\\d(?:[.,]\\d{1,2})?\\s?${CURRENCY}`, 'i');
