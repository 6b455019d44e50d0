// lib/timeline: trace events → what the timeline draws and says. No React here.
export type { TraceEvent, TraceEventKind, SkipReason } from "../background-tasks/src/trace";
export type { Lane, Marker, MarkerKind, NotRunGroup, NotRunTask, Placement, RequestInfo, Span, SpanKind, SpanState, TimelineItem, TimelineLayout } from "./model";
export type { Tick } from "./time-axis";
export type { EventRow } from "./event-table";
export type { LayoutOptions } from "./layout";
export type { LaneId, NotRunReason } from "./vocabulary";
export { layoutTimeline } from "./layout";
export { summarizeRun } from "./summary";
export { eventTableRows } from "./event-table";
export { describeEvent } from "./describe-event";
export { formatTick, formatTime } from "./format-time";
export { niceStep, timeTicks } from "./time-axis";
export { toPixels } from "./to-pixels";
export { sortEvents } from "./sort-events";
export { syntheticTrace } from "./synthetic-trace";
export { LANE_LABELS, NOT_RUN_BECAUSE } from "./vocabulary";
export { describeItem } from "./describe-item";
export type { ItemDescription } from "./describe-item";
