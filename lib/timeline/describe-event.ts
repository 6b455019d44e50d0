// One trace event, told in Spanish for the events table.
import type { TraceEvent } from "../background-tasks/src/trace";
import { listNames, NOT_RUN_BECAUSE } from "./vocabulary";

export function describeEvent(event: TraceEvent): string {
  switch (event.kind) {
    case "client.sent":
      return `El cliente envía ${event.method} ${event.path}`;
    case "request.received":
      return `El servidor recibe ${event.method} ${event.path}`;
    case "dependency.start":
      return `Empieza la dependencia ${event.name}`;
    case "dependency.end":
      return `Termina la dependencia ${event.name}`;
    case "handler.start":
      return `Empieza el manejador de ${event.route}`;
    case "handler.end":
      return `Termina el manejador de ${event.route}`;
    case "task.added":
      return `Se añade la tarea ${event.name}(${event.args.join(", ")})`;
    case "response.sent":
      return `El servidor envía la respuesta (${event.status})`;
    case "client.received":
      return `El cliente recibe la respuesta (${event.status})`;
    case "task.start":
      return `Empieza la tarea ${event.name}`;
    case "task.end":
      return `Termina la tarea ${event.name}`;
    case "task.error":
      return `Falla la tarea ${event.name}: ${event.error}`;
    case "tasks.skipped":
      return `No se ${event.names.length === 1 ? "ejecuta" : "ejecutan"} ${listNames(event.names)} ${NOT_RUN_BECAUSE[event.reason]}`;
    case "log":
      return `${event.stream === "stderr" ? "Imprime en stderr" : "Imprime"}: ${event.text.trimEnd()}`;
  }
}
