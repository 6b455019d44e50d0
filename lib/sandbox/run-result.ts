// What one run of an example produced, and the parser that rebuilds it from the harness's output stream.
import type { TraceEvent, UnfinishedTask } from "background-tasks";

/** Structured lines start with this; every other line of the stream is the program's own output. */
export const STRUCTURED_PREFIX = "\u0001SP ";

export type ConsoleStream = "stdout" | "stderr";

export interface RecordedResponse {
  requestId: string;
  method: string;
  /** The request target as sent: the path plus `?query` when there was one. */
  path: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ConsoleLine {
  stream: ConsoleStream;
  text: string;
}

/** Where a learner's error happened. `syntax` comes from the transpiler, `timeout` from the runner. */
export type RunErrorPhase = "syntax" | "load" | "handler" | "task" | "runtime" | "scenario" | "timeout" | "harness";

export interface RunError {
  phase: RunErrorPhase;
  /** The error's own message (never its stack). */
  message: string;
  /** 1-based line in server.ts, when the harness could tell. */
  line?: number;
  column?: number;
  requestId?: string;
  /** A fatal error ended the run before its scenario completed. */
  fatal: boolean;
}

/** What app.close() reported as not finished when the harness ended the run. */
export type UnfinishedTaskInfo = UnfinishedTask;

/** One structured line of the harness. */
export type HarnessMessage =
  | { type: "ready"; port: number }
  | { type: "event"; event: TraceEvent }
  | { type: "response"; response: RecordedResponse }
  /** Every file the run wrote so far (path relative to the project, text content). */
  | { type: "files"; files: Record<string, string> }
  | { type: "error"; error: RunError }
  /** Interactive mode: the scenario is done and nothing is pending; the server waits for requests. */
  | { type: "idle" }
  | { type: "end"; drained: boolean; unfinished: UnfinishedTaskInfo[] };

/**
 * A long message cut into short lines, because harness.js and client.js share one stream and only a
 * short write is never mixed with the other process's output. `id` is unique per process ("h1", "c1").
 */
export interface MessagePart {
  type: "part";
  id: string;
  data: string;
  last: boolean;
}

/** What the parser hands a live view: the harness's messages, plus the program's other lines. */
export type StreamItem = HarnessMessage | { type: "console"; line: ConsoleLine };

/** The recording of a run: `.generated/recordings/<id>.json`. */
export interface RunResult {
  id: string;
  /** Server and client events, ordered by `t` (the clock both processes share). */
  events: TraceEvent[];
  responses: RecordedResponse[];
  console: ConsoleLine[];
  files: Record<string, string>;
  /** Set when the run failed as a whole (did not load, crashed, ran out of time), in Spanish. */
  error?: string;
  /** Every learner error the run reported, fatal or not (a handler or a task that threw). */
  errors: RunError[];
  /** False when tasks were still unfinished when the run ended. */
  drained: boolean;
  unfinished: UnfinishedTaskInfo[];
}

// CSI and OSC sequences a terminal (WebContainer's output) may add around lines.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007/g;

/**
 * Incremental parser of the harness's output. Chunks may split lines anywhere; in WebContainer
 * stdout and stderr arrive as one stream with `\r\n` line ends, in Node as two streams.
 */
export class RunStreamParser {
  readonly #partial: Record<ConsoleStream, string> = { stdout: "", stderr: "" };
  readonly #events: TraceEvent[] = [];
  readonly #responses: RecordedResponse[] = [];
  readonly #console: ConsoleLine[] = [];
  readonly #errors: RunError[] = [];
  #files: Record<string, string> = {};
  #end: { drained: boolean; unfinished: UnfinishedTaskInfo[] } | undefined;
  readonly #parts = new Map<string, string>();
  readonly #onItem: ((item: StreamItem) => void) | undefined;

  constructor(onItem?: (item: StreamItem) => void) {
    this.#onItem = onItem;
  }

  /** Feeds a chunk; returns the items of the lines it completed. */
  push(chunk: string, stream: ConsoleStream = "stdout"): StreamItem[] {
    const text = this.#partial[stream] + chunk;
    const lines = text.split("\n");
    this.#partial[stream] = lines.pop() ?? "";
    return lines.flatMap((line) => this.#line(line, stream));
  }

  /** Flushes a last line that had no line end. */
  end(): StreamItem[] {
    const items: StreamItem[] = [];
    for (const stream of ["stdout", "stderr"] as const) {
      const rest = this.#partial[stream];
      this.#partial[stream] = "";
      if (rest !== "") items.push(...this.#line(rest, stream));
    }
    return items;
  }

  /** True once the harness said it ended. */
  get ended(): boolean {
    return this.#end !== undefined;
  }

  /** Adds an error found outside the stream (a syntax error, a time limit). */
  addError(error: RunError): void {
    this.#errors.push(error);
  }

  result(id: string): RunResult {
    const indexed = this.#events.map((event, index) => ({ event, index }));
    indexed.sort((a, b) => a.event.t - b.event.t || a.index - b.index);
    const fatal = this.#errors.find((error) => error.fatal);
    const result: RunResult = {
      id,
      events: indexed.map(({ event }) => event),
      responses: [...this.#responses],
      console: [...this.#console],
      files: { ...this.#files },
      errors: [...this.#errors],
      drained: this.#end?.drained ?? false,
      unfinished: this.#end?.unfinished ?? [],
    };
    if (fatal) result.error = formatRunError(fatal);
    else if (!this.#end) result.error = "La ejecución terminó sin que el arnés informara del final.";
    return result;
  }

  #line(raw: string, stream: ConsoleStream): StreamItem[] {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const at = line.indexOf(STRUCTURED_PREFIX);
    const items: StreamItem[] = [];
    // Output without a line end (process.stdout.write) may sit before a structured line.
    const before = (at < 0 ? line : line.slice(0, at)).replace(ANSI, "");
    if (at < 0 || before.trim() !== "") items.push(this.#consoleLine({ stream, text: before }));
    if (at >= 0) {
      const json = line.slice(at + STRUCTURED_PREFIX.length);
      const part = parsePart(json);
      if (part) {
        const whole = (this.#parts.get(part.id) ?? "") + part.data;
        if (part.last) {
          this.#parts.delete(part.id);
          const message = parseMessage(whole);
          if (message) items.push(this.#message(message));
        } else {
          this.#parts.set(part.id, whole);
        }
      } else {
        const message = parseMessage(json);
        if (message) items.push(this.#message(message));
        else items.push(this.#consoleLine({ stream, text: line.slice(at) }));
      }
    }
    for (const item of items) this.#onItem?.(item);
    return items;
  }

  #consoleLine(line: ConsoleLine): StreamItem {
    this.#console.push(line);
    return { type: "console", line };
  }

  #message(message: HarnessMessage): StreamItem {
    switch (message.type) {
      case "event":
        this.#events.push(message.event);
        if (message.event.kind === "log") this.#console.push({ stream: message.event.stream, text: message.event.text });
        break;
      case "response":
        this.#responses.push(message.response);
        break;
      case "files":
        this.#files = message.files;
        break;
      case "error":
        this.#errors.push(message.error);
        break;
      case "end":
        this.#end = { drained: message.drained, unfinished: message.unfinished };
        break;
      case "ready":
      case "idle":
        break;
    }
    return message;
  }
}

const MESSAGE_TYPES = new Set(["ready", "event", "response", "files", "error", "idle", "end"]);

function parsePart(json: string): MessagePart | undefined {
  if (!json.startsWith('{"type":"part"')) return undefined;
  try {
    const part = JSON.parse(json) as MessagePart;
    return typeof part.id === "string" && typeof part.data === "string" ? part : undefined;
  } catch {
    return undefined;
  }
}

function parseMessage(json: string): HarnessMessage | undefined {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value === "object" && value !== null && MESSAGE_TYPES.has((value as { type?: unknown }).type as string)) {
      return value as HarnessMessage;
    }
  } catch {
    // Not ours after all: the caller keeps it as console output.
  }
  return undefined;
}

/** One Spanish sentence for an error, naming the line of server.ts when known. */
export function formatRunError(error: RunError): string {
  const where = error.line === undefined ? "" : ` (server.ts, línea ${error.line}${error.column === undefined ? "" : `, columna ${error.column}`})`;
  const request = error.requestId === undefined ? "" : ` en la petición ${error.requestId}`;
  switch (error.phase) {
    case "syntax":
      return error.message;
    case "load":
      return `Error al cargar server.ts${where}: ${error.message}`;
    case "handler":
      return `La ruta lanzó un error${request}${where}: ${error.message}`;
    case "task":
      return `Una tarea en segundo plano lanzó un error${request}${where}: ${error.message}`;
    case "runtime":
      return `Error no capturado${where}: ${error.message}`;
    case "scenario":
      return `El escenario no se pudo ejecutar: ${error.message}`;
    case "timeout":
      return error.message;
    case "harness":
      return `El arnés falló: ${error.message}`;
  }
}
