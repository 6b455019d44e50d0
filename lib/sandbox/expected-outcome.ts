// content/examples/<id>/expected.json: what a run of the example must produce, and the check against a RunResult.
import type { TraceEvent } from "background-tasks";
import type { RunErrorPhase, RunResult } from "./run-result";

export interface ExpectedResponse {
  status: number;
  /** A string is compared with the body as text; anything else with the body parsed as JSON. */
  body?: unknown;
}

export interface ExpectedOutcome {
  /** One per scenario request, in the scenario's order (request ids r1, r2, …). */
  responses: ExpectedResponse[];
  /** Exactly the files the run wrote, with their whole content. Omit to skip the check. */
  files?: Record<string, string>;
  /** Exactly the console lines (log events and other output), in order. Omit to skip the check. */
  console?: string[];
  /** The learner errors the run reports (a task or a handler that throws). Default: none. */
  errors?: { phase: RunErrorPhase; message?: string }[];
  /** Whether every task finished before the run ended. Default: true. */
  drained?: boolean;
}

/** Validates a parsed expected.json. */
export function parseExpectedOutcome(value: unknown): ExpectedOutcome {
  if (typeof value !== "object" || value === null) throw new Error("expected.json must be an object");
  const { responses, files, console, errors, drained } = value as Record<string, unknown>;
  if (!Array.isArray(responses) || responses.some((r) => typeof r !== "object" || r === null || typeof (r as ExpectedResponse).status !== "number")) {
    throw new Error("expected.json: `responses` must be a list of { status, body? }");
  }
  if (files !== undefined && (typeof files !== "object" || files === null || Object.values(files).some((v) => typeof v !== "string"))) {
    throw new Error("expected.json: `files` must map file names to their text");
  }
  if (console !== undefined && (!Array.isArray(console) || console.some((line) => typeof line !== "string"))) {
    throw new Error("expected.json: `console` must be a list of strings");
  }
  if (errors !== undefined && !Array.isArray(errors)) throw new Error("expected.json: `errors` must be a list");
  if (drained !== undefined && typeof drained !== "boolean") throw new Error("expected.json: `drained` must be a boolean");
  return value as ExpectedOutcome;
}

/** Every way the run differs from what was expected; empty when it matches. */
export function checkOutcome(result: RunResult, expected: ExpectedOutcome): string[] {
  const problems: string[] = [];
  if (result.error !== undefined) problems.push(`the run failed: ${result.error}`);

  expected.responses.forEach((want, index) => {
    const requestId = `r${index + 1}`;
    const got = result.responses.find((response) => response.requestId === requestId);
    if (!got) {
      problems.push(`${requestId}: no response`);
      return;
    }
    if (got.status !== want.status) problems.push(`${requestId}: status ${got.status}, expected ${want.status}`);
    if (want.body === undefined) return;
    if (typeof want.body === "string") {
      if (got.body !== want.body) problems.push(`${requestId}: body ${JSON.stringify(got.body)}, expected ${JSON.stringify(want.body)}`);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(got.body);
    } catch {
      problems.push(`${requestId}: body is not JSON: ${JSON.stringify(got.body)}`);
      return;
    }
    if (!deepEqual(parsed, want.body)) problems.push(`${requestId}: body ${got.body}, expected ${JSON.stringify(want.body)}`);
  });
  const extra = result.responses.length - expected.responses.length;
  if (extra > 0) problems.push(`${extra} response(s) more than expected`);

  if (expected.files !== undefined && !deepEqual(result.files, expected.files)) {
    problems.push(`files ${JSON.stringify(result.files)}, expected ${JSON.stringify(expected.files)}`);
  }
  if (expected.console !== undefined) {
    const texts = result.console.map((line) => line.text);
    if (!deepEqual(texts, expected.console)) problems.push(`console ${JSON.stringify(texts)}, expected ${JSON.stringify(expected.console)}`);
  }

  const wantErrors = expected.errors ?? [];
  const gotErrors = result.errors.filter((error) => !error.fatal);
  if (gotErrors.length !== wantErrors.length || wantErrors.some((want, i) => want.phase !== gotErrors[i]!.phase || (want.message !== undefined && want.message !== gotErrors[i]!.message))) {
    problems.push(`errors ${JSON.stringify(gotErrors)}, expected ${JSON.stringify(wantErrors)}`);
  }
  if (result.drained !== (expected.drained ?? true)) problems.push(`drained is ${result.drained}, expected ${expected.drained ?? true}`);

  problems.push(...checkResponseBeforeTasks(result.events));
  return problems;
}

/** The guarantee the course is about: each request's response.sent comes before its first task.start. */
export function checkResponseBeforeTasks(events: readonly TraceEvent[]): string[] {
  const problems: string[] = [];
  const sent = new Set<string>();
  const started = new Set<string>();
  for (const event of events) {
    if (event.kind === "response.sent") sent.add(event.requestId);
    if (event.kind === "task.start" && !started.has(event.requestId)) {
      started.add(event.requestId);
      if (!sent.has(event.requestId)) problems.push(`${event.requestId}: task ${event.name} started before response.sent`);
    }
  }
  return problems;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
