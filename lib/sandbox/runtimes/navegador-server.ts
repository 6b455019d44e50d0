// The Navegador runtime's server side: the harness's logic without Node. Runs in a Web Worker (or a
// node:worker_threads thread in tests); the client lives in the page, so a blocked loop here cannot stop its clock.
import * as backgroundTasks from "background-tasks";
import type { App, ServerTraceEvent } from "background-tasks";
import { transform } from "sucrase";
import type { HarnessMessage, RunError, RunErrorPhase } from "../run-result";
import { transpile } from "../transpile";
import { formatConsoleArgs, locateInServer, SERVER_SCRIPT } from "./console-format";
import { MemoryFs } from "./memory-fs";
import { createRequire } from "./module-shim";
import type { PageToWorker, WireRequest, WorkerToPage } from "./navegador-protocol";

type ConsoleMethod = "log" | "info" | "debug" | "warn" | "error";
const STREAMS: Record<ConsoleMethod, "stdout" | "stderr"> = { log: "stdout", info: "stdout", debug: "stdout", warn: "stderr", error: "stderr" };
const DEFAULT_DRAIN_MS = 10_000;

export interface NavegadorServerOptions {
  post(message: WorkerToPage): void;
  /** The console the learner's code and the library write to; its methods are replaced until dispose(). */
  console?: Console;
}

interface Failure {
  phase: RunErrorPhase;
  requestId: string;
  message: string;
  line?: number;
  reported: boolean;
}

export class NavegadorServer {
  readonly #post: (message: WorkerToPage) => void;
  readonly #console: Console;
  readonly #originalConsole: Partial<Record<ConsoleMethod, Console[ConsoleMethod]>> = {};
  readonly #fs = new MemoryFs();
  readonly #pendingTasks = new Set<string>();
  readonly #handlerFailures = new Map<string, Failure>();
  readonly #deliveries = new Map<string, () => void>();
  #app: App | undefined;
  #current = "";
  #pendingFailure: Failure | null = null;
  #inFlight = 0;
  #scenarioDone = false;
  #idleSent = false;
  #finished = false;
  #filesScheduled = false;
  #lastFilesJson = "{}";

  constructor(options: NavegadorServerOptions) {
    this.#post = options.post;
    this.#console = options.console ?? globalThis.console;
    for (const method of Object.keys(STREAMS) as ConsoleMethod[]) {
      this.#originalConsole[method] = this.#console[method];
      this.#console[method] = (...args: unknown[]) => this.#log(method, args);
    }
  }

  handle(message: PageToWorker): void {
    switch (message.type) {
      case "load":
        void this.#load(message.serverTs);
        break;
      case "request":
        void this.#request(message.requestId, message.request);
        break;
      case "delivered":
        this.#deliveries.get(message.requestId)?.();
        this.#deliveries.delete(message.requestId);
        break;
      case "scenario-done":
        this.#scenarioDone = true;
        this.#progress();
        break;
      case "finish":
        void this.#finish(message.drainMs ?? DEFAULT_DRAIN_MS);
        break;
    }
  }

  /** An error nobody caught (a throw in a timer, a rejected promise nobody awaited). */
  reportUncaught(error: unknown): void {
    this.#reportError("runtime", error, false, this.#current);
  }

  /** Gives the console its methods back. */
  dispose(): void {
    Object.assign(this.#console, this.#originalConsole);
  }

  // ---- Loading the learner's server ----

  async #load(serverTs: string): Promise<void> {
    const compiled = transpile(serverTs);
    if (!compiled.ok) {
      const { line, column, message } = compiled.error;
      this.#emit({ type: "error", error: { phase: "syntax", message, line, column, fatal: true } });
      this.#end(false);
      return;
    }
    const module: { exports: Record<string, unknown> } = { exports: {} };
    try {
      // ESM → CommonJS keeps every line where it was, so stack lines are server.ts lines.
      const code = transform(compiled.code, { transforms: ["imports"], disableESTransforms: true }).code;
      // Indirect eval with the wrapper on line 1: the learner's line N is line N of "server.js".
      const factory = (0, eval)(`(async function (require, module, exports) {${code}\n})\n//# sourceURL=${SERVER_SCRIPT}`) as (
        require: (specifier: string) => unknown,
        module: { exports: Record<string, unknown> },
        exports: Record<string, unknown>,
      ) => Promise<void>;
      await factory(createRequire(backgroundTasks as unknown as Record<string, unknown>, this.#fs), module, module.exports);
    } catch (error) {
      this.#fail("load", error);
      return;
    }
    const app = module.exports.app as App | undefined;
    if (!app || typeof app.onTrace !== "function" || typeof app.fetch !== "function" || typeof app.close !== "function") {
      this.#fail("load", new Error("server.ts debe exportar la aplicación: export const app = new App();"));
      return;
    }
    this.#app = app;
    app.onTrace(this.#onTrace);
    this.#emit({ type: "ready", port: 0 });
  }

  // ---- Requests from the page ----

  async #request(requestId: string, wire: WireRequest): Promise<void> {
    const app = this.#app;
    if (!app || this.#finished) {
      this.#post({ type: "http-failure", requestId, message: `La petición ${requestId} no obtuvo respuesta: el servidor no está en marcha.` });
      return;
    }
    this.#inFlight++;
    this.#idleSent = false;
    try {
      const method = wire.method.toUpperCase();
      const headers = new Headers(wire.headers);
      headers.set("x-request-id", requestId);
      const init: RequestInit = { method, headers };
      if (wire.body !== undefined && method !== "GET" && method !== "HEAD") init.body = wire.body;
      const response = await app.fetch(new Request(`http://navegador.local${wire.target}`, init));
      await this.#deliver(requestId, response);
    } catch (error) {
      this.#post({ type: "http-failure", requestId, message: `La petición ${requestId} no obtuvo respuesta: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      this.#inFlight--;
      this.#progress();
    }
  }

  /**
   * Our transport: the body goes to the page, and only once the page has it do we take the last read
   * that tells the library the response was sent (as node:http's "finish"), so its tasks start after.
   */
  async #deliver(requestId: string, response: Response): Promise<void> {
    const status = response.status;
    const headers = Object.fromEntries(response.headers.entries());
    if (response.body === null) {
      await this.#hand(requestId, { status, headers, body: "" });
      return;
    }
    const expected = Number(response.headers.get("content-length") ?? Number.NaN);
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    let handed = false;
    for (;;) {
      if (!handed && size >= expected) {
        handed = true;
        await this.#hand(requestId, { status, headers, body: decode(chunks) });
      }
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
    if (!handed) await this.#hand(requestId, { status, headers, body: decode(chunks) });
  }

  #hand(requestId: string, response: { status: number; headers: Record<string, string>; body: string }): Promise<void> {
    const delivered = new Promise<void>((resolve) => this.#deliveries.set(requestId, resolve));
    this.#post({ type: "http-response", requestId, response });
    return delivered;
  }

  // ---- Trace, console and errors (as harness.js does them) ----

  readonly #onTrace = (event: ServerTraceEvent): void => {
    this.#emit({ type: "event", event });
    if (event.kind === "request.received" || event.kind === "dependency.start" || event.kind === "handler.start" || event.kind === "task.start") {
      this.#current = event.requestId;
    }
    switch (event.kind) {
      case "task.added":
        this.#pendingTasks.add(event.taskId);
        break;
      case "task.end":
        this.#pendingTasks.delete(event.taskId);
        this.#scheduleFiles();
        break;
      case "task.error": {
        this.#pendingTasks.delete(event.taskId);
        this.#scheduleFiles();
        const failure: Failure = { phase: "task", requestId: event.requestId, message: event.error, reported: false };
        this.#pendingFailure = failure;
        // onError runs right after this event; its console.error may add the line first.
        queueMicrotask(() => this.#reportFailure(failure));
        break;
      }
      case "tasks.skipped":
        for (const id of event.taskIds) this.#pendingTasks.delete(id);
        break;
      case "handler.end":
      case "dependency.end":
        if (event.error !== undefined) {
          const failure: Failure = { phase: "handler", requestId: event.requestId, message: event.error, reported: false };
          this.#pendingFailure = failure;
          this.#handlerFailures.set(event.requestId, failure);
        }
        break;
      case "response.sent": {
        this.#scheduleFiles();
        const failure = this.#handlerFailures.get(event.requestId);
        this.#handlerFailures.delete(event.requestId);
        if (failure && event.status === 500) this.#reportFailure(failure);
        break;
      }
      default:
        break;
    }
    this.#progress();
  };

  #log(method: ConsoleMethod, args: unknown[]): void {
    const text = formatConsoleArgs(args);
    this.#emit({ type: "event", event: { t: backgroundTasks.now(), kind: "log", requestId: this.#current, stream: STREAMS[method], text } });
    if (method === "error") for (const arg of args) if (arg instanceof Error) this.#claimFailure(arg);
  }

  #claimFailure(error: Error): void {
    const failure = this.#pendingFailure;
    if (!failure || failure.reported || error.message !== failure.message) return;
    this.#pendingFailure = null;
    const { line } = locateInServer(error);
    if (line !== undefined) failure.line = line;
    if (failure.phase === "handler") this.#reportFailure(failure);
  }

  #reportFailure(failure: Failure): void {
    if (failure.reported) return;
    failure.reported = true;
    const error: RunError = { phase: failure.phase, message: failure.message, fatal: false, requestId: failure.requestId };
    if (failure.line !== undefined) error.line = failure.line;
    this.#emit({ type: "error", error });
  }

  #reportError(phase: RunErrorPhase, thrown: unknown, fatal: boolean, requestId?: string): void {
    const error: RunError = { phase, message: thrown instanceof Error ? thrown.message : String(thrown), fatal };
    const { line } = locateInServer(thrown);
    if (line !== undefined) error.line = line;
    if (requestId) error.requestId = requestId;
    this.#emit({ type: "error", error });
  }

  #fail(phase: RunErrorPhase, error: unknown): void {
    this.#reportError(phase, error, true);
    this.#reportFiles();
    this.#end(false);
  }

  // ---- Files, idle, end ----

  #scheduleFiles(): void {
    if (this.#filesScheduled) return;
    this.#filesScheduled = true;
    setTimeout(() => this.#reportFiles(), 0);
  }

  #reportFiles(): void {
    this.#filesScheduled = false;
    const files = this.#fs.snapshot();
    const json = JSON.stringify(files);
    if (json === this.#lastFilesJson) return;
    this.#lastFilesJson = json;
    this.#emit({ type: "files", files });
  }

  #progress(): void {
    if (this.#finished || !this.#scenarioDone || this.#inFlight > 0) return;
    if (this.#pendingTasks.size === 0 && !this.#idleSent) {
      this.#idleSent = true;
      this.#reportFiles();
      this.#emit({ type: "idle" });
    }
  }

  async #finish(drainMs: number): Promise<void> {
    if (this.#finished) return;
    const report = this.#app ? await this.#app.close({ timeoutMs: drainMs }) : { drained: false, unfinished: [] };
    this.#reportFiles();
    this.#end(report.drained, report.unfinished);
  }

  #end(drained: boolean, unfinished: { requestId: string; taskId: string; name: string; state: "running" | "pending" }[] = []): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#emit({ type: "end", drained, unfinished });
  }

  #emit(message: HarnessMessage): void {
    this.#post({ type: "harness", message });
  }
}

const decoder = new TextDecoder();

function decode(chunks: Uint8Array[]): string {
  if (chunks.length === 1) return decoder.decode(chunks[0]);
  let size = 0;
  for (const chunk of chunks) size += chunk.byteLength;
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return decoder.decode(all);
}
