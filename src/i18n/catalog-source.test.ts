import { describe, expect, it } from 'vitest';
import { catalogSource } from './catalog-source';

describe('catalogSource', () => {
  const italian = catalogSource(
    { emptyTitle: { message: 'Ancora nessun piano' } },
    (name) => (name === 'onlyInEnglish' ? 'English text' : ''),
  );

  it('reads names case-insensitively, as the browser does', () => {
    expect(italian('emptytitle')).toBe('Ancora nessun piano');
    expect(italian('EMPTYTITLE')).toBe('Ancora nessun piano');
  });

  it('falls back for names the chosen catalogue lacks', () => {
    expect(italian('onlyInEnglish')).toBe('English text');
    expect(italian('nowhere')).toBe('');
  });

  it('answers empty without a fallback', () => {
    expect(catalogSource({})('anything')).toBe('');
  });
});
