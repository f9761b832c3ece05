/** One reported number. `target` is shown beside it, never enforced here. */
export interface Figure {
  label: string;
  value: number;
  unit: string;
  target?: number;
}

export interface Benchmark {
  name: string;
  run(): Promise<Figure[]>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
