import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activationCodeArbitrary, planArbitrary } from '../../tests/support/arbitraries';
import { aPlan } from '../../tests/support/plans';
import { CSV_COLUMNS, exportCsv } from './export-csv';

const LPA = 'LPA:1$rsp.truphone.com$QR-G-5C-1LS-1W1Z9P7';
const carriers = new Map([['tim', { name: 'TIM', currency: 'EUR' }]]);

/** RFC 4180, strictly: what a spreadsheet would read back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field: string;
  let index = 0;
  while (index < text.length) {
    if (text[index] === '"') {
      const end = /"(?:[^"]|"")*"/y;
      end.lastIndex = index;
      const quoted = end.exec(text);
      if (!quoted) throw new Error(`unclosed quote at ${index}`);
      field = quoted[0].slice(1, -1).replaceAll('""', '"');
      index = end.lastIndex;
    } else {
      const plain = /[^,\r\n"]*/y;
      plain.lastIndex = index;
      field = plain.exec(text)![0];
      index = plain.lastIndex;
    }
    row.push(field);
    if (text[index] === ',') index += 1;
    else if (text.startsWith('\r\n', index)) {
      rows.push(row);
      row = [];
      index += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[index])} at ${index}`);
  }
  if (row.length > 0) throw new Error('last row has no line end');
  return rows;
}

const table = (text: string) => {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index]])));
};

describe('exportCsv', () => {
  it('starts with the documented header row', () => {
    expect(exportCsv([])).toBe(
      'id,label,carrier,country,coverage,phone number,ICCID,plan name,starts at,expires at,expiry precision,time zone,period,' +
        'renewal day,price,currency,top-up amount,auto-renew,data allowance MB,data left MB,last top-up,number kept until,' +
        'email,holder name,renewal page,archived,notes,created at,updated at\r\n',
    );
  });

  it('writes one row per plan, soonest expiry first, with every column filled as documented', () => {
    const rows = table(
      exportCsv(
        [
          aPlan({ id: 'later', expiresAt: '2027-01-10T20:00:00.000Z', carrierId: 'custom', carrierName: 'Holafly' }),
          aPlan({
            price: { amount: 9.99, currency: 'EUR' },
            period: { unit: 'month', count: 1 },
            dataAllowanceMB: 153600,
            dataLeftMB: 1024.5,
            coverage: ['IT', 'SM'],
            autoRenew: true,
            iccid: '8939012345678901238',
          }),
        ],
        carriers,
      ),
    );
    expect(rows.map((row) => row.id)).toEqual(['plan-rome', 'later']);
    expect(rows[0]).toMatchObject({
      label: 'Rome eSIM',
      carrier: 'TIM',
      coverage: 'IT SM',
      ICCID: '8939012345678901238',
      'expires at': '2026-12-02T12:00:00.000Z',
      'expiry precision': 'instant',
      'time zone': 'Europe/Rome',
      period: 'P1M',
      price: '9.99',
      currency: 'EUR',
      'auto-renew': 'true',
      'data allowance MB': '153600',
      'data left MB': '1024.5',
      archived: 'false',
      'phone number': '',
    });
    expect(rows[1]).toMatchObject({ carrier: 'Holafly', currency: '' });
    expect(Object.keys(rows[0]!)).toHaveLength(CSV_COLUMNS.length);
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const label = 'Mum’s "TIM", Rome';
    const notes = 'line one\r\nline two\nthree, "four"';
    expect(table(exportCsv([aPlan({ label, notes })]))[0]).toMatchObject({ label, notes });
  });

  it.each([
    ['=HYPERLINK("https://example.com","click")'],
    ['+1+2'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('keeps a spreadsheet from running %j as a formula', (text) => {
    const [row] = table(exportCsv([aPlan({ label: text, notes: text })]));
    expect(row).toMatchObject({ label: `'${text}`, notes: `'${text}` });
  });

  it('writes phone numbers as text, not as a sum', () => {
    expect(table(exportCsv([aPlan({ phoneNumber: '+393331234567' })]))[0]!['phone number']).toBe("'+393331234567");
  });

  it('never writes an activation code, not even one pasted into the notes', () => {
    const text = exportCsv([aPlan({ activationCode: LPA, notes: `QR: ${LPA}; id QR-G-5C-1LS-1W1Z9P7; other lpa:1$smdp.io$SECRET99` })]);
    expect(text).not.toContain(LPA);
    expect(text).not.toContain('QR-G-5C-1LS-1W1Z9P7');
    expect(text).not.toContain('SECRET99');
    expect(text).toContain('QR: LPA:1$••••••••; id ••••••••; other LPA:1$••••••••');
  });

  it('never writes any plan’s activation code', () => {
    fc.assert(
      fc.property(fc.array(planArbitrary, { maxLength: 4 }), activationCodeArbitrary, (plans, code) => {
        const withCodes = plans.map((plan) => ({ ...plan, activationCode: code, notes: `${plan.notes ?? ''} ${code}`.trim() }));
        const text = exportCsv(withCodes);
        expect(text.toUpperCase()).not.toContain(code.toUpperCase());
        expect(parseCsv(text)).toHaveLength(plans.length + 1);
      }),
      { numRuns: 200 },
    );
  });
});
