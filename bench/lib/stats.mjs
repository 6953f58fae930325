export function sorted(values) {
  return [...values].sort((a, b) => a - b);
}

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(values, p) {
  const s = sorted(values);
  if (s.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))];
}

export function median(values) {
  const s = sorted(values);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function summary(values) {
  return { n: values.length, min: Math.min(...values), median: median(values), p90: percentile(values, 90), max: Math.max(...values) };
}

export const ms = (v, digits = 1) => (Number.isFinite(v) ? `${v.toFixed(digits)} ms` : 'n/a');
export const s = (vMs, digits = 2) => (Number.isFinite(vMs) ? `${(vMs / 1000).toFixed(digits)} s` : 'n/a');
export const mib = (kB) => (Number.isFinite(kB) ? `${(kB / 1024).toFixed(0)} MiB` : 'n/a');

export function summaryLine(label, values, fmt = ms) {
  const x = summary(values);
  return `${label.padEnd(34)} n=${String(x.n).padStart(3)}  min ${fmt(x.min)}  median ${fmt(x.median)}  p90 ${fmt(x.p90)}  max ${fmt(x.max)}`;
}

/** A small seeded generator, so that a run's random gaps are the same each time. */
export function seededRandom(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
