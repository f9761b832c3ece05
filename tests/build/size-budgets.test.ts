import { describe, expect, it } from 'vitest';
import { BUILDS } from './built-extension';
import { measureEntries, SIZE_BUDGETS_GZIP } from './size-budgets';

describe('size budgets (gzip, production Chrome build)', () => {
  const sizes = measureEntries(BUILDS.chrome);

  it('measures every budgeted entry, following its imports', () => {
    expect(sizes.map((size) => size.entry).sort()).toEqual(Object.keys(SIZE_BUDGETS_GZIP).sort());
    const popup = sizes.find((size) => size.entry === 'popup')!;
    expect(popup.files.length).toBeGreaterThan(1); // the page script and its shared chunk
  });

  it.each(Object.entries(SIZE_BUDGETS_GZIP))('%s stays within %d bytes', (entry, budget) => {
    const size = sizes.find((measured) => measured.entry === entry)!;
    expect(size.gzipBytes, `${entry}: ${size.files.join(', ')}`).toBeLessThanOrEqual(budget);
  });
});
