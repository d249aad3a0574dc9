// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { medianOf, medianWithInterval, ratioOfMedians } from './bench-stats.mjs';

describe('medianOf', () => {
  it('takes the middle value, the lower of two for an even count, and skips what is not a number', () => {
    expect(medianOf([3, 1, 2])).toBe(2);
    expect(medianOf([4, 1, 3, 2])).toBe(2);
    expect(medianOf([5, Number.NaN, 1, Number.POSITIVE_INFINITY, 3])).toBe(3);
    expect(medianOf([])).toBeNaN();
  });
});

describe('ratioOfMedians', () => {
  const steady = Array.from({ length: 15 }, (_, i) => 1000 + i);
  const spread = Array.from({ length: 15 }, (_, i) => 800 + 40 * i);

  it('gives the ratio of the medians inside an interval that holds it', () => {
    const { ratio, low, high } = ratioOfMedians(
      spread,
      steady.map((x) => 2 * x),
    );
    expect(ratio).toBeCloseTo(medianOf(spread) / medianOf(steady.map((x) => 2 * x)), 10);
    expect(low).toBeLessThanOrEqual(ratio);
    expect(high).toBeGreaterThanOrEqual(ratio);
  });

  it('gives a wider interval to loads that spread more, and none to loads that do not move', () => {
    const flat = ratioOfMedians(
      steady.map(() => 600),
      steady.map(() => 1000),
    );
    expect([flat.ratio, flat.low, flat.high]).toEqual([0.6, 0.6, 0.6]);
    const narrow = ratioOfMedians(steady, steady);
    const wide = ratioOfMedians(spread, steady);
    expect(wide.high - wide.low).toBeGreaterThan(narrow.high - narrow.low);
  });

  it('prints the same interval for the same loads (seeded), another for another seed', () => {
    expect(ratioOfMedians(spread, steady)).toEqual(ratioOfMedians(spread, steady));
    expect(ratioOfMedians(spread, steady, { seed: 2 })).not.toEqual(ratioOfMedians(spread, steady));
  });

  it('says NaN when a side has no load', () => {
    expect(ratioOfMedians([], steady)).toEqual({ ratio: Number.NaN, low: Number.NaN, high: Number.NaN });
    expect(ratioOfMedians(steady, [Number.NaN])).toEqual({
      ratio: Number.NaN,
      low: Number.NaN,
      high: Number.NaN,
    });
  });
});

describe('medianWithInterval', () => {
  // Blocking times of 15 loads at 4× CPU, as they come: mostly small, a few loads far above.
  const loads = [4, 7, 0, 25, 39, 29, 67, 78, 0, 11, 5, 7, 0, 12, 16];

  it('gives the median inside its interval, and how many loads met the limit', () => {
    const { median, low, high, within, of } = medianWithInterval(loads, { limit: 20 });
    expect(median).toBe(11);
    expect(low).toBeLessThanOrEqual(median);
    expect(high).toBeGreaterThanOrEqual(median);
    expect(high).toBeLessThan(78);
    expect([within, of]).toEqual([10, 15]);
  });

  it('narrows with more loads of the same spread, and is the same for the same loads', () => {
    const few = medianWithInterval(loads.slice(0, 5));
    const many = medianWithInterval([...loads, ...loads, ...loads]);
    expect(many.high - many.low).toBeLessThan(few.high - few.low);
    expect(medianWithInterval(loads)).toEqual(medianWithInterval(loads));
  });

  it('says NaN without a load, and counts every load within an absent limit', () => {
    expect(medianWithInterval([Number.NaN])).toEqual({ median: NaN, low: NaN, high: NaN, within: 0, of: 0 });
    expect(medianWithInterval(loads).within).toBe(15);
  });
});
