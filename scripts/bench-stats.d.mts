export function medianOf(values: readonly number[]): number;
export function ratioOfMedians(
  a: readonly number[],
  b: readonly number[],
  options?: { resamples?: number; seed?: number },
): { ratio: number; low: number; high: number };
export function medianWithInterval(
  values: readonly number[],
  options?: { limit?: number; resamples?: number; seed?: number },
): { median: number; low: number; high: number; within: number; of: number };
