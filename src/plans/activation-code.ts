/**
 * The eSIM activation code, as in the QR code a seller sends (GSMA SGP.22):
 * `LPA:1$<SM-DP+ address>$<matching id>[$<SM-DP+ OID>[$<confirmation code required: 1>]]`.
 * The matching id may be empty. It is a secret: whoever has it can install the eSIM.
 */
export interface ActivationCode {
  smdpAddress: string;
  matchingId: string;
  smdpOid?: string;
  confirmationCodeRequired: boolean;
}

export type ActivationCodeProblem = 'activationCode.format' | 'activationCode.address';

export type ActivationCodeResult = { ok: true; value: ActivationCode } | { ok: false; problem: ActivationCodeProblem };

// A host name (or IPv4 address), optionally with a port. No scheme, no path.
const HOST = /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(:\d{1,5})?$/;
const OID = /^\d+(\.\d+)+$/;
// Matching ids are alphanumeric with dashes (SGP.22 allows [0-9A-Z-]; sellers use lower case too).
const MATCHING_ID = /^[0-9A-Za-z-]*$/;

export function parseActivationCode(input: string): ActivationCodeResult {
  const text = input.trim();
  if (!text.toUpperCase().startsWith('LPA:1$')) return { ok: false, problem: 'activationCode.format' };
  const parts = text.slice('LPA:1$'.length).split('$');
  if (parts.length < 2 || parts.length > 4) return { ok: false, problem: 'activationCode.format' };
  const [smdpAddress = '', matchingId = '', smdpOid, confirmation] = parts;
  if (!HOST.test(smdpAddress)) return { ok: false, problem: 'activationCode.address' };
  if (!MATCHING_ID.test(matchingId)) return { ok: false, problem: 'activationCode.format' };
  if (smdpOid !== undefined && smdpOid !== '' && !OID.test(smdpOid)) return { ok: false, problem: 'activationCode.format' };
  if (confirmation !== undefined && confirmation !== '1') return { ok: false, problem: 'activationCode.format' };
  return {
    ok: true,
    value: {
      smdpAddress,
      matchingId,
      ...(smdpOid ? { smdpOid } : {}),
      confirmationCodeRequired: confirmation === '1',
    },
  };
}

/** `LPA:1$smdp.io$••••••••` — enough to recognise it, not enough to use it. */
export function maskActivationCode(code: string): string {
  const parsed = parseActivationCode(code);
  if (!parsed.ok) return '••••••••';
  return `LPA:1$${parsed.value.smdpAddress}$••••••••`;
}
