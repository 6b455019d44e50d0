// Questions a challenge asks about a run: which request is which, what its tasks did, in what order.
import type { TraceEvent } from "background-tasks";
import type { RecordedResponse, RunResult } from "../../lib/sandbox/run-result";

/** The ids of the requests the client sent to a path starting with `pathPrefix`, in sending order. */
export function requestIdsTo(run: RunResult, method: string, pathPrefix: string): string[] {
  return run.events
    .filter((event) => event.kind === "client.sent" && event.method === method && event.path.startsWith(pathPrefix))
    .map((event) => event.requestId);
}

export function eventsOf(run: RunResult, requestId: string): TraceEvent[] {
  return run.events.filter((event) => event.requestId === requestId);
}

/** The names of the tasks that started for a request, in order. */
export function startedTasks(run: RunResult, requestId: string): string[] {
  return eventsOf(run, requestId).flatMap((event) => (event.kind === "task.start" ? [event.name] : []));
}

/** The names of the tasks that ended without error for a request, in order. */
export function finishedTasks(run: RunResult, requestId: string): string[] {
  return eventsOf(run, requestId).flatMap((event) => (event.kind === "task.end" ? [event.name] : []));
}

/** The time of the first event of that kind for the request (optionally of the task with that name). */
export function firstTime(run: RunResult, requestId: string, kind: TraceEvent["kind"], name?: string): number | undefined {
  const event = eventsOf(run, requestId).find((candidate) => candidate.kind === kind && (name === undefined || ("name" in candidate && candidate.name === name)));
  return event?.t;
}

/** True when every task of the request started after the request's response.sent. */
export function tasksAfterResponse(run: RunResult, requestId: string): boolean {
  const sent = firstTime(run, requestId, "response.sent");
  const starts = eventsOf(run, requestId).filter((event) => event.kind === "task.start");
  return sent !== undefined && starts.every((event) => event.t >= sent);
}

/**
 * True when `inner` (request `innerId`) was received and answered while the task `taskName` of
 * `outerId` was running: its request.received and response.sent fall between that task's start and end.
 */
export function answeredDuringTask(run: RunResult, innerId: string, outerId: string, taskName: string): boolean {
  const start = firstTime(run, outerId, "task.start", taskName);
  const end = firstTime(run, outerId, "task.end", taskName);
  const received = firstTime(run, innerId, "request.received");
  const sent = firstTime(run, innerId, "response.sent");
  if (start === undefined || end === undefined || received === undefined || sent === undefined) return false;
  return received < end && sent < end && sent > start;
}

export function responseOf(run: RunResult, requestId: string): RecordedResponse | undefined {
  return run.responses.find((response) => response.requestId === requestId);
}

/** The response body parsed as JSON, or undefined when it is not JSON. */
export function jsonBody(response: RecordedResponse | undefined): unknown {
  if (!response) return undefined;
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    return undefined;
  }
}

/** A file's text as a Spanish-readable quote for messages. */
export function quoteFile(run: RunResult, name: string): string {
  const text = run.files[name];
  return text === undefined ? `no existe ${name}` : `${name} contiene ${JSON.stringify(text)}`;
}
