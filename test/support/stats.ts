// Order statistics for the benchmarks' figures (test/bench/): one definition, so that a p95 or a median means the
// same in every benchmark that prints one.

/** The q-quantile by nearest rank (q = 0.95: the value 95 % of the samples are at or under); NaN for no sample. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
}

/** The median, the two middle samples' mean for an even count; NaN for no sample. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}
