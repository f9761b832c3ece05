import { describe, expect, it } from 'vitest';
import { fuzzImport } from './backup-fuzz';

describe('fuzzImport', () => {
  it('finds no crash, partial write or pollution in a few hundred malformed backups', async () => {
    const report = await fuzzImport(300, 20261120);
    expect(report.samples).toEqual([]);
    expect(report).toMatchObject({
      inputs: 300,
      crashes: 0,
      partialWrites: 0,
      wrongWrites: 0,
      unexpectedImportFailures: 0,
      prototypePollutions: 0,
    });
    // The sample reaches every stage: refusals of several kinds, imports, and failures midway.
    expect(Object.keys(report.refused).length).toBeGreaterThanOrEqual(5);
    expect(report.accepted).toBeGreaterThan(10);
    expect(report.injectedFailures).toBeGreaterThan(3);
  });
});
