// The Navegador runtime, page side: one Web Worker per run (the server), the client here on the page.
import type { RunResult } from "../run-result";
import type { ScenarioRequest } from "../scenario";
import type { PageToWorker, WireResponse, WorkerToPage } from "./navegador-protocol";
import { RunRecorder } from "./run-recorder";
import { DEFAULT_TIME_LIMIT_MS, timeLimitMessage, type RunInput, type RunOptions, type SandboxRun, type SandboxRuntime } from "./runtime";
import { ScenarioClient, type ClientTransport } from "./scenario-client";

/** What the runtime needs of a Worker (a browser Worker, or a node:worker_threads adapter in tests). */
export interface WorkerLike {
  postMessage(message: PageToWorker): void;
  terminate(): void;
  onmessage: ((event: { data: WorkerToPage }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

export interface NavegadorRuntimeOptions {
  createWorker(): WorkerLike;
  /** How long `finish()` lets the tasks drain. */
  drainMs?: number;
}

export class NavegadorRuntime implements SandboxRuntime {
  readonly kind = "navegador" as const;
  readonly #createWorker: () => WorkerLike;
  readonly #drainMs: number;
  #spare: WorkerLike | undefined;
  #keepWarm = false;

  constructor(options: NavegadorRuntimeOptions) {
    this.#createWorker = options.createWorker;
    this.#drainMs = options.drainMs ?? 10_000;
  }

  /** Starts a worker ahead of the next run (its modules load meanwhile), and keeps one ready after each run. */
  warm(): void {
    this.#keepWarm = true;
    if (this.#spare) return;
    try {
      this.#spare = this.#createWorker();
    } catch {
      // start() will report it.
    }
  }

  start(input: RunInput, options: RunOptions = {}): SandboxRun {
    const recorder = new RunRecorder(input.id, options.onItem);
    const timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    let resolveResult!: (result: RunResult) => void;
    const result = new Promise<RunResult>((resolve) => (resolveResult = resolve));

    let worker: WorkerLike;
    try {
      worker = this.#spare ?? this.#createWorker();
      this.#spare = undefined;
    } catch (error) {
      recorder.addError({ phase: "harness", message: `el entorno Navegador no pudo arrancar: ${messageOf(error)}`, fatal: true });
      resolveResult(recorder.result());
      return { kind: this.kind, result, sendRequest: () => {}, stop: () => {}, finish: () => {} };
    }

    const waiting = new Map<string, { resolve(response: WireResponse): void; reject(error: Error): void }>();
    const post = (message: PageToWorker) => {
      if (!ended) worker.postMessage(message);
    };
    const transport: ClientTransport = {
      send: (requestId, request) =>
        new Promise((resolve, reject) => {
          waiting.set(requestId, { resolve, reject });
          post({ type: "request", requestId, request });
        }),
      received: (requestId) => post({ type: "delivered", requestId }),
    };
    const client = new ScenarioClient(transport, (message) => {
      if (!ended) recorder.pushMessage(message);
    });

    let ended = false;
    let busy: ReturnType<typeof setTimeout> | undefined;
    let markReady!: () => void;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    const armBusy = () => {
      clearTimeout(busy);
      busy = setTimeout(() => {
        recorder.addError({ phase: "timeout", message: timeLimitMessage(timeLimitMs), fatal: true });
        end();
      }, timeLimitMs);
    };
    const end = () => {
      if (ended) return;
      ended = true;
      clearTimeout(busy);
      worker.terminate();
      waiting.clear();
      resolveResult(recorder.result());
      if (this.#keepWarm) this.warm();
    };

    worker.onmessage = ({ data }) => {
      if (ended) return;
      switch (data.type) {
        case "harness": {
          const message = data.message;
          recorder.pushMessage(message);
          if (message.type === "ready") {
            markReady();
            void client.runScenario(input.scenario).then(() => post({ type: "scenario-done" }));
          } else if (message.type === "idle") {
            clearTimeout(busy);
            // The next run's worker loads while this one waits, not when Ejecutar is pressed again.
            if (this.#keepWarm) this.warm();
          }
          else if (message.type === "end") end();
          break;
        }
        case "http-response":
          waiting.get(data.requestId)?.resolve(data.response);
          waiting.delete(data.requestId);
          break;
        case "http-failure":
          waiting.get(data.requestId)?.reject(new Error(data.message));
          waiting.delete(data.requestId);
          break;
      }
    };
    worker.onerror = (event) => {
      if (ended) return;
      recorder.addError({ phase: "harness", message: `el entorno Navegador falló: ${event.message ?? "el worker no se pudo cargar"}`, fatal: true });
      end();
    };

    armBusy();
    post({ type: "load", serverTs: input.serverTs });

    return {
      kind: this.kind,
      result,
      sendRequest: (request: ScenarioRequest) => {
        void ready.then(() => {
          if (ended) return;
          armBusy();
          void client.sendExtra(request);
        });
      },
      stop: () => {
        if (ended) return;
        recorder.markStopped();
        end();
      },
      finish: () => {
        if (ended) return;
        post({ type: "finish", drainMs: this.#drainMs });
        clearTimeout(busy);
        busy = setTimeout(end, this.#drainMs + 2_000);
      },
    };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
