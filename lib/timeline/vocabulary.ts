// The Spanish words the timeline shows, in one place.
import type { SkipReason } from "../background-tasks/src/trace";

export type LaneId = "client" | "server" | "tasks";

export const LANE_LABELS: Record<LaneId, string> = {
  client: "Cliente",
  server: "Servidor",
  tasks: "Tareas en segundo plano",
};

/** Why a task never ran; "not-started" is a task added but neither run nor skipped when the trace ends. */
export type NotRunReason = SkipReason | "not-started";

/** Completes "no se ejecutaron … ___". */
export const NOT_RUN_BECAUSE: Record<NotRunReason, string> = {
  "handler-error": "porque el manejador o una dependencia falló",
  "previous-task-failed": "porque falló una tarea anterior",
  "client-disconnected": "porque el cliente se desconectó antes de recibir toda la respuesta",
  shutdown: "porque el servidor se apagó antes de que pudieran empezar",
  "not-started": "porque la ejecución terminó antes",
};

/** "1 tarea", "3 tareas". */
export function countTasks(n: number): string {
  return n === 1 ? "1 tarea" : `${n} tareas`;
}

/** "1 petición", "3 peticiones". */
export function countRequests(n: number): string {
  return n === 1 ? "1 petición" : `${n} peticiones`;
}

/** "a", "a y b", "a, b y c". */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} y ${names[names.length - 1]}`;
}
