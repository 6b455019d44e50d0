import type { TraceEvent } from "background-tasks";
import { describe, expect, it } from "vitest";
import { checkOutcome, checkResponseBeforeTasks, parseExpectedOutcome } from "./expected-outcome";
import type { RunResult } from "./run-result";

const events: TraceEvent[] = [
  { t: 1, kind: "task.added", requestId: "r1", taskId: "r1.1", name: "write", args: [] },
  { t: 2, kind: "response.sent", requestId: "r1", status: 200 },
  { t: 3, kind: "task.start", requestId: "r1", taskId: "r1.1", name: "write" },
  { t: 4, kind: "task.end", requestId: "r1", taskId: "r1.1", name: "write" },
];
const run: RunResult = {
  id: "demo",
  events,
  responses: [{ requestId: "r1", method: "POST", path: "/x", status: 200, headers: {}, body: '{"message":"ok"}' }],
  console: [{ stream: "stdout", text: "hola" }],
  files: { "log.txt": "hecho" },
  errors: [],
  drained: true,
  unfinished: [],
};

describe("checkOutcome", () => {
  it("passes a run that matches", () => {
    expect(checkOutcome(run, { responses: [{ status: 200, body: { message: "ok" } }], files: { "log.txt": "hecho" }, console: ["hola"] })).toEqual([]);
    expect(checkOutcome(run, { responses: [{ status: 200, body: '{"message":"ok"}' }] })).toEqual([]);
  });

  it("names each difference", () => {
    const problems = checkOutcome(
      { ...run, errors: [{ phase: "task", message: "x", fatal: false }], drained: false },
      { responses: [{ status: 201, body: { message: "otro" } }, { status: 200 }], files: { "log.txt": "otro" } },
    );
    expect(problems).toEqual([
      "r1: status 200, expected 201",
      'r1: body {"message":"ok"}, expected {"message":"otro"}',
      "r2: no response",
      'files {"log.txt":"hecho"}, expected {"log.txt":"otro"}',
      'errors [{"phase":"task","message":"x","fatal":false}], expected []',
      "drained is false, expected true",
    ]);
  });

  it("fails a run that failed as a whole", () => {
    expect(checkOutcome({ ...run, error: "Error al cargar server.ts" }, { responses: [{ status: 200 }] })).toEqual(["the run failed: Error al cargar server.ts"]);
  });
});

describe("checkResponseBeforeTasks", () => {
  it("finds a task that started before its request's response was sent", () => {
    expect(checkResponseBeforeTasks(events)).toEqual([]);
    expect(checkResponseBeforeTasks([events[0]!, events[2]!, events[1]!])).toEqual(["r1: task write started before response.sent"]);
  });
});

describe("parseExpectedOutcome", () => {
  it("rejects a file without responses", () => {
    expect(() => parseExpectedOutcome({ files: {} })).toThrow(/responses/);
    expect(() => parseExpectedOutcome({ responses: [{ status: 200 }], files: { a: 1 } })).toThrow(/files/);
  });
});
