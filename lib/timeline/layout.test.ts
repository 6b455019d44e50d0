import { describe, expect, it } from "vitest";
import type { TraceEvent } from "../background-tasks/src/trace";
import { layoutTimeline } from "./layout";
import type { Span, TimelineItem, TimelineLayout } from "./model";
import { syntheticTrace } from "./synthetic-trace";

const T0 = 1_700_000_000_000;

/** Lesson C's run: POST /send-notification, one task that starts after the client has its answer. */
function sendNotification(requestId = "r1", at = T0, scale = 1): TraceEvent[] {
  const t = (ms: number) => at + ms * scale;
  return [
    { t: t(0), kind: "client.sent", requestId, method: "POST", path: "/send-notification/a@b.c" },
    { t: t(0.4), kind: "request.received", requestId, method: "POST", path: "/send-notification/a@b.c" },
    { t: t(0.5), kind: "handler.start", requestId, route: "/send-notification/{email}" },
    { t: t(0.6), kind: "task.added", requestId, taskId: "t1", name: "writeNotification", args: ['"a@b.c"', '"hola"'] },
    { t: t(0.7), kind: "handler.end", requestId, route: "/send-notification/{email}" },
    { t: t(2.9), kind: "response.sent", requestId, status: 200 },
    { t: t(3.2), kind: "client.received", requestId, status: 200 },
    { t: t(3.4), kind: "task.start", requestId, taskId: "t1", name: "writeNotification" },
    { t: t(5), kind: "task.end", requestId, taskId: "t1", name: "writeNotification" },
  ];
}

function only<T extends TimelineItem>(layout: TimelineLayout, predicate: (item: TimelineItem) => item is T): T {
  const found = layout.items.filter(predicate);
  expect(found).toHaveLength(1);
  return found[0];
}
const isTask = (item: TimelineItem): item is Span => item.type === "span" && item.kind === "task";

/** Within one lane row, no two spans may overlap. */
function expectNoOverlap(layout: TimelineLayout) {
  for (const lane of layout.lanes) {
    for (let row = 0; row < lane.rows; row++) {
      const spans = layout.spans.filter((s) => s.lane === lane.id && s.row === row).sort((a, b) => a.start - b.start);
      for (let i = 1; i < spans.length; i++) {
        if (spans[i].requestId !== spans[i - 1].requestId) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
      }
    }
  }
}

describe("layoutTimeline", () => {
  it("draws one request on three lanes with times relative to the first event", () => {
    const layout = layoutTimeline(sendNotification());
    expect(layout.lanes.map((lane) => [lane.label, lane.rows])).toEqual([
      ["Cliente", 1],
      ["Servidor", 1],
      ["Tareas en segundo plano", 1],
    ]);
    expect(layout.duration).toBeCloseTo(5);
    const client = only(layout, (i): i is Span => i.type === "span" && i.kind === "client");
    expect(client).toMatchObject({ lane: "client", name: "POST /send-notification/a@b.c", state: "done" });
    expect(client.end).toBeCloseTo(3.2);
    const handler = only(layout, (i): i is Span => i.type === "span" && i.kind === "handler");
    expect(handler).toMatchObject({ lane: "server", name: "/send-notification/{email}" });
    const task = only(layout, isTask);
    expect(task).toMatchObject({ lane: "tasks", name: "writeNotification", args: ['"a@b.c"', '"hola"'], state: "done" });
    expect(task.x0).toBeCloseTo(3.4 / 5);
    expect(task.x1).toBe(1);
    expect(layout.markers.map((m) => [m.kind, m.lane])).toEqual([
      ["client.sent", "client"],
      ["client.received", "client"],
      ["request.received", "server"],
      ["task.added", "server"],
      ["response.sent", "server"],
    ]);
    const received = layout.markers.find((m) => m.kind === "client.received");
    expect(received!.x).toBeLessThan(task.x0);
  });

  it("orders events by time, whatever order they arrive in, keeping ties in arrival order", () => {
    const sorted = sendNotification();
    const shuffled = [sorted[8], sorted[3], sorted[0], sorted[6], sorted[1], sorted[7], sorted[5], sorted[2], sorted[4]];
    const a = layoutTimeline(sorted);
    const b = layoutTimeline(shuffled);
    expect(b.events).toEqual(a.events);
    expect(b.items).toEqual(a.items);

    const tie: TraceEvent[] = [
      { t: T0, kind: "log", requestId: "r1", stream: "stdout", text: "first" },
      { t: T0, kind: "log", requestId: "r1", stream: "stdout", text: "second" },
    ];
    expect(layoutTimeline(tie).events.map((e) => (e.kind === "log" ? e.text : ""))).toEqual(["first", "second"]);
  });

  it("lists items request by request, each in time order (the Tab order)", () => {
    const layout = layoutTimeline([...sendNotification("r1", T0), ...sendNotification("r2", T0 + 1)]);
    const requests = layout.items.map((item) => item.request);
    expect(requests).toEqual([...requests].sort((a, b) => a - b));
    const first = layout.items.filter((item) => item.request === 1);
    const times = first.map((item) => (item.type === "span" ? item.start : item.t));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(first[0]).toMatchObject({ type: "span", kind: "client" });
  });

  it("gives overlapping requests their own sub-rows so nothing overlaps", () => {
    const layout = layoutTimeline([...sendNotification("r1", T0), ...sendNotification("r2", T0 + 1), ...sendNotification("r3", T0 + 2)]);
    expect(layout.requests.map((r) => r.index)).toEqual([1, 2, 3]);
    expect(layout.lanes.find((l) => l.id === "client")!.rows).toBe(3);
    expect(layout.lanes.find((l) => l.id === "tasks")!.rows).toBe(2);
    expectNoOverlap(layout);
    // Requests that never overlap share a row.
    const sequential = layoutTimeline([...sendNotification("r1", T0), ...sendNotification("r2", T0 + 6)]);
    expect(sequential.lanes.map((lane) => lane.rows)).toEqual([1, 1, 1]);
  });

  it("stacks nested dependencies inside their request's server block", () => {
    const layout = layoutTimeline([
      { t: T0, kind: "request.received", requestId: "r1", method: "GET", path: "/" },
      { t: T0 + 1, kind: "dependency.start", requestId: "r1", name: "getUser" },
      { t: T0 + 2, kind: "dependency.start", requestId: "r1", name: "getDb" },
      { t: T0 + 3, kind: "dependency.end", requestId: "r1", name: "getDb" },
      { t: T0 + 4, kind: "dependency.end", requestId: "r1", name: "getUser" },
      { t: T0 + 5, kind: "handler.start", requestId: "r1", route: "/" },
      { t: T0 + 6, kind: "handler.end", requestId: "r1", route: "/" },
      { t: T0 + 7, kind: "response.sent", requestId: "r1", status: 200 },
    ]);
    const rows = Object.fromEntries(layout.spans.map((s) => [s.name, s.row]));
    expect(rows).toEqual({ getUser: 0, getDb: 1, "/": 0 });
    expect(layout.lanes.find((l) => l.id === "server")!.rows).toBe(2);
  });

  it("draws a failed task as failed and the tasks it skipped as not run", () => {
    const events: TraceEvent[] = [
      ...sendNotification().slice(0, 4),
      { t: T0 + 0.65, kind: "task.added", requestId: "r1", taskId: "t2", name: "sendEmail", args: ['"a@b.c"'] },
      { t: T0 + 0.66, kind: "task.added", requestId: "r1", taskId: "t3", name: "writeLog", args: ['"fin"'] },
      ...sendNotification().slice(4, 8),
      { t: T0 + 4, kind: "task.error", requestId: "r1", taskId: "t1", name: "writeNotification", error: "disco lleno" },
      { t: T0 + 4.1, kind: "tasks.skipped", requestId: "r1", reason: "previous-task-failed", taskIds: ["t2", "t3"], names: ["sendEmail", "writeLog"] },
    ];
    const layout = layoutTimeline(events);
    const task = only(layout, isTask);
    expect(task).toMatchObject({ state: "failed", error: "disco lleno" });
    expect(task.end).toBeCloseTo(4);
    expect(layout.notRun).toHaveLength(1);
    expect(layout.notRun[0]).toMatchObject({
      reason: "previous-task-failed",
      lane: "tasks",
      tasks: [
        { taskId: "t2", name: "sendEmail", args: ['"a@b.c"'] },
        { taskId: "t3", name: "writeLog", args: ['"fin"'] },
      ],
    });
    expect(layout.notRun[0].x).toBe(1);
    expect(layout.items.at(-1)).toBe(layout.notRun[0]);
  });

  it("closes a handler that threw at its error response and keeps its tasks as not run", () => {
    const layout = layoutTimeline([
      { t: T0, kind: "request.received", requestId: "r1", method: "POST", path: "/x" },
      { t: T0 + 1, kind: "handler.start", requestId: "r1", route: "/x" },
      { t: T0 + 1.5, kind: "task.added", requestId: "r1", taskId: "t1", name: "audit", args: [] },
      { t: T0 + 2, kind: "response.sent", requestId: "r1", status: 500 },
      { t: T0 + 2.1, kind: "tasks.skipped", requestId: "r1", reason: "handler-error", taskIds: ["t1"], names: ["audit"] },
    ]);
    expect(layout.spans[0]).toMatchObject({ kind: "handler", state: "failed", end: 2 });
    expect(layout.notRun[0]).toMatchObject({ reason: "handler-error", tasks: [{ name: "audit" }] });
    expect(layout.requests[0].status).toBe(500);
  });

  it("draws what a run cut short left open to the end of the run", () => {
    const events = sendNotification().slice(0, 8); // the task started and never ended
    const cut = layoutTimeline(events);
    const task = only(cut, isTask);
    expect(task.state).toBe("open");
    expect(task.end).toBe(cut.duration);
    expect(task.x1).toBe(1);
    expect(cut.live).toBe(false);

    // Live: the same open task grows with the clock.
    const live = layoutTimeline(events, { live: true, now: T0 + 10 });
    expect(live.duration).toBeCloseTo(10);
    expect(only(live, isTask).end).toBeCloseTo(10);

    // Stopped before the client had its answer: the client's span is open too, and added tasks never started.
    const early = layoutTimeline(sendNotification().slice(0, 5));
    expect(early.spans.find((s) => s.kind === "client")!.state).toBe("open");
    expect(early.notRun).toMatchObject([{ reason: "not-started", tasks: [{ name: "writeNotification" }], x: 1 }]);
  });

  it("draws an end whose start was lost from the start of its request", () => {
    const layout = layoutTimeline([
      { t: T0, kind: "request.received", requestId: "r1", method: "GET", path: "/" },
      { t: T0 + 2, kind: "handler.end", requestId: "r1", route: "/" },
      { t: T0 + 4, kind: "task.end", requestId: "r1", taskId: "t1", name: "late" },
    ]);
    expect(layout.spans.map((s) => [s.kind, s.start, s.end, s.state])).toEqual([
      ["handler", 0, 2, "done"],
      ["task", 0, 4, "done"],
    ]);
  });

  it("handles a tiny run (microseconds) and a huge one (minutes) alike", () => {
    // Epoch-based times only resolve ~0.24 µs, so the microsecond run sits near a small origin.
    const tiny = layoutTimeline(sendNotification("r1", 1000, 0.001));
    expect(tiny.duration).toBeCloseTo(0.005, 6);
    expect(tiny.ticks.map((t) => t.label)).toEqual(["0 ms", "0,001 ms", "0,002 ms", "0,003 ms", "0,004 ms", "0,005 ms"]);
    const huge = layoutTimeline(sendNotification("r1", T0, 60_000));
    expect(huge.duration).toBe(300_000);
    expect(huge.ticks.map((t) => t.label)).toEqual(["0 s", "100 s", "200 s", "300 s"]);
    for (const layout of [tiny, huge]) {
      const task = only(layout, isTask);
      expect(task.x0).toBeCloseTo(3.4 / 5);
      expect(layout.markers.find((m) => m.kind === "client.received")!.x).toBeCloseTo(3.2 / 5);
    }
  });

  it("lays out an empty trace and a single instant without dividing by zero", () => {
    const empty = layoutTimeline([]);
    expect(empty).toMatchObject({ duration: 0, domain: 1, items: [], requests: [] });
    expect(empty.lanes.map((lane) => lane.rows)).toEqual([1, 1, 1]);
    expect(empty.ticks.map((t) => t.label)).toEqual(["0 ms"]);

    const instant = layoutTimeline([{ t: T0, kind: "request.received", requestId: "r1", method: "GET", path: "/" }]);
    expect(instant.duration).toBe(0);
    expect(instant.markers[0].x).toBe(0);
  });

  it("keeps 200 overlapping requests with 3 tasks each free of overlaps", () => {
    const layout = layoutTimeline(syntheticTrace({ requests: 200, tasksPerRequest: 3, spacingMs: 0.7 }));
    expect(layout.requests).toHaveLength(200);
    expect(layout.spans.filter((s) => s.kind === "task")).toHaveLength(600);
    expectNoOverlap(layout);
    for (const r of layout.requests) expect(r.tasks[0].start).toBeGreaterThanOrEqual(r.received!);
  });
});
