// A time axis with "nice" steps (1, 2, 2.5, 5 × 10^k ms), readable from microseconds to minutes.
import { formatTick } from "./format-time";

export interface Tick {
  /** Milliseconds from the start of the run. */
  t: number;
  /** Fraction of the plot's width, 0 to 1. */
  x: number;
  label: string;
}

const STEP_MULTIPLIERS = [1, 2, 2.5, 5, 10];

/** The smallest nice step that splits `domainMs` into at most `maxIntervals` parts. */
export function niceStep(domainMs: number, maxIntervals: number): number {
  if (!(domainMs > 0)) return 1;
  const raw = domainMs / Math.max(1, maxIntervals);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const multiplier of STEP_MULTIPLIERS) {
    const step = multiplier * magnitude;
    if (step >= raw * (1 - 1e-9)) return step;
  }
  return 10 * magnitude;
}

/** Ticks from 0 to `domainMs` (inclusive when it falls on a step). */
export function timeTicks(domainMs: number, maxIntervals = 5): Tick[] {
  const step = niceStep(domainMs, maxIntervals);
  const ticks: Tick[] = [];
  for (let i = 0; ; i++) {
    // Multiply rather than accumulate, so 0.1 + 0.2 drift never shows up in a label.
    const t = i * step;
    if (t > domainMs * (1 + 1e-9)) break;
    ticks.push({ t, x: domainMs > 0 ? t / domainMs : 0, label: formatTick(t, step) });
  }
  return ticks;
}
