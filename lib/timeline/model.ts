// The layout model: what the timeline draws, in run-relative milliseconds and width fractions.
import type { TraceEvent } from "../background-tasks/src/trace";
import type { Tick } from "./time-axis";
import type { LaneId, NotRunReason } from "./vocabulary";

export interface Lane {
  id: LaneId;
  label: string;
  /** Sub-rows needed so that nothing overlaps (at least 1). */
  rows: number;
}

/** Where an item sits and which request it belongs to. */
export interface Placement {
  lane: LaneId;
  row: number;
  requestId: string;
  /** 1-based position of the request in the run ("Petición 1"). */
  request: number;
}

export type SpanKind = "client" | "dependency" | "handler" | "task";
/** `open`: started, no end in the trace (still running when `live`, otherwise cut short). */
export type SpanState = "done" | "failed" | "open";

export interface Span extends Placement {
  type: "span";
  id: string;
  kind: SpanKind;
  /** Task or dependency function name, handler route, or the client's "METHOD path". */
  name: string;
  /** Milliseconds from the start of the run. */
  start: number;
  end: number;
  /** Fractions of the plot width. */
  x0: number;
  x1: number;
  state: SpanState;
  taskId?: string;
  args?: string[];
  error?: string;
  status?: number;
}

export type MarkerKind = "client.sent" | "request.received" | "task.added" | "response.sent" | "client.received";

export interface Marker extends Placement {
  type: "marker";
  id: string;
  kind: MarkerKind;
  t: number;
  x: number;
  /** Task name for task.added; "METHOD path" for the request markers. */
  name?: string;
  taskId?: string;
  args?: string[];
  status?: number;
}

export interface NotRunTask {
  taskId: string;
  name: string;
  args?: string[];
}

/** Tasks of one request that never ran, drawn together at the moment it was decided. */
export interface NotRunGroup extends Placement {
  type: "not-run";
  id: string;
  reason: NotRunReason;
  t: number;
  x: number;
  tasks: NotRunTask[];
}

export interface RequestInfo {
  id: string;
  index: number;
  method?: string;
  path?: string;
  /** The client's status if it got one, else the server's. */
  status?: number;
  sent?: number;
  received?: number;
  responseSent?: number;
  requestReceived?: number;
  addedTasks: number;
  tasks: Span[];
  notRun: NotRunGroup[];
}

/** Anything drawn and focusable. */
export type TimelineItem = Span | Marker | NotRunGroup;

export interface TimelineLayout {
  /** Absolute `t` of the first event (0 when there are none). */
  origin: number;
  /** Milliseconds from the first to the last event. */
  duration: number;
  /** Milliseconds the width represents (duration, or 1 ms for an empty or instant run). */
  domain: number;
  live: boolean;
  lanes: Lane[];
  spans: Span[];
  markers: Marker[];
  notRun: NotRunGroup[];
  /** Spans, markers and not-run groups by request, then time: the reading (and Tab) order. */
  items: TimelineItem[];
  requests: RequestInfo[];
  ticks: Tick[];
  /** The input, sorted by time (stable). */
  events: TraceEvent[];
}
