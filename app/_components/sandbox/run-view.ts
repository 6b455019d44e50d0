// What the sandbox's panels show of a live run: the stream's items folded into one state.
import type { TraceEvent } from "background-tasks";
import type { ConsoleLine, RecordedResponse, RunError, StreamItem } from "../../../lib/sandbox/run-result";

export type RunStatus = "idle" | "starting" | "running" | "serving" | "ended";

export interface RunView {
  status: RunStatus;
  events: TraceEvent[];
  responses: RecordedResponse[];
  console: ConsoleLine[];
  files: Record<string, string>;
  errors: RunError[];
  /** The run's final word, in Spanish, once it has ended. */
  ending?: string;
}

export const EMPTY_RUN: RunView = { status: "idle", events: [], responses: [], console: [], files: {}, errors: [] };

/** Folds one item into the view (mutating copies stay cheap: the caller commits once per frame). */
export function applyItem(view: RunView, item: StreamItem): RunView {
  switch (item.type) {
    case "event":
      return item.event.kind === "log"
        ? { ...view, events: [...view.events, item.event], console: [...view.console, { stream: item.event.stream, text: item.event.text }] }
        : { ...view, events: [...view.events, item.event], status: view.status === "serving" ? "running" : view.status };
    case "response":
      return { ...view, responses: [...view.responses, item.response] };
    case "console":
      return { ...view, console: [...view.console, item.line] };
    case "files":
      return { ...view, files: item.files };
    case "error":
      return { ...view, errors: [...view.errors, item.error] };
    case "ready":
      return { ...view, status: "running" };
    case "idle":
      return { ...view, status: "serving" };
    case "end":
      return view;
  }
}

/** The Spanish line of each error a learner can cause. */
export function errorTitle(error: RunError): string {
  switch (error.phase) {
    case "syntax":
      return "Error de sintaxis";
    case "load":
      return "server.ts no se pudo cargar";
    case "handler":
      return "La ruta lanzó un error";
    case "task":
      return "Una tarea en segundo plano lanzó un error";
    case "runtime":
      return "Error no capturado";
    case "scenario":
      return "Una petición no obtuvo respuesta";
    case "timeout":
      return "Tiempo agotado";
    case "harness":
      return "El entorno de ejecución falló";
  }
}
