import { notYet, solved, type Challenge } from "./challenge";
import { answeredDuringTask, requestIdsTo, startedTasks } from "./run-facts";

const EXPECTED_LOG = "connecting to the mail server for ana@example.com\nwelcome e-mail sent to ana@example.com\n";

export const dYieldTheLoop: Challenge = {
  id: "d-yield-the-loop",
  lessonSlug: "crear-una-funcion-de-tarea",
  title: "Que /ping no espere",
  statement:
    "En este ejemplo, `sendWelcomeEmail` ocupa la CPU 300 ms y `GET /ping` tiene que esperar a que termine. Reescribe la tarea para que espere esos 300 ms sin bloquear el bucle de eventos, de modo que `/ping` se atienda y se responda mientras la tarea espera. `log.txt` debe quedar igual.",
  startsFrom: "d-blocking-task",
  solutionFile: "challenges/solutions/d-yield-the-loop.ts",
  check(run) {
    const [signup] = requestIdsTo(run, "POST", "/signup/");
    const [ping] = requestIdsTo(run, "GET", "/ping");
    if (signup === undefined || ping === undefined) return notYet("Faltan peticiones: ejecuta el ejemplo con su escenario (las dos a la vez).");
    const [task] = startedTasks(run, signup);
    if (task === undefined) return notYet("La petición de alta no ejecutó ninguna tarea.");
    if (!answeredDuringTask(run, ping, signup, task)) {
      return notYet(`/ping todavía se atiende cuando ${task} ya ha terminado: la tarea sigue sin ceder el bucle de eventos.`);
    }
    if (run.files["log.txt"] !== EXPECTED_LOG) return notYet(`log.txt contiene ${JSON.stringify(run.files["log.txt"] ?? null)}; debería ser ${JSON.stringify(EXPECTED_LOG)}.`);
    return solved("¡Resuelto! Mientras la tarea espera con await, el servidor atiende /ping.");
  },
};
