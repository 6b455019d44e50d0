// What a handler and its dependencies receive: the request, its BackgroundTasks, resolved dependencies.
import type { IncomingRequest } from "./app.js";
import type { BackgroundTasks } from "./background.js";
import type { Tracer } from "./trace.js";

/** A dependency: a function of the request context, resolved at most once per request. */
export type Dependency<T = unknown> = (ctx: RequestContext) => T | Promise<T>;

export interface RequestContext<P = Record<string, string>, D = Record<string, unknown>> {
  /** The request's id in the trace (the `x-request-id` header when the client sent one). */
  readonly requestId: string;
  readonly method: string;
  /** The path, still percent-encoded, without the query string. */
  readonly path: string;
  /** Path parameters, decoded: `{ email }` for `/send-notification/{email}`. */
  readonly params: P;
  readonly query: URLSearchParams;
  readonly headers: Headers;
  /** The JSON body, parsed; `undefined` when there is none or it is not JSON. */
  readonly body: unknown;
  /** The raw body text. */
  readonly text: string;
  /** The request's one task list, shared by every dependency and the handler. */
  readonly backgroundTasks: BackgroundTasks;
  /** The values of the route's `depends`, by name. */
  readonly deps: D;
  /** Resolves another dependency (cached: each runs once per request). */
  depends<T>(dependency: Dependency<T>): Promise<T>;
}

export class Context implements RequestContext<any, any> {
  readonly requestId: string;
  readonly params: Record<string, string>;
  readonly body: unknown;
  readonly backgroundTasks: BackgroundTasks;
  readonly deps: Record<string, unknown> = {};
  readonly #req: IncomingRequest;
  readonly #tracer: Tracer;
  #query: URLSearchParams | undefined;
  #resolved: Map<Dependency<unknown>, Promise<unknown>> | undefined;

  constructor(req: IncomingRequest, requestId: string, params: Record<string, string>, body: unknown, backgroundTasks: BackgroundTasks, tracer: Tracer) {
    this.#req = req;
    this.requestId = requestId;
    this.params = params;
    this.body = body;
    this.backgroundTasks = backgroundTasks;
    this.#tracer = tracer;
  }

  get method(): string {
    return this.#req.method;
  }
  get path(): string {
    return this.#req.path;
  }
  get query(): URLSearchParams {
    return (this.#query ??= new URLSearchParams(this.#req.search));
  }
  get headers(): Headers {
    return this.#req.headers();
  }
  get text(): string {
    return this.#req.bodyText;
  }

  depends<T>(dependency: Dependency<T>): Promise<T> {
    this.#resolved ??= new Map();
    let value = this.#resolved.get(dependency);
    if (value === undefined) {
      value = this.#resolve(dependency);
      this.#resolved.set(dependency, value);
    }
    return value as Promise<T>;
  }

  async #resolve<T>(dependency: Dependency<T>): Promise<T> {
    const name = dependency.name || "anonymous";
    const tracing = this.#tracer.active;
    if (tracing) this.#tracer.emit({ kind: "dependency.start", requestId: this.requestId, name });
    try {
      const value = await dependency(this);
      if (tracing) this.#tracer.emit({ kind: "dependency.end", requestId: this.requestId, name });
      return value;
    } catch (error) {
      if (tracing) this.#tracer.emit({ kind: "dependency.end", requestId: this.requestId, name, error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }
}
