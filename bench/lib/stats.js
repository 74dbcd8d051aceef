// Summaries of repeated runs. A median with its interquartile range says what a typical run costs and
// how much runs disagree, without one slow outlier (a GC, a scheduler hiccup) moving the figure.

/**
 * @typedef {object} Summary
 * @property {number} median
 * @property {number} q1 25th percentile
 * @property {number} q3 75th percentile
 * @property {number} min
 * @property {number} max
 * @property {number} runs
 */

/** The value at fraction `p` (0–1) of sorted `values`, interpolating between neighbours. */
function quantile(/** @type {number[]} */ sorted, /** @type {number} */ p) {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = /** @type {number} */ (sorted[below]);
  const high = /** @type {number} */ (sorted[Math.min(below + 1, sorted.length - 1)]);
  return low + (high - low) * (position - below);
}

/** @param {number[]} values @returns {Summary} */
export function summarize(values) {
  if (values.length === 0 || values.some((value) => !Number.isFinite(value))) {
    throw new Error(`Cannot summarise ${JSON.stringify(values)}: every run must give a finite number.`);
  }
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: quantile(sorted, 0),
    max: quantile(sorted, 1),
    runs: sorted.length,
  };
}

/** `123 ms (IQR 118–130, n 15)`, rounded to what the unit can tell. */
export function formatSummary(/** @type {Summary} */ summary, unit = 'ms', digits = unit === 'ms' ? 0 : 2) {
  const round = (/** @type {number} */ value) => value.toFixed(digits);
  return `${round(summary.median)} ${unit} (IQR ${round(summary.q1)}–${round(summary.q3)}, n ${summary.runs})`;
}
