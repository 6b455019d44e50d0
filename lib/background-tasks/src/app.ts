// The application: routes, dependencies, one BackgroundTasks per request, and the task runner.
import type { Server } from "node:http";
import { BackgroundTask, BackgroundTasks, tasksOf } from "./background.js";
import { Context, type Dependency, type RequestContext } from "./context.js";
import { HTTPException, HttpResponse, renderJSON, STATUS_TEXT } from "./responses.js";
import { compilePath, matchPath, type CompiledPath, type Method, type PathParams } from "./router.js";
import { previewArg, Tracer, type SkipReason, type TraceListener } from "./trace.js";

export type { Method, PathParams };

/** What `onError` learns about a failure. `task` is absent when the handler or a dependency threw. */
export interface ErrorInfo {
  requestId: string;
  method: string;
  path: string;
  task?: BackgroundTask;
  taskId?: string;
}

export interface AppOptions {
  /** Called for every task that throws, and for every handler or dependency error answered with a 500. */
  onError?: (error: unknown, info: ErrorInfo) => void;
  /** Largest request body accepted, in bytes (default 1 MiB); larger bodies get a 413. */
  maxBodyBytes?: number;
}

export type Handler<P, D> = (ctx: RequestContext<P, D>) => unknown;
export type Dependencies = Record<string, Dependency<any>>;
export type Resolved<D extends Dependencies> = { [K in keyof D]: Awaited<ReturnType<D[K]>> };

export interface RouteOptions<D extends Dependencies> {
  /** Resolved in order before the handler, once per request each; their values arrive as `ctx.deps`. */
  depends?: D;
}

/** Lets a platform keep a request alive until its background work is done (Workers, Vercel, Deno). */
export interface WaitUntilContext {
  waitUntil(promise: Promise<unknown>): void;
}

export interface UnfinishedTask {
  requestId: string;
  taskId: string;
  name: string;
  /** `running` had started when the time ran out; `pending` never started and never will. */
  state: "running" | "pending";
}

export interface CloseReport {
  /** True when every response and every task finished within the time limit. */
  drained: boolean;
  /** Responses still being sent when the time ran out. */
  inFlight: number;
  unfinished: UnfinishedTask[];
}

/** A request as the adapters hand it to the app. */
export interface IncomingRequest {
  method: string;
  /** Path without the query string, still percent-encoded. */
  path: string;
  /** Query string without the leading "?". */
  search: string;
  /** A header's value by lower-case name. */
  header(name: string): string | undefined;
  /** All headers, built only if a handler asks. */
  headers(): Headers;
  bodyText: string;
}

/** A response ready for an adapter to send, and the tasks that run once it has been sent. */
export interface Outgoing {
  requestId: string;
  method: string;
  path: string;
  status: number;
  headers: Record<string, string>;
  body: string;
  tasks: BackgroundTask[];
}

interface Route {
  method: Method;
  path: CompiledPath;
  handler: Handler<any, any>;
  depends: [string, Dependency<any>][];
}

interface TaskRun {
  requestId: string;
  method: string;
  path: string;
  tasks: BackgroundTask[];
  index: number;
  started: boolean;
  stopped: boolean;
}

/** Adapters (node.ts, the fetch method) use these; they are not part of the public API. */
export const kDispatch = Symbol("dispatch");
export const kSent = Symbol("sent");
export const kAddServer = Symbol("addServer");

interface ServerHandle {
  stopAccepting(): void;
  closeConnections(): void;
}

const NULL_BODY = new Set([101, 204, 205, 304]);
const encoder = new TextEncoder();

export class App {
  readonly #routes: Route[] = [];
  readonly #literal = new Map<string, Route[]>();
  readonly #tracer = new Tracer();
  readonly #onError: (error: unknown, info: ErrorInfo) => void;
  readonly maxBodyBytes: number;
  readonly #runs = new Set<TaskRun>();
  readonly #servers = new Set<ServerHandle>();
  #drainWaiters: (() => void)[] = [];
  #inFlight = 0;
  #closing = false;
  #seq = 0;

  constructor(options: AppOptions = {}) {
    this.#onError = options.onError ?? defaultOnError;
    this.maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  }

  get<P extends string>(path: P, handler: Handler<PathParams<P>, {}>): this;
  get<P extends string, D extends Dependencies>(path: P, options: RouteOptions<D>, handler: Handler<PathParams<P>, Resolved<D>>): this;
  get(path: string, ...rest: unknown[]): this {
    return this.#add("GET", path, rest);
  }
  post<P extends string>(path: P, handler: Handler<PathParams<P>, {}>): this;
  post<P extends string, D extends Dependencies>(path: P, options: RouteOptions<D>, handler: Handler<PathParams<P>, Resolved<D>>): this;
  post(path: string, ...rest: unknown[]): this {
    return this.#add("POST", path, rest);
  }
  put<P extends string>(path: P, handler: Handler<PathParams<P>, {}>): this;
  put<P extends string, D extends Dependencies>(path: P, options: RouteOptions<D>, handler: Handler<PathParams<P>, Resolved<D>>): this;
  put(path: string, ...rest: unknown[]): this {
    return this.#add("PUT", path, rest);
  }
  patch<P extends string>(path: P, handler: Handler<PathParams<P>, {}>): this;
  patch<P extends string, D extends Dependencies>(path: P, options: RouteOptions<D>, handler: Handler<PathParams<P>, Resolved<D>>): this;
  patch(path: string, ...rest: unknown[]): this {
    return this.#add("PATCH", path, rest);
  }
  delete<P extends string>(path: P, handler: Handler<PathParams<P>, {}>): this;
  delete<P extends string, D extends Dependencies>(path: P, options: RouteOptions<D>, handler: Handler<PathParams<P>, Resolved<D>>): this;
  delete(path: string, ...rest: unknown[]): this {
    return this.#add("DELETE", path, rest);
  }

  /** Subscribes to the trace; returns the function that unsubscribes. */
  onTrace(listener: TraceListener): () => void {
    return this.#tracer.subscribe(listener);
  }

  /** Web-standard adapter. Tasks start once the response body has been read to the end. */
  fetch = async (request: Request, ctx?: WaitUntilContext): Promise<Response> => {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const bodyText = method === "GET" || method === "HEAD" || request.body === null ? "" : await request.text();
    const outgoing = await this[kDispatch]({
      method,
      path: url.pathname,
      search: url.search.slice(1),
      header: (name) => request.headers.get(name) ?? undefined,
      headers: () => request.headers,
      bodyText: encoder.encode(bodyText).byteLength > this.maxBodyBytes ? TOO_LARGE : bodyText,
    });
    const headers = new Headers(outgoing.headers);
    if (method === "HEAD" || NULL_BODY.has(outgoing.status)) {
      // No body to stream: the response counts as sent once the caller has it.
      const done = new Promise<void>((resolve) => setTimeout(() => resolve(this[kSent](outgoing, true)), 0));
      ctx?.waitUntil(done);
      return new Response(null, { status: outgoing.status, headers });
    }
    const bytes = encoder.encode(outgoing.body);
    headers.set("content-length", String(bytes.byteLength));
    let enqueued = bytes.byteLength === 0;
    let settle!: (run: void | Promise<void>) => void;
    const done = new Promise<void>((resolve) => (settle = (run) => resolve(run)));
    const stream = new ReadableStream<Uint8Array>(
      {
        pull: (controller) => {
          if (!enqueued) {
            enqueued = true;
            controller.enqueue(bytes);
            return;
          }
          // The consumer asked for more after the last byte: the whole body has been read.
          controller.close();
          settle(this[kSent](outgoing, true));
        },
        cancel: () => settle(this[kSent](outgoing, false)),
      },
      { highWaterMark: 0 },
    );
    ctx?.waitUntil(done);
    return new Response(stream, { status: outgoing.status, headers });
  };

  /** Serves the app with `node:http` (Node.js only). Defaults to 127.0.0.1, as uvicorn does. */
  async listen(port = 8000, host = "127.0.0.1"): Promise<Server> {
    const specifier = "./node.js"; // a variable, so browser bundles never pull in node:http
    const adapter = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ specifier)) as typeof import("./node.js");
    return adapter.listen(this, port, host);
  }

  /**
   * Graceful shutdown: stops accepting requests (new ones get a 503), lets in-flight responses
   * finish and drains pending tasks. Resolves with what did not finish within `timeoutMs`.
   */
  async close({ timeoutMs = 10_000 }: { timeoutMs?: number } = {}): Promise<CloseReport> {
    this.#closing = true;
    for (const server of this.#servers) server.stopAccepting();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const drained = await Promise.race([
      this.#idle().then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
    ]);
    clearTimeout(timer);
    const unfinished: UnfinishedTask[] = [];
    if (!drained) {
      for (const run of this.#runs) {
        run.stopped = true;
        run.tasks.forEach((task, i) => {
          if (i < run.index) return;
          const running = i === run.index && run.started;
          unfinished.push({ requestId: run.requestId, taskId: taskId(run.requestId, i), name: task.name, state: running ? "running" : "pending" });
        });
        const pendingFrom = run.started ? run.index + 1 : run.index;
        this.#skip(run.requestId, run.tasks, pendingFrom, "shutdown");
      }
    }
    for (const server of this.#servers) server.closeConnections();
    this.#servers.clear();
    return { drained, inFlight: this.#inFlight, unfinished };
  }

  /** True once `close()` has been called. */
  get closing(): boolean {
    return this.#closing;
  }

  [kAddServer](server: ServerHandle): void {
    this.#servers.add(server);
  }

  /** Handles a request; synchronous when no dependency and the handler return no promise (the hot path). */
  [kDispatch](req: IncomingRequest): Outgoing | Promise<Outgoing> {
    const requestId = req.header("x-request-id") || String(++this.#seq);
    const tracing = this.#tracer.active;
    this.#inFlight++;
    if (tracing) this.#tracer.emit({ kind: "request.received", requestId, method: req.method, path: req.path });
    if (this.#closing) return errorOutgoing(req, requestId, 503, STATUS_TEXT[503], { connection: "close" });
    if (req.bodyText === TOO_LARGE) return errorOutgoing(req, requestId, 413, STATUS_TEXT[413]);

    const method = (req.method === "HEAD" ? "GET" : req.method) as Method;
    const found = this.#match(method, req.path);
    if (found === 404) return errorOutgoing(req, requestId, 404, STATUS_TEXT[404]);
    if ("allowed" in found) return errorOutgoing(req, requestId, 405, STATUS_TEXT[405], { allow: found.allowed.join(", ") });
    const { route, params } = found;

    let body: unknown;
    if (req.bodyText !== "") {
      const type = req.header("content-type");
      if (type === undefined || type.includes("json")) {
        try {
          body = JSON.parse(req.bodyText);
        } catch (error) {
          return errorOutgoing(req, requestId, 422, jsonDecodeDetail(error));
        }
      }
    }

    const backgroundTasks = tracing ? new TracedTasks(this.#tracer, requestId) : new BackgroundTasks();
    const ctx = new Context(req, requestId, params, body, backgroundTasks, this.#tracer);
    if (route.depends.length > 0) return this.#resolveThenHandle(route, ctx, req);
    return this.#handle(route, ctx, req);
  }

  async #resolveThenHandle(route: Route, ctx: Context, req: IncomingRequest): Promise<Outgoing> {
    try {
      for (const [name, dependency] of route.depends) ctx.deps[name] = await ctx.depends(dependency);
    } catch (error) {
      return this.#failed(error, route, ctx, req, "dependency");
    }
    return this.#handle(route, ctx, req);
  }

  #handle(route: Route, ctx: Context, req: IncomingRequest): Outgoing | Promise<Outgoing> {
    const tracing = this.#tracer.active;
    if (tracing) this.#tracer.emit({ kind: "handler.start", requestId: ctx.requestId, route: route.path.pattern });
    let result: unknown;
    try {
      result = route.handler(ctx);
    } catch (error) {
      return this.#failed(error, route, ctx, req, "handler");
    }
    if (isThenable(result)) return this.#settle(result, route, ctx, req);
    if (tracing) this.#tracer.emit({ kind: "handler.end", requestId: ctx.requestId, route: route.path.pattern });
    return this.#respond(result, ctx, req);
  }

  async #settle(pending: PromiseLike<unknown>, route: Route, ctx: Context, req: IncomingRequest): Promise<Outgoing> {
    let result: unknown;
    try {
      result = await pending;
    } catch (error) {
      return this.#failed(error, route, ctx, req, "handler");
    }
    if (this.#tracer.active) this.#tracer.emit({ kind: "handler.end", requestId: ctx.requestId, route: route.path.pattern });
    return this.#respond(result, ctx, req);
  }

  /** The handler or a dependency threw: an error response, and none of the request's tasks will run. */
  #failed(error: unknown, route: Route, ctx: Context, req: IncomingRequest, phase: "dependency" | "handler"): Outgoing {
    const { requestId } = ctx;
    if (phase === "handler" && this.#tracer.active) this.#tracer.emit({ kind: "handler.end", requestId, route: route.path.pattern, error: messageOf(error) });
    this.#skip(requestId, ctx.backgroundTasks.tasks, 0, "handler-error");
    if (error instanceof HTTPException) return errorOutgoing(req, requestId, error.status, error.detail, error.headers);
    this.#report(error, { requestId, method: req.method, path: req.path });
    return errorOutgoing(req, requestId, 500, STATUS_TEXT[500]);
  }

  #respond(result: unknown, ctx: Context, req: IncomingRequest): Outgoing {
    const { requestId, backgroundTasks } = ctx;
    let outgoing: Outgoing;
    if (result instanceof HttpResponse) {
      const own = tasksOf(result.background);
      // Unlike FastAPI (which drops the injected tasks here), both run: injected first, then the response's own.
      if (own.length > 0 && backgroundTasks instanceof TracedTasks) for (const task of own) backgroundTasks.announce(task);
      else if (own.length > 0) backgroundTasks.tasks.push(...own);
      outgoing = { requestId, method: req.method, path: req.path, status: result.status, headers: { ...result.headers }, body: result.body, tasks: backgroundTasks.tasks };
    } else {
      outgoing = { requestId, method: req.method, path: req.path, status: 200, headers: { "content-type": "application/json" }, body: renderJSON(result), tasks: backgroundTasks.tasks };
    }
    if (this.#closing) outgoing.headers.connection = "close";
    return outgoing;
  }

  /**
   * The adapter reports that the response was handed to the transport (`delivered`), or that the
   * client went away first. Returns the run of the request's tasks.
   */
  [kSent](outgoing: Outgoing, delivered: boolean): void | Promise<void> {
    this.#inFlight--;
    const { requestId, tasks } = outgoing;
    if (!delivered) {
      // Starlette >= 0.42: a client that disconnects before the whole response was sent gets no tasks.
      this.#skip(requestId, tasks, 0, "client-disconnected");
      this.#notifyIfIdle();
      return;
    }
    if (this.#tracer.active) this.#tracer.emit({ kind: "response.sent", requestId, status: outgoing.status });
    if (tasks.length === 0) {
      this.#notifyIfIdle();
      return;
    }
    // Tracked in #runs (for close()) only once a task goes async: a synchronous run ends before anyone could ask.
    return this.#run({ requestId, method: outgoing.method, path: outgoing.path, tasks, index: 0, started: false, stopped: false });
  }

  /**
   * Runs the tasks from `run.index` on, one at a time. Stays synchronous while tasks return plain
   * values; the first promise a task returns is awaited before the next task starts.
   */
  #run(run: TaskRun): void | Promise<void> {
    const { requestId, tasks } = run;
    for (; run.index < tasks.length; run.index++) {
      if (run.stopped) return this.#endRun(run);
      const task = tasks[run.index]!;
      if (this.#tracer.active) this.#tracer.emit({ kind: "task.start", requestId, taskId: taskId(requestId, run.index), name: task.name });
      run.started = true;
      let result: unknown;
      try {
        result = task.fn(...task.args);
      } catch (error) {
        return this.#taskFailed(run, error);
      }
      if (isThenable(result)) return this.#awaitTask(run, result);
      this.#taskEnded(run);
    }
    this.#endRun(run);
  }

  async #awaitTask(run: TaskRun, pending: PromiseLike<unknown>): Promise<void> {
    this.#runs.add(run);
    try {
      await pending;
    } catch (error) {
      return this.#taskFailed(run, error);
    }
    this.#taskEnded(run);
    run.index++;
    await this.#run(run);
  }

  #taskEnded(run: TaskRun): void {
    run.started = false;
    if (this.#tracer.active) {
      const task = run.tasks[run.index]!;
      this.#tracer.emit({ kind: "task.end", requestId: run.requestId, taskId: taskId(run.requestId, run.index), name: task.name });
    }
  }

  #taskFailed(run: TaskRun, error: unknown): void {
    const { requestId, tasks } = run;
    const task = tasks[run.index]!;
    const id = taskId(requestId, run.index);
    if (this.#tracer.active) this.#tracer.emit({ kind: "task.error", requestId, taskId: id, name: task.name, error: messageOf(error) });
    this.#report(error, { requestId, method: run.method, path: run.path, task, taskId: id });
    if (!run.stopped) this.#skip(requestId, tasks, run.index + 1, "previous-task-failed");
    this.#endRun(run);
  }

  #endRun(run: TaskRun): void {
    this.#runs.delete(run);
    this.#notifyIfIdle();
  }

  #skip(requestId: string, tasks: BackgroundTask[], from: number, reason: SkipReason): void {
    if (from >= tasks.length || !this.#tracer.active) return;
    const skipped = tasks.slice(from);
    this.#tracer.emit({
      kind: "tasks.skipped",
      requestId,
      reason,
      taskIds: skipped.map((_, i) => taskId(requestId, from + i)),
      names: skipped.map((task) => task.name),
    });
  }

  #report(error: unknown, info: ErrorInfo): void {
    try {
      this.#onError(error, info);
    } catch (hookError) {
      console.error("[background-tasks] onError lanzó un error:", hookError);
    }
  }

  #idle(): Promise<void> {
    if (this.#inFlight === 0 && this.#runs.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#drainWaiters.push(resolve));
  }

  #notifyIfIdle(): void {
    if (this.#inFlight !== 0 || this.#runs.size !== 0 || this.#drainWaiters.length === 0) return;
    const waiters = this.#drainWaiters;
    this.#drainWaiters = [];
    for (const resolve of waiters) resolve();
  }

  #add(method: Method, pattern: string, rest: unknown[]): this {
    const [options, handler] = (rest.length === 1 ? [{}, rest[0]] : rest) as [RouteOptions<Dependencies>, Handler<any, any>];
    if (typeof handler !== "function") throw new TypeError(`${method} ${pattern}: falta la función que atiende la ruta`);
    const route: Route = { method, path: compilePath(pattern), handler, depends: Object.entries(options.depends ?? {}) };
    this.#routes.push(route);
    if (route.path.literal !== null) {
      const list = this.#literal.get(route.path.literal) ?? [];
      list.push(route);
      this.#literal.set(route.path.literal, list);
    }
    return this;
  }

  /** The route and its params; 404; or, when only other methods match, the allowed methods. */
  #match(method: Method, rawPath: string): { route: Route; params: Record<string, string> } | 404 | { allowed: Method[] } {
    const literal = this.#literal.get(rawPath);
    if (literal) {
      for (const route of literal) if (route.method === method) return { route, params: {} };
    }
    const allowed: Method[] = literal ? literal.map((r) => r.method) : [];
    for (const route of this.#routes) {
      if (route.path.literal !== null) continue;
      const params = matchPath(route.path, rawPath);
      if (params === null) continue;
      if (route.method === method) return { route, params };
      allowed.push(route.method);
    }
    return allowed.length > 0 ? { allowed: [...new Set(allowed)] } : 404;
  }
}

/** The request's task list when someone listens to the trace: announces each task as it is added. */
class TracedTasks extends BackgroundTasks {
  readonly #tracer: Tracer;
  readonly #requestId: string;

  constructor(tracer: Tracer, requestId: string) {
    super();
    this.#tracer = tracer;
    this.#requestId = requestId;
  }

  override addTask<A extends unknown[]>(fn: (...args: A) => unknown, ...args: A): void {
    this.announce(new BackgroundTask(fn, ...args));
  }

  announce(task: BackgroundTask): void {
    this.tasks.push(task);
    this.#tracer.emit({
      kind: "task.added",
      requestId: this.#requestId,
      taskId: taskId(this.#requestId, this.tasks.length - 1),
      name: task.name,
      args: task.args.map((arg) => previewArg(arg)),
    });
  }
}

const TOO_LARGE = "\u0000too-large";

function taskId(requestId: string, index: number): string {
  return `${requestId}.${index + 1}`;
}

function errorOutgoing(req: IncomingRequest, requestId: string, status: number, detail: unknown, headers: Record<string, string> = {}): Outgoing {
  return { requestId, method: req.method, path: req.path, status, headers: { ...headers, "content-type": "application/json" }, body: renderJSON({ detail }), tasks: [] };
}

/** FastAPI's 422 body for a body that is not valid JSON. */
function jsonDecodeDetail(error: unknown): unknown {
  const message = messageOf(error);
  const position = /position (\d+)/.exec(message);
  return [{ type: "json_invalid", loc: position ? ["body", Number(position[1])] : ["body"], msg: "JSON decode error", ctx: { error: message } }];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === "object" && value !== null && typeof (value as PromiseLike<unknown>).then === "function";
}

function defaultOnError(error: unknown, info: ErrorInfo): void {
  if (info.task) console.error(`[background-tasks] La tarea "${info.task.name}" (${info.taskId}) falló; las siguientes de la petición ${info.requestId} no se ejecutarán:`, error);
  else console.error(`[background-tasks] Error al atender ${info.method} ${info.path} (petición ${info.requestId}); respuesta 500:`, error);
}
