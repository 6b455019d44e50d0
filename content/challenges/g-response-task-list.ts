import { notYet, solved, type Challenge } from "./challenge";
import { eventsOf, firstTime, requestIdsTo, startedTasks } from "./run-facts";

const EXPECTED_LOG = "notification for johndoe@example.com: some notification";
const EXPECTED_AUDIT = "notification sent to johndoe@example.com\n";

export const gResponseTaskList: Challenge = {
  id: "g-response-task-list",
  lessonSlug: "detalles-tecnicos",
  title: "Una lista propia en la respuesta",
  statement:
    "La respuesta lleva una sola `BackgroundTask`. Cámbiala por una lista `BackgroundTasks` con dos tareas: primero la notificación y después una que añada a `audit.txt` la línea `notification sent to <email>`. Las dos tienen que ir en la respuesta, sin usar la `backgroundTasks` inyectada.",
  startsFrom: "g-background-task",
  solutionFile: "challenges/solutions/g-response-task-list.ts",
  check(run) {
    const [id] = requestIdsTo(run, "POST", "/send-notification/");
    if (id === undefined) return notYet("No se envió la petición: ejecuta el ejemplo con su escenario.");
    const tasks = startedTasks(run, id);
    if (tasks.length < 2) return notYet(`La petición ejecutó ${tasks.length} tarea(s); la lista de la respuesta debe llevar dos.`);
    if (tasks[0] !== "writeNotification") return notYet(`La primera tarea fue ${tasks[0]}; la notificación debe ir primero.`);
    // Tasks the handler adds to the injected list appear while it runs; a response's own, after it returns.
    const handlerEnd = firstTime(run, id, "handler.end");
    const injected = eventsOf(run, id).filter((event) => event.kind === "task.added" && handlerEnd !== undefined && event.t < handlerEnd);
    if (injected.length > 0) return notYet("Alguna tarea se añadió con la backgroundTasks inyectada; ponlas todas en la lista de la respuesta.");
    if (run.files["log.txt"] !== EXPECTED_LOG) return notYet(`log.txt contiene ${JSON.stringify(run.files["log.txt"] ?? null)}; debería ser ${JSON.stringify(EXPECTED_LOG)}.`);
    const audit = run.files["audit.txt"];
    if (audit !== EXPECTED_AUDIT) return notYet(audit === undefined ? "Todavía no existe audit.txt." : `audit.txt contiene ${JSON.stringify(audit)}; debería ser ${JSON.stringify(EXPECTED_AUDIT)}.`);
    return solved("¡Resuelto! La respuesta lleva su propia lista, y sus tareas corren en orden cuando ya ha salido.");
  },
};
