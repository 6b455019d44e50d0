import { notYet, solved, type Challenge } from "./challenge";
import { eventsOf, requestIdsTo } from "./run-facts";

const EXPECTED_LOG = "request: POST /send-notification/johndoe@example.com\nfound query: hola\nmessage to johndoe@example.com\n";

export const fRequestLineDependency: Challenge = {
  id: "f-request-line-dependency",
  lessonSlug: "inyeccion-de-dependencias",
  title: "Una dependencia más, la primera",
  statement:
    "Añade a la ruta otra dependencia, `getRequestLine`, que apunte con `writeLog` la línea `request: <método> <ruta>` (por ejemplo, `request: POST /send-notification/johndoe@example.com`, con su salto de línea). Su tarea tiene que correr antes que las otras dos.",
  startsFrom: "f-dependencies",
  solutionFile: "challenges/solutions/f-request-line-dependency.ts",
  check(run) {
    const [id] = requestIdsTo(run, "POST", "/send-notification/");
    if (id === undefined) return notYet("No se envió la petición: ejecuta el ejemplo con su escenario.");
    const dependencies = new Set(eventsOf(run, id).flatMap((event) => (event.kind === "dependency.start" ? [event.name] : [])));
    if (dependencies.size < 2) return notYet(`La ruta resolvió ${dependencies.size} dependencia(s); hacen falta dos.`);
    const log = run.files["log.txt"];
    if (log !== EXPECTED_LOG) return notYet(`log.txt contiene ${JSON.stringify(log ?? null)}; debería ser ${JSON.stringify(EXPECTED_LOG)}.`);
    return solved("¡Resuelto! Las dependencias se resuelven antes que el handler, y sus tareas van primero en la lista compartida.");
  },
};
