// One trace schema for the library, the sandbox harness and the timeline.

/** Milliseconds on a clock that every process of a run shares (epoch-based, sub-millisecond). */
export function now(): number {
  return performance.timeOrigin + performance.now();
}

interface Base {
  /** When it happened: `performance.timeOrigin + performance.now()`. */
  t: number;
  /** The request this event belongs to (`x-request-id` header when the client sent one). */
  requestId: string;
}

export interface RequestReceivedEvent extends Base {
  kind: "request.received";
  method: string;
  path: string;
}
export interface DependencyEvent extends Base {
  kind: "dependency.start" | "dependency.end";
  name: string;
  /** On `dependency.end` when the dependency threw. */
  error?: string;
}
export interface HandlerEvent extends Base {
  kind: "handler.start" | "handler.end";
  /** The route pattern, e.g. `/send-notification/{email}`. */
  route: string;
  /** On `handler.end` when the handler threw. */
  error?: string;
}
export interface TaskAddedEvent extends Base {
  kind: "task.added";
  taskId: string;
  name: string;
  /** A short, printable preview of each argument, captured when the task was added. */
  args: string[];
}
export interface ResponseSentEvent extends Base {
  kind: "response.sent";
  status: number;
}
export interface TaskStartEvent extends Base {
  kind: "task.start" | "task.end";
  taskId: string;
  name: string;
}
export interface TaskErrorEvent extends Base {
  kind: "task.error";
  taskId: string;
  name: string;
  /** The error's message (never its stack). */
  error: string;
}
export type SkipReason =
  | "handler-error" // the handler or a dependency threw: the client got an error response
  | "previous-task-failed" // an earlier task of the same request threw
  | "client-disconnected" // the client went away before the whole response was sent
  | "shutdown"; // close() ran out of time before these could start
export interface TasksSkippedEvent extends Base {
  kind: "tasks.skipped";
  reason: SkipReason;
  taskIds: string[];
  names: string[];
}
/** Emitted by a client (the sandbox harness), not by the library. */
export interface ClientSentEvent extends Base {
  kind: "client.sent";
  method: string;
  path: string;
}
export interface ClientReceivedEvent extends Base {
  kind: "client.received";
  status: number;
}
/** A line the run printed (console.log / console.error), recorded by the harness. */
export interface LogEvent extends Base {
  kind: "log";
  stream: "stdout" | "stderr";
  text: string;
}

/** Events the library emits. */
export type ServerTraceEvent =
  | RequestReceivedEvent
  | DependencyEvent
  | HandlerEvent
  | TaskAddedEvent
  | ResponseSentEvent
  | TaskStartEvent
  | TaskErrorEvent
  | TasksSkippedEvent;

/** Every event of a run: the library's plus the harness's. */
export type TraceEvent = ServerTraceEvent | ClientSentEvent | ClientReceivedEvent | LogEvent;
export type TraceEventKind = TraceEvent["kind"];

export type TraceListener = (event: ServerTraceEvent) => void;

/** Distributes `Omit<Union, K>` over each member, so `kind` stays a discriminant. */
export type EventInit = ServerTraceEvent extends infer E ? (E extends ServerTraceEvent ? Omit<E, "t"> : never) : never;

/**
 * Fan-out to subscribers. `active` is a plain field so that callers skip building
 * events entirely when nobody listens.
 */
export class Tracer {
  active = false;
  #listeners: TraceListener[] = [];

  subscribe(listener: TraceListener): () => void {
    this.#listeners = [...this.#listeners, listener];
    this.active = true;
    return () => {
      this.#listeners = this.#listeners.filter((l) => l !== listener);
      this.active = this.#listeners.length > 0;
    };
  }

  emit(init: EventInit): void {
    const event = { t: now(), ...init } as ServerTraceEvent;
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // A broken listener must never break a request or a task.
      }
    }
  }
}

/** A short printable preview of a task argument, for traces and timelines. */
export function previewArg(value: unknown, max = 80): string {
  let text: string;
  if (typeof value === "string") text = JSON.stringify(value);
  else if (typeof value === "function") text = `[Function ${value.name || "anonymous"}]`;
  else if (typeof value === "bigint") text = `${value}n`;
  else if (value === undefined) text = "undefined";
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
