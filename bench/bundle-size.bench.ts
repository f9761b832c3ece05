import path from 'node:path';
import { measureEntries, SIZE_BUDGETS_GZIP } from '../tests/build/size-budgets';
import type { Benchmark } from './benchmark';

/** JavaScript each entry loads, gzip, from the production Chrome build (npm run build). */
export default {
  name: 'bundle size',
  async run() {
    return measureEntries(path.resolve(import.meta.dirname, '../.output/chrome-mv3')).map((size) => ({
      label: `${size.entry} (gzip)`,
      value: size.gzipBytes,
      unit: 'bytes',
      target: SIZE_BUDGETS_GZIP[size.entry],
    }));
  },
} satisfies Benchmark;
