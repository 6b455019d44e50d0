import type { TraceEvent } from "background-tasks";
import { notYet, solved, type Challenge } from "./challenge";
import { eventsOf, requestIdsTo } from "./run-facts";

const EXPECTED_LOG = "URGENT notification for johndoe@example.com: some notification";

export const eUrgentFlag: Challenge = {
  id: "e-urgent-flag",
  lessonSlug: "anadir-la-tarea",
  title: "Una opción con nombre",
  statement:
    "Dale a `writeNotification` un tercer parámetro: un objeto de opciones `{ urgent?: boolean }` con `urgent` en `false` por defecto. Si es `true`, el texto del archivo empieza por `URGENT `. Después añade la tarea con el mensaje `some notification` y la opción `urgent: true`.",
  startsFrom: "e-positional",
  solutionFile: "challenges/solutions/e-urgent-flag.ts",
  check(run) {
    const [id] = requestIdsTo(run, "POST", "/send-notification/");
    if (id === undefined) return notYet("No se envió la petición: ejecuta el ejemplo con su escenario.");
    const added = eventsOf(run, id).find((event): event is Extract<TraceEvent, { kind: "task.added" }> => event.kind === "task.added");
    if (!added) return notYet("La petición no añadió ninguna tarea.");
    if (added.args.length !== 3) return notYet(`addTask recibió ${added.args.length} argumento(s) para la función; hacen falta tres: email, mensaje y opciones.`);
    if (!/"urgent"\s*:\s*true/.test(added.args[2] ?? "")) return notYet(`El tercer argumento es ${added.args[2]}; debería ser un objeto con urgent: true.`);
    if (run.files["log.txt"] !== EXPECTED_LOG) return notYet(`log.txt contiene ${JSON.stringify(run.files["log.txt"] ?? null)}; debería ser ${JSON.stringify(EXPECTED_LOG)}.`);
    return solved("¡Resuelto! El email y el mensaje van por posición; la opción, con su nombre.");
  },
};
