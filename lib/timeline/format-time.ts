// Spanish renderings of times on a run's clock: "0 ms", "0,25 ms", "250 ms", "1,5 s".

const formatters = new Map<number, Intl.NumberFormat>();

function formatNumber(value: number, maxDecimals: number): string {
  let formatter = formatters.get(maxDecimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat("es-ES", { maximumFractionDigits: maxDecimals, useGrouping: true });
    formatters.set(maxDecimals, formatter);
  }
  // Avoid "-0" for values that round to zero.
  const text = formatter.format(value);
  return text === "-0" ? "0" : text;
}

/** A tick label: `step` (ms) decides how many decimals the axis needs, so labels stay aligned. */
export function formatTick(ms: number, stepMs: number): string {
  if ((ms >= 1000 && stepMs >= 10) || stepMs >= 1000) return `${formatNumber(ms / 1000, decimalsFor(stepMs / 1000))} s`;
  return `${formatNumber(ms, decimalsFor(stepMs))} ms`;
}

/** An instant or a duration with the precision a reader needs at that size. */
export function formatTime(ms: number, extraDecimals = 0): string {
  const abs = Math.abs(ms);
  if (abs >= 1000) return `${formatNumber(ms / 1000, 2 + extraDecimals)} s`;
  const decimals = abs === 0 ? 0 : abs < 1 ? 3 : abs < 10 ? 2 : abs < 100 ? 1 : 0;
  return `${formatNumber(ms, Math.max(0, decimals - 1) + extraDecimals)} ms`;
}

/** Two times formatted with enough precision that different values never read the same. */
export function formatDistinct(a: number, b: number): [string, string] {
  for (let extra = 0; extra < 4; extra++) {
    const pair: [string, string] = [formatTime(a, extra), formatTime(b, extra)];
    if (a === b || pair[0] !== pair[1]) return pair;
  }
  return [formatTime(a, 4), formatTime(b, 4)];
}

/** How many decimals a step such as 0.25 or 2.5 needs to be printed exactly. */
function decimalsFor(step: number): number {
  for (let decimals = 0; decimals < 6; decimals++) {
    const scaled = step * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, scaled)) return decimals;
  }
  return 6;
}
