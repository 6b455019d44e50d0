// The one interface every runtime implements; the page never knows which one runs the code.
import type { RunResult, StreamItem } from "../run-result";
import type { Scenario, ScenarioRequest } from "../scenario";

/** "webcontainer": real Node.js in the browser. "navegador": a Web Worker with the library's core. */
export type RuntimeKind = "webcontainer" | "navegador";

export interface RunInput {
  /** The example's id, copied into the result. */
  id: string;
  /** The learner's server.ts, as typed. */
  serverTs: string;
  scenario: Scenario;
}

export interface RunOptions {
  /** Every harness message and console line, as it arrives (the same items in both runtimes). */
  onItem?: (item: StreamItem) => void;
  /** A busy run (scenario or extra request not yet answered and drained) is stopped after this long. */
  timeLimitMs?: number;
}

/**
 * A running example. It stays up after its scenario (the harness says `idle`) so that the page can
 * send more requests, until `stop()` or `finish()`.
 */
export interface SandboxRun {
  readonly kind: RuntimeKind;
  /** Resolves once the run has ended, whatever the reason. */
  readonly result: Promise<RunResult>;
  /** Sends another request to the running server (the Petición panel); its events join the run. */
  sendRequest(request: ScenarioRequest): void;
  /** Ends the run at once, an endless loop included (Detener). */
  stop(): void;
  /** Asks the server to drain its tasks, report and end. */
  finish(): void;
}

export interface SandboxRuntime {
  readonly kind: RuntimeKind;
  start(input: RunInput, options?: RunOptions): SandboxRun;
}

/** A learner-facing label for each runtime. */
export const RUNTIME_LABELS: Record<RuntimeKind, string> = {
  webcontainer: "WebContainer (Node.js)",
  navegador: "Navegador",
};

export const DEFAULT_TIME_LIMIT_MS = 10_000;

export function timeLimitMessage(timeLimitMs: number): string {
  const seconds = Math.round(timeLimitMs / 100) / 10;
  return `La ejecución superó el límite de ${seconds} s y se detuvo. ¿Hay un bucle infinito o una tarea que nunca termina? Tu código sigue en el editor.`;
}

export const STOPPED_MESSAGE = "Detuviste la ejecución. Tu código sigue en el editor.";
