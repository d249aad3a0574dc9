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

/**
 * median(a) ÷ median(b), and the 2.5th and 97.5th percentiles of that ratio over `resamples` bootstrap draws.
 * NaN throughout when either side has no finite value.
 */
export function ratioOfMedians(a, b, { resamples = 2000, seed = 1 } = {}) {
  const xs = a.filter(Number.isFinite);
  const ys = b.filter(Number.isFinite);
  const ratio = medianOf(xs) / medianOf(ys);
  if (!xs.length || !ys.length) return { ratio: NaN, low: NaN, high: NaN };
  const random = randomFrom(seed);
  const draw = (values) => values.map(() => values[Math.floor(random() * values.length)]);
  const ratios = [];
  for (let i = 0; i < resamples; i++) ratios.push(medianOf(draw(xs)) / medianOf(draw(ys)));
  ratios.sort((p, q) => p - q);
  const at = (quantile) => ratios[Math.min(ratios.length - 1, Math.floor(quantile * ratios.length))];
  return { ratio, low: at(0.025), high: at(0.975) };
}
