// A deterministic, realistic trace of many requests, for the benchmark and the layout tests.
import type { TraceEvent } from "../background-tasks/src/trace";

export interface SyntheticTraceOptions {
  requests: number;
  tasksPerRequest: number;
  /** Milliseconds between two requests leaving the client; below a request's length they overlap. */
  spacingMs?: number;
  /** Absolute time of the first event. */
  origin?: number;
}

export function syntheticTrace({ requests, tasksPerRequest, spacingMs = 2, origin = 1_700_000_000_000 }: SyntheticTraceOptions): TraceEvent[] {
  const events: TraceEvent[] = [];
  for (let r = 0; r < requests; r++) {
    const requestId = `req-${r + 1}`;
    const path = `/send-notification/user${r + 1}@example.com`;
    let t = origin + r * spacingMs;
    const at = (ms: number) => (t += ms);
    events.push({ t, kind: "client.sent", requestId, method: "POST", path });
    events.push({ t: at(0.12), kind: "request.received", requestId, method: "POST", path });
    events.push({ t: at(0.02), kind: "dependency.start", requestId, name: "getQuery" });
    events.push({ t: at(0.01), kind: "task.added", requestId, taskId: `${requestId}-t0`, name: "writeLog", args: ['"found query: hola\\n"'] });
    events.push({ t: at(0.03), kind: "dependency.end", requestId, name: "getQuery" });
    events.push({ t: at(0.02), kind: "handler.start", requestId, route: "/send-notification/{email}" });
    for (let k = 1; k < tasksPerRequest; k++) {
      events.push({ t: at(0.01), kind: "task.added", requestId, taskId: `${requestId}-t${k}`, name: "writeNotification", args: [`"user${r + 1}@example.com"`, `"mensaje ${k}"`] });
    }
    events.push({ t: at(0.05), kind: "handler.end", requestId, route: "/send-notification/{email}" });
    events.push({ t: at(0.2), kind: "response.sent", requestId, status: 200 });
    events.push({ t: at(0.03), kind: "client.received", requestId, status: 200 });
    for (let k = 0; k < tasksPerRequest; k++) {
      const name = k === 0 && tasksPerRequest > 0 ? "writeLog" : "writeNotification";
      events.push({ t: at(0.05), kind: "task.start", requestId, taskId: `${requestId}-t${k}`, name });
      events.push({ t: at(0.3 + (k % 3) * 0.2), kind: "task.end", requestId, taskId: `${requestId}-t${k}`, name });
    }
  }
  return events;
}
