import { notYet, solved, type Challenge } from "./challenge";
import { requestIdsTo, startedTasks, tasksAfterResponse } from "./run-facts";

const EXPECTED_AUDIT = "notification queued for johndoe@example.com\n";
const EXPECTED_LOG = "notification for johndoe@example.com: some notification";

export const cAuditLog: Challenge = {
  id: "c-audit-log",
  lessonSlug: "background-tasks",
  title: "Dos tareas en la misma petición",
  statement:
    "Añade una segunda tarea al endpoint: una función que añada a `audit.txt` la línea `notification queued for <email>` (con su salto de línea). Tiene que correr después de `writeNotification`, y `log.txt` no debe cambiar.",
  startsFrom: "c-send-notification",
  solutionFile: "challenges/solutions/c-audit-log.ts",
  check(run) {
    const [id] = requestIdsTo(run, "POST", "/send-notification/");
    if (id === undefined) return notYet("No se envió la petición: ejecuta el ejemplo con su escenario.");
    const tasks = startedTasks(run, id);
    if (tasks.length < 2) return notYet(`La petición ejecutó ${tasks.length} tarea(s); hacen falta dos.`);
    if (tasks[0] !== "writeNotification") return notYet(`La primera tarea fue ${tasks[0]}; writeNotification debe ir primero.`);
    if (!tasksAfterResponse(run, id)) return notYet("Una tarea empezó antes de enviar la respuesta.");
    if (run.files["log.txt"] !== EXPECTED_LOG) return notYet(`log.txt cambió: ahora contiene ${JSON.stringify(run.files["log.txt"] ?? null)}.`);
    const audit = run.files["audit.txt"];
    if (audit === undefined) return notYet("Todavía no existe audit.txt.");
    if (audit !== EXPECTED_AUDIT) return notYet(`audit.txt contiene ${JSON.stringify(audit)}; debería ser ${JSON.stringify(EXPECTED_AUDIT)}.`);
    return solved("¡Resuelto! Las dos tareas corren después de la respuesta, en el orden en que las añadiste.");
  },
};
