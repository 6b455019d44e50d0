import type { TraceEvent } from "../background-tasks/src/trace";

/** Events by time; equal times keep their arrival order (Array.prototype.sort is stable). */
export function sortEvents(events: readonly TraceEvent[]): TraceEvent[] {
  return [...events].sort((a, b) => a.t - b.t);
}
