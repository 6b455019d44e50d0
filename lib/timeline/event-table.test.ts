import { describe, expect, it } from "vitest";
import type { TraceEvent } from "../background-tasks/src/trace";
import { eventTableRows } from "./event-table";
import { layoutTimeline } from "./layout";

const T0 = 1_700_000_000_000;

describe("eventTableRows", () => {
  it("lists every event in time order with its lane, request and a Spanish description", () => {
    const events: TraceEvent[] = [
      { t: T0 + 3.4, kind: "task.start", requestId: "r1", taskId: "t1", name: "writeNotification" },
      { t: T0, kind: "client.sent", requestId: "r1", method: "POST", path: "/send-notification/a@b.c" },
      { t: T0 + 0.6, kind: "task.added", requestId: "r1", taskId: "t1", name: "writeNotification", args: ['"a@b.c"', '"hola"'] },
      { t: T0 + 3.2, kind: "client.received", requestId: "r1", status: 200 },
      { t: T0 + 3.5, kind: "log", requestId: "", stream: "stderr", text: "aviso\n" },
      { t: T0 + 4, kind: "task.error", requestId: "r1", taskId: "t1", name: "writeNotification", error: "disco lleno" },
      { t: T0 + 4.1, kind: "tasks.skipped", requestId: "r1", reason: "previous-task-failed", taskIds: ["t2"], names: ["audit"] },
    ];
    const rows = eventTableRows(layoutTimeline(events));
    expect(rows.map(({ time, lane, request, description }) => [time, lane, request, description])).toEqual([
      ["0 ms", "Cliente", "Petición 1", "El cliente envía POST /send-notification/a@b.c"],
      ["0,6 ms", "Servidor", "Petición 1", 'Se añade la tarea writeNotification("a@b.c", "hola")'],
      ["3,2 ms", "Cliente", "Petición 1", "El cliente recibe la respuesta (200)"],
      ["3,4 ms", "Tareas en segundo plano", "Petición 1", "Empieza la tarea writeNotification"],
      ["3,5 ms", "Consola", "—", "Imprime en stderr: aviso"],
      ["4 ms", "Tareas en segundo plano", "Petición 1", "Falla la tarea writeNotification: disco lleno"],
      ["4,1 ms", "Tareas en segundo plano", "Petición 1", "No se ejecuta audit porque falló una tarea anterior"],
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
  });

  it("is empty for an empty run", () => {
    expect(eventTableRows(layoutTimeline([]))).toEqual([]);
  });
});
