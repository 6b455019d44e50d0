// Trace events → the timeline's layout model (lanes, sub-rows, spans, markers, axis).
import type { DependencyEvent, HandlerEvent, TraceEvent, TasksSkippedEvent } from "../background-tasks/src/trace";
import type {
  Lane,
  Marker,
  MarkerKind,
  NotRunGroup,
  RequestInfo,
  Span,
  SpanKind,
  TimelineItem,
  TimelineLayout,
} from "./model";
import { packRows } from "./pack-rows";
import { sortEvents } from "./sort-events";
import { timeTicks } from "./time-axis";
import { LANE_LABELS, type LaneId } from "./vocabulary";

export interface LayoutOptions {
  /** The run is still going: open spans are "running", not "cut short". */
  live?: boolean;
  /** Absolute time the run has reached (live runs), so running spans grow with the clock. */
  now?: number;
  /** Most axis intervals; 5 keeps labels apart at 360 px. */
  maxTicks?: number;
}

/** An interval as read from the trace; either end may be missing. */
interface RawSpan {
  kind: SpanKind;
  name: string;
  start?: number;
  end?: number;
  seq: number;
  taskId?: string;
  error?: string;
}

interface RawMarker {
  kind: MarkerKind;
  t: number;
  seq: number;
  name?: string;
  taskId?: string;
  args?: string[];
  status?: number;
}

interface RequestTrace {
  id: string;
  index: number;
  method?: string;
  path?: string;
  firstT: number;
  clientSent?: number;
  clientReceived?: number;
  clientStatus?: number;
  serverStatus?: number;
  requestReceived?: number;
  responseSent?: number;
  clientSeq: number;
  server: RawSpan[];
  tasks: RawSpan[];
  markers: RawMarker[];
  added: Map<string, { name: string; args: string[] }>;
  /** The latest run of each task id. */
  runs: Map<string, RawSpan>;
  skipped: { event: TasksSkippedEvent; seq: number }[];
}

export function layoutTimeline(input: readonly TraceEvent[], options: LayoutOptions = {}): TimelineLayout {
  const live = options.live ?? false;
  const events = sortEvents(input);
  const origin = events.length > 0 ? events[0].t : 0;
  const lastT = events.length > 0 ? events[events.length - 1].t : 0;
  const endAbs = options.now !== undefined && options.now > lastT && events.length > 0 ? options.now : lastT;
  const duration = endAbs - origin;
  const domain = duration > 0 ? duration : 1;
  const rel = (t: number) => t - origin;
  const relOrUndefined = (t: number | undefined) => (t === undefined ? undefined : t - origin);
  const frac = (ms: number) => Math.min(1, Math.max(0, ms / domain));

  const traces = readRequests(events);

  const spans: Span[] = [];
  const markers: Marker[] = [];
  const notRun: NotRunGroup[] = [];
  const requests: RequestInfo[] = [];
  const ordered: TimelineItem[] = [];
  // Per lane: one block per request, with the items to place inside it at (block row + inner row).
  const laneBlocks: Record<LaneId, { start: number; end: number; height: number; items: { item: TimelineItem; inner: number }[] }[]> = {
    client: [],
    server: [],
    tasks: [],
  };
  // Zero-length blocks still take room on screen (markers have a size), so give them a little width.
  const minExtent = domain * 0.01;

  for (const trace of traces) {
    const requestStart = rel(trace.firstT);
    const label = trace.method && trace.path ? `${trace.method} ${trace.path}` : undefined;
    const seqOf = new Map<TimelineItem, number>();

    const ctx: RequestContext = { trace, origin, duration, domain, requestStart, seqOf };
    const makeSpan = (lane: LaneId, raw: RawSpan, serial: number, closeAt?: { t: number; failed: boolean }) =>
      buildSpan(ctx, lane, raw, serial, closeAt);
    const makeMarker = (lane: LaneId, raw: RawMarker, serial: number) => buildMarker(ctx, lane, raw, serial);

    // Client lane: the round trip, and its two ends.
    const clientItems: { item: TimelineItem; inner: number }[] = [];
    if (trace.clientSent !== undefined) {
      const raw: RawSpan = { kind: "client", name: label ?? "", start: trace.clientSent, end: trace.clientReceived, seq: trace.clientSeq };
      clientItems.push({ item: makeSpan("client", raw, 0), inner: 0 });
    }
    for (const [serial, raw] of trace.markers.entries()) {
      if (raw.kind === "client.sent" || raw.kind === "client.received") {
        clientItems.push({ item: makeMarker("client", raw, serial), inner: 0 });
      }
    }

    // Server lane: dependencies and the handler (nested dependencies get inner rows), and its markers.
    // A handler or dependency that threw has no end event: it ended when the error response went out.
    const serverClose =
      trace.responseSent !== undefined ? { t: trace.responseSent, failed: (trace.serverStatus ?? 0) >= 500 } : undefined;
    const serverSpans = trace.server.map((raw, serial) => makeSpan("server", raw, serial, serverClose));
    const serverInner = packRows(serverSpans.map((s) => ({ start: s.start, end: Math.max(s.end, s.start + minExtent), height: 1 })));
    const serverItems: { item: TimelineItem; inner: number }[] = serverSpans.map((item, i) => ({ item, inner: serverInner.rows[i] }));
    for (const [serial, raw] of trace.markers.entries()) {
      if (raw.kind === "request.received" || raw.kind === "task.added" || raw.kind === "response.sent") {
        serverItems.push({ item: makeMarker("server", raw, serial), inner: 0 });
      }
    }

    // Tasks lane: each task's run, then the tasks that never ran.
    const taskSpans = trace.tasks.map((raw, serial) => makeSpan("tasks", raw, serial));
    const taskInner = packRows(taskSpans.map((s) => ({ start: s.start, end: Math.max(s.end, s.start + minExtent), height: 1 })));
    const taskItems: { item: TimelineItem; inner: number }[] = taskSpans.map((item, i) => ({ item, inner: taskInner.rows[i] }));
    const groups: NotRunGroup[] = [];
    const accounted = new Set<string>(trace.tasks.flatMap((raw) => (raw.taskId !== undefined ? [raw.taskId] : [])));
    for (const [serial, { event, seq }] of trace.skipped.entries()) {
      const t = rel(event.t);
      const group: NotRunGroup = {
        type: "not-run",
        id: `not-run-${trace.index}-${serial}`,
        reason: event.reason,
        lane: "tasks",
        requestId: trace.id,
        request: trace.index,
        row: 0,
        t,
        x: frac(t),
        tasks: event.taskIds.map((taskId, i) => {
          accounted.add(taskId);
          const added = trace.added.get(taskId);
          return { taskId, name: event.names[i] ?? added?.name ?? taskId, args: added?.args };
        }),
      };
      seqOf.set(group, seq);
      groups.push(group);
    }
    const waiting = [...trace.added].filter(([taskId]) => !accounted.has(taskId));
    if (waiting.length > 0) {
      const group: NotRunGroup = {
        type: "not-run",
        id: `not-run-${trace.index}-waiting`,
        reason: "not-started",
        lane: "tasks",
        requestId: trace.id,
        request: trace.index,
        row: 0,
        t: duration,
        x: 1,
        tasks: waiting.map(([taskId, { name, args }]) => ({ taskId, name, args })),
      };
      seqOf.set(group, Number.MAX_SAFE_INTEGER);
      groups.push(group);
    }
    for (const group of groups) taskItems.push({ item: group, inner: 0 });

    for (const [lane, items, height] of [
      ["client", clientItems, 1],
      ["server", serverItems, serverInner.count],
      ["tasks", taskItems, taskInner.count],
    ] as const) {
      if (items.length === 0) continue;
      let start = Infinity;
      let end = -Infinity;
      for (const { item } of items) {
        if (item.type === "span") {
          if (item.start < start) start = item.start;
          if (item.end > end) end = item.end;
        } else {
          if (item.t < start) start = item.t;
          if (item.t > end) end = item.t;
        }
      }
      laneBlocks[lane].push({ start, end: Math.max(end, start + minExtent), height, items });
    }

    const requestSpans = [...serverSpans, ...taskSpans, ...clientItems.map(({ item }) => item).filter((i): i is Span => i.type === "span")];
    const requestMarkers = [...clientItems, ...serverItems].map(({ item }) => item).filter((i): i is Marker => i.type === "marker");
    spans.push(...requestSpans);
    markers.push(...requestMarkers);
    notRun.push(...groups);

    const status = trace.clientStatus ?? trace.serverStatus;
    requests.push({
      id: trace.id,
      index: trace.index,
      method: trace.method,
      path: trace.path,
      status,
      sent: relOrUndefined(trace.clientSent),
      received: relOrUndefined(trace.clientReceived),
      responseSent: relOrUndefined(trace.responseSent),
      requestReceived: relOrUndefined(trace.requestReceived),
      addedTasks: trace.added.size,
      tasks: taskSpans,
      notRun: groups,
    });

    // Keep each request's own items in time order; ties keep the trace's order.
    const own: TimelineItem[] = [...requestSpans, ...requestMarkers, ...groups];
    const keys = own.map((item) => ({ item, time: itemTime(item), seq: seqOf.get(item) ?? 0 }));
    keys.sort((a, b) => a.time - b.time || a.seq - b.seq);
    for (const { item } of keys) ordered.push(item);
  }

  const lanes: Lane[] = (["client", "server", "tasks"] as const).map((id) => {
    const blocks = laneBlocks[id];
    const packed = packRows(blocks);
    blocks.forEach((block, i) => {
      for (const { item, inner } of block.items) item.row = packed.rows[i] + inner;
    });
    return { id, label: LANE_LABELS[id], rows: packed.count };
  });

  return {
    origin,
    duration,
    domain,
    live,
    lanes,
    spans,
    markers,
    notRun,
    items: ordered,
    requests,
    ticks: timeTicks(domain, options.maxTicks ?? 5).filter((tick) => events.length > 0 || tick.t === 0),
    events,
  };

  function itemTime(item: TimelineItem): number {
    return item.type === "span" ? item.start : item.t;
  }
}

/** What building one request's items needs to know. */
interface RequestContext {
  trace: RequestTrace;
  origin: number;
  duration: number;
  domain: number;
  requestStart: number;
  seqOf: Map<TimelineItem, number>;
}

function buildSpan(ctx: RequestContext, lane: LaneId, raw: RawSpan, serial: number, closeAt?: { t: number; failed: boolean }): Span {
  const { trace, requestStart, seqOf, duration } = ctx;
  const start = raw.start !== undefined ? raw.start - ctx.origin : raw.end !== undefined ? Math.min(raw.end - ctx.origin, requestStart) : requestStart;
  let end: number;
  let state: Span["state"];
  if (raw.end !== undefined) {
    end = raw.end - ctx.origin;
    state = raw.error !== undefined ? "failed" : "done";
  } else if (closeAt && closeAt.t >= (raw.start ?? -Infinity)) {
    end = closeAt.t - ctx.origin;
    state = closeAt.failed ? "failed" : "done";
  } else {
    end = duration;
    state = "open";
  }
  const added = raw.taskId !== undefined ? trace.added.get(raw.taskId) : undefined;
  const span: Span = {
    type: "span",
    id: `${raw.kind}-${trace.index}-${serial}`,
    kind: raw.kind,
    name: raw.name,
    lane,
    requestId: trace.id,
    request: trace.index,
    row: 0,
    start,
    end,
    x0: toFraction(start, ctx.domain),
    x1: toFraction(end, ctx.domain),
    state,
    taskId: raw.taskId,
    args: added?.args,
    error: raw.error,
  };
  seqOf.set(span, raw.seq);
  return span;
}

function buildMarker(ctx: RequestContext, lane: LaneId, raw: RawMarker, serial: number): Marker {
  const { trace, seqOf } = ctx;
  const t = raw.t - ctx.origin;
  const marker: Marker = {
    type: "marker",
    id: `${raw.kind}-${trace.index}-${serial}`,
    kind: raw.kind,
    lane,
    requestId: trace.id,
    request: trace.index,
    row: 0,
    t,
    x: toFraction(t, ctx.domain),
    name: raw.name,
    taskId: raw.taskId,
    args: raw.args,
    status: raw.status,
  };
  seqOf.set(marker, raw.seq);
  return marker;
}

function toFraction(ms: number, domain: number): number {
  return Math.min(1, Math.max(0, ms / domain));
}

/** One pass over the sorted events, grouped by request in order of first appearance. */
function readRequests(events: TraceEvent[]): RequestTrace[] {
  const byId = new Map<string, RequestTrace>();
  const traceOf = (requestId: string, t: number): RequestTrace => {
    let trace = byId.get(requestId);
    if (!trace) {
      trace = {
        id: requestId,
        index: byId.size + 1,
        firstT: t,
        clientSeq: 0,
        server: [],
        tasks: [],
        markers: [],
        added: new Map(),
        runs: new Map(),
        skipped: [],
      };
      byId.set(requestId, trace);
    }
    return trace;
  };
  events.forEach((event, seq) => {
    if (event.kind === "log") return;
    const trace = traceOf(event.requestId, event.t);
    switch (event.kind) {
      case "client.sent":
        trace.clientSent ??= event.t;
        trace.clientSeq = seq;
        trace.method ??= event.method;
        trace.path ??= event.path;
        trace.markers.push({ kind: event.kind, t: event.t, seq, name: `${event.method} ${event.path}` });
        break;
      case "client.received":
        trace.clientReceived ??= event.t;
        trace.clientStatus ??= event.status;
        trace.markers.push({ kind: event.kind, t: event.t, seq, status: event.status });
        break;
      case "request.received":
        trace.requestReceived ??= event.t;
        trace.method ??= event.method;
        trace.path ??= event.path;
        trace.markers.push({ kind: event.kind, t: event.t, seq, name: `${event.method} ${event.path}` });
        break;
      case "response.sent":
        trace.responseSent ??= event.t;
        trace.serverStatus ??= event.status;
        trace.markers.push({ kind: event.kind, t: event.t, seq, status: event.status });
        break;
      case "task.added":
        trace.added.set(event.taskId, { name: event.name, args: event.args });
        trace.markers.push({ kind: event.kind, t: event.t, seq, name: event.name, taskId: event.taskId, args: event.args });
        break;
      case "dependency.start":
      case "handler.start":
        trace.server.push({ ...serverSpanName(event), start: event.t, seq });
        break;
      case "dependency.end":
      case "handler.end": {
        const { kind, name } = serverSpanName(event);
        const open = findLast(trace.server, (s) => s.kind === kind && s.name === name && s.end === undefined);
        if (open) open.end = event.t;
        else trace.server.push({ kind, name, end: event.t, seq });
        break;
      }
      case "task.start": {
        const run: RawSpan = { kind: "task", name: event.name, start: event.t, seq, taskId: event.taskId };
        trace.runs.set(event.taskId, run);
        trace.tasks.push(run);
        break;
      }
      case "task.end":
      case "task.error": {
        let run = trace.runs.get(event.taskId);
        if (!run || run.end !== undefined) {
          // The start was lost (a trace joined mid-run): draw it from its end.
          run = { kind: "task", name: event.name, seq, taskId: event.taskId };
          trace.runs.set(event.taskId, run);
          trace.tasks.push(run);
        }
        run.end = event.t;
        if (event.kind === "task.error") run.error = event.error;
        break;
      }
      case "tasks.skipped":
        trace.skipped.push({ event, seq });
        break;
    }
  });
  return [...byId.values()];
}

function serverSpanName(event: DependencyEvent | HandlerEvent): { kind: SpanKind; name: string } {
  return "route" in event ? { kind: "handler", name: event.route } : { kind: "dependency", name: event.name };
}

function findLast<T>(items: T[], predicate: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i])) return items[i];
  return undefined;
}
