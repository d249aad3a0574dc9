export function medianOf(values: readonly number[]): number;
export function ratioOfMedians(
  a: readonly number[],
  b: readonly number[],
  options?: { resamples?: number; seed?: number },
): { ratio: number; low: number; high: number };
