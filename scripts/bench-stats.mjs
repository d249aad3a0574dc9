// The statistics the benchmark scripts print: medians, and a ratio of medians with the interval it could plausibly
// take given the spread of the loads (a bootstrap: the loads of each app drawn again with replacement, many times).
// A cold load on a loaded 2-core machine moves by ±15 %, so one ratio of medians alone can cross a target by chance;
// the interval says how far it may be trusted. Seeded, so the same loads always print the same interval.

/** The median (the lower of the two middle values for an even count); NaN without a finite value. */
export function medianOf(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
}

/** A small seeded generator of numbers in [0, 1) (mulberry32). */
function randomFrom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 2.5th and 97.5th percentiles of `statistic` over `resamples` draws of each of `sets` (with replacement). */
function bootstrapInterval(sets, statistic, { resamples = 2000, seed = 1 } = {}) {
  const random = randomFrom(seed);
  const draw = (values) => values.map(() => values[Math.floor(random() * values.length)]);
  const figures = [];
  for (let i = 0; i < resamples; i++) figures.push(statistic(...sets.map(draw)));
  figures.sort((p, q) => p - q);
  const at = (quantile) => figures[Math.min(figures.length - 1, Math.floor(quantile * figures.length))];
  return { low: at(0.025), high: at(0.975) };
}

/**
 * median(a) ÷ median(b), and the 2.5th and 97.5th percentiles of that ratio over `resamples` bootstrap draws.
 * NaN throughout when either side has no finite value.
 */
export function ratioOfMedians(a, b, options = {}) {
  const xs = a.filter(Number.isFinite);
  const ys = b.filter(Number.isFinite);
  if (!xs.length || !ys.length) return { ratio: NaN, low: NaN, high: NaN };
  const ratioOf = (p, q) => medianOf(p) / medianOf(q);
  return { ratio: ratioOf(xs, ys), ...bootstrapInterval([xs, ys], ratioOf, options) };
}

/**
 * The median of `values` with the interval it could plausibly take given their spread (the same bootstrap), and how
 * many of them are at most `limit` (a target: the share of loads that met it). NaN throughout without a value.
 */
export function medianWithInterval(values, { limit = Number.POSITIVE_INFINITY, ...options } = {}) {
  const xs = values.filter(Number.isFinite);
  const within = xs.filter((x) => x <= limit).length;
  if (!xs.length) return { median: NaN, low: NaN, high: NaN, within, of: 0 };
  return { median: medianOf(xs), ...bootstrapInterval([xs], medianOf, options), within, of: xs.length };
}
