// The text alternative of the timeline: one row per event, in time order.
import type { TraceEventKind } from "../background-tasks/src/trace";
import { describeEvent } from "./describe-event";
import { formatTime } from "./format-time";
import type { TimelineLayout } from "./model";
import { LANE_LABELS, type LaneId } from "./vocabulary";

export interface EventRow {
  key: string;
  kind: TraceEventKind;
  /** Milliseconds from the start of the run. */
  t: number;
  time: string;
  lane: string;
  /** "Petición 2", or "—" for output that belongs to no request. */
  request: string;
  description: string;
}

const LANE_OF: Record<TraceEventKind, LaneId | "console"> = {
  "client.sent": "client",
  "client.received": "client",
  "request.received": "server",
  "dependency.start": "server",
  "dependency.end": "server",
  "handler.start": "server",
  "handler.end": "server",
  "task.added": "server",
  "response.sent": "server",
  "task.start": "tasks",
  "task.end": "tasks",
  "task.error": "tasks",
  "tasks.skipped": "tasks",
  log: "console",
};

export function eventTableRows(layout: TimelineLayout): EventRow[] {
  const indexOf = new Map(layout.requests.map((r) => [r.id, r.index]));
  return layout.events.map((event, i) => {
    const lane = LANE_OF[event.kind];
    const index = indexOf.get(event.requestId);
    const t = event.t - layout.origin;
    return {
      key: `${i}`,
      kind: event.kind,
      t,
      time: formatTime(t, 1),
      lane: lane === "console" ? "Consola" : LANE_LABELS[lane],
      request: index !== undefined ? `Petición ${index}` : "—",
      description: describeEvent(event),
    };
  });
}
