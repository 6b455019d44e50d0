import { describe, expect, it } from "vitest";
import type { TraceEvent } from "../background-tasks/src/trace";
import { layoutTimeline } from "./layout";
import { summarizeRun } from "./summary";
import { syntheticTrace } from "./synthetic-trace";

const T0 = 1_700_000_000_000;

function request(requestId: string, at: number, tasks: { name: string; error?: string }[], clientEvents = true): TraceEvent[] {
  const t = (ms: number) => at + ms;
  const events: TraceEvent[] = [
    { t: t(0.4), kind: "request.received", requestId, method: "POST", path: "/x" },
    { t: t(0.5), kind: "handler.start", requestId, route: "/x" },
    ...tasks.map((task, i): TraceEvent => ({ t: t(0.6), kind: "task.added", requestId, taskId: `${requestId}-${i}`, name: task.name, args: [] })),
    { t: t(0.7), kind: "handler.end", requestId, route: "/x" },
    { t: t(2.9), kind: "response.sent", requestId, status: 200 },
  ];
  if (clientEvents) {
    events.push({ t: t(0), kind: "client.sent", requestId, method: "POST", path: "/x" });
    events.push({ t: t(3.2), kind: "client.received", requestId, status: 200 });
  }
  let now = 3.4;
  for (const [i, task] of tasks.entries()) {
    const taskId = `${requestId}-${i}`;
    events.push({ t: t(now), kind: "task.start", requestId, taskId, name: task.name });
    now += 1;
    if (task.error) {
      events.push({ t: t(now), kind: "task.error", requestId, taskId, name: task.name, error: task.error });
      const rest = tasks.slice(i + 1);
      if (rest.length > 0) {
        events.push({
          t: t(now + 0.1),
          kind: "tasks.skipped",
          requestId,
          reason: "previous-task-failed",
          taskIds: rest.map((_, k) => `${requestId}-${i + 1 + k}`),
          names: rest.map((r) => r.name),
        });
      }
      break;
    }
    events.push({ t: t(now), kind: "task.end", requestId, taskId, name: task.name });
  }
  return events;
}

const summary = (events: TraceEvent[], live = false) => summarizeRun(layoutTimeline(events, { live }));

describe("summarizeRun", () => {
  it("says when the client had its answer and when the first task started", () => {
    expect(summary(request("r1", T0, [{ name: "writeNotification" }]))).toBe(
      "El cliente tuvo su respuesta a los 3,2 ms; la primera tarea empezó a los 3,4 ms, después.",
    );
  });

  it("falls back on the server's response when there is no client", () => {
    expect(summary(request("r1", T0, [{ name: "a" }, { name: "b" }], false))).toBe(
      "El servidor envió su respuesta a los 2,5 ms; la primera de sus 2 tareas empezó a los 3 ms, después.",
    );
  });

  it("says when a request added no task", () => {
    expect(summary(request("r1", T0, []))).toBe(
      "El cliente tuvo su respuesta a los 3,2 ms; esta petición no añadió tareas en segundo plano.",
    );
  });

  it("names a failed task and the tasks it skipped", () => {
    expect(summary(request("r1", T0, [{ name: "writeLog", error: "boom" }, { name: "sendEmail" }, { name: "audit" }]))).toBe(
      "El cliente tuvo su respuesta a los 3,2 ms; la primera tarea empezó a los 3,4 ms, después; la tarea writeLog falló a los 4,4 ms y por eso no se ejecutaron sendEmail y audit.",
    );
  });

  it("says no task ran when the handler failed", () => {
    expect(
      summary([
        { t: T0, kind: "client.sent", requestId: "r1", method: "GET", path: "/" },
        { t: T0 + 1, kind: "task.added", requestId: "r1", taskId: "t1", name: "audit", args: [] },
        { t: T0 + 2, kind: "response.sent", requestId: "r1", status: 500 },
        { t: T0 + 2.1, kind: "tasks.skipped", requestId: "r1", reason: "handler-error", taskIds: ["t1"], names: ["audit"] },
        { t: T0 + 2.5, kind: "client.received", requestId: "r1", status: 500 },
      ]),
    ).toBe("El cliente recibió un error 500 a los 2,5 ms; no se ejecutó ninguna tarea: 1 tarea se omitió porque el manejador o una dependencia falló.");
  });

  it("tells a task that started while the client was still reading from one that came after", () => {
    const events = request("r1", T0, [{ name: "slow" }]).map((e) => (e.kind === "client.received" ? { ...e, t: T0 + 3.6 } : e));
    expect(summary(events)).toBe(
      "El cliente tuvo su respuesta a los 3,6 ms; la primera tarea empezó a los 3,4 ms, antes de que el cliente terminara de leer la respuesta, pero después de que el servidor la enviara (a los 2,9 ms).",
    );
  });

  it("adds precision when two different times would read the same", () => {
    const events = request("r1", T0, [{ name: "a" }]).map((e) => (e.kind === "task.start" ? { ...e, t: T0 + 3.21 } : e));
    expect(summary(events)).toBe("El cliente tuvo su respuesta a los 3,2 ms; la primera tarea empezó a los 3,21 ms, después.");
  });

  it("distinguishes a run cut short from one still going", () => {
    const events = request("r1", T0, [{ name: "slow" }]).filter((e) => e.kind !== "task.end");
    expect(summary(events)).toBe(
      "El cliente tuvo su respuesta a los 3,2 ms; la primera tarea empezó a los 3,4 ms, después; la tarea slow no terminó: la ejecución se detuvo antes.",
    );
    expect(summary(events, true)).toBe(
      "El cliente tuvo su respuesta a los 3,2 ms; la primera tarea empezó a los 3,4 ms, después; la tarea slow sigue en curso.",
    );
    const unanswered = request("r1", T0, [{ name: "slow" }]).filter((e) => e.t < T0 + 1);
    expect(summary(unanswered, true)).toBe("El cliente todavía espera su respuesta.");
    expect(summary(unanswered)).toBe("La ejecución se detuvo antes de que el cliente tuviera su respuesta.");
  });

  it("sums up several requests", () => {
    expect(summary(syntheticTrace({ requests: 3, tasksPerRequest: 2, spacingMs: 0.5 }))).toMatch(
      /^Hubo 3 peticiones; en las 3, el cliente tuvo su respuesta antes de que empezaran sus tareas; la última respuesta llegó a los [\d,]+ ms y la última tarea terminó a los [\d,]+ ms\.$/,
    );
    const mixed = [...request("r1", T0, [{ name: "a", error: "x" }, { name: "b" }]), ...request("r2", T0 + 10, [])];
    expect(summary(mixed)).toBe(
      "Hubo 2 peticiones; en la única que ejecutó tareas, el cliente tuvo su respuesta antes de que empezaran sus tareas; la última respuesta llegó a los 13 ms y la última tarea terminó a los 4,4 ms; 1 tarea falló y se omitió 1.",
    );
  });

  it("has a sentence for an empty run", () => {
    expect(summary([])).toBe("Esta ejecución no registró ningún evento.");
    expect(summary([], true)).toBe("Todavía no hay eventos: la línea de tiempo se dibuja a medida que llegan.");
  });
});
