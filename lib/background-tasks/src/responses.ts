// Response objects a handler may return instead of a plain value (Starlette's responses).
import type { BackgroundTask, BackgroundTasks } from "./background.js";

export interface ResponseInit {
  status?: number;
  headers?: Record<string, string>;
  /** Tasks that belong to this response; they run after the tasks injected into the request. */
  background?: BackgroundTask | BackgroundTasks | null;
}

/** A response with a body already rendered to text. */
export class HttpResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
  readonly background: BackgroundTask | BackgroundTasks | null;

  constructor(body: string, mediaType: string, init: ResponseInit = {}) {
    this.status = init.status ?? 200;
    this.body = body;
    this.background = init.background ?? null;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
    headers["content-type"] ??= mediaType;
    this.headers = headers;
  }
}

export class JSONResponse extends HttpResponse {
  constructor(content: unknown, init: ResponseInit = {}) {
    super(renderJSON(content), "application/json", init);
  }
}

export class PlainTextResponse extends HttpResponse {
  constructor(content: string, init: ResponseInit = {}) {
    super(content, "text/plain; charset=utf-8", init);
  }
}

export class HTMLResponse extends HttpResponse {
  constructor(content: string, init: ResponseInit = {}) {
    super(content, "text/html; charset=utf-8", init);
  }
}

/** Throw it from a handler or a dependency to answer with `status` and `{ "detail": detail }`. */
export class HTTPException extends Error {
  readonly status: number;
  readonly detail: unknown;
  readonly headers: Record<string, string>;

  constructor(status: number, detail?: unknown, headers: Record<string, string> = {}) {
    super(typeof detail === "string" ? detail : `HTTP ${status}`);
    this.name = "HTTPException";
    this.status = status;
    this.detail = detail ?? STATUS_TEXT[status] ?? "Error";
    this.headers = headers;
  }
}

/** JSON text of a handler's value; `undefined` becomes `null` as in FastAPI. */
export function renderJSON(content: unknown): string {
  return JSON.stringify(content) ?? "null";
}

export const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Content Too Large",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};
