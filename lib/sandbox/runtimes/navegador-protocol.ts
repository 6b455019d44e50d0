// Messages between the page (the client) and the Navegador worker (the server).
import type { HarnessMessage } from "../run-result";

/** A request as it travels to the server: the target carries the query already. */
export interface WireRequest {
  method: string;
  /** Path and `?query`. */
  target: string;
  headers: Record<string, string>;
  body?: string;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type PageToWorker =
  /** Transpile and load the learner's server.ts; the worker answers `ready` or a fatal error. */
  | { type: "load"; serverTs: string }
  | { type: "request"; requestId: string; request: WireRequest }
  /** The page has the response: only now is it "sent", and may the request's tasks start. */
  | { type: "delivered"; requestId: string }
  /** Every scenario response is in: the worker may say `idle` once its tasks are done. */
  | { type: "scenario-done" }
  /** Drain the tasks, report the files and end. */
  | { type: "finish"; drainMs?: number };

export type WorkerToPage =
  | { type: "harness"; message: HarnessMessage }
  | { type: "http-response"; requestId: string; response: WireResponse }
  | { type: "http-failure"; requestId: string; message: string };
