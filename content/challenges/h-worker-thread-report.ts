import { notYet, solved, type Challenge } from "./challenge";
import { answeredDuringTask, requestIdsTo, startedTasks } from "./run-facts";

const EXPECTED_LOG = "report 1: 148933 primes below 2000000\n";

export const hWorkerThreadReport: Challenge = {
  id: "h-worker-thread-report",
  lessonSlug: "advertencia",
  title: "Saca el cálculo del bucle de eventos",
  statement:
    "Mientras se cuentan los primos del informe, `GET /health` tiene que esperar. Haz que el cálculo corra en un worker thread (`node:worker_threads`), para que `/health` se atienda y se responda mientras el informe se calcula. El resultado en `log.txt` no debe cambiar. Necesitas el entorno WebContainer: el entorno Navegador no tiene worker threads.",
  startsFrom: "h-cpu-blocking",
  solutionFile: "examples/h-worker-thread/server.ts",
  check(run) {
    const [report] = requestIdsTo(run, "POST", "/reports/");
    const [health] = requestIdsTo(run, "GET", "/health");
    if (report === undefined || health === undefined) return notYet("Faltan peticiones: ejecuta el ejemplo con su escenario (las dos a la vez).");
    const [task] = startedTasks(run, report);
    if (task === undefined) return notYet("La petición del informe no ejecutó ninguna tarea.");
    if (!answeredDuringTask(run, health, report, task)) {
      return notYet(`/health solo se atiende cuando ${task} ha terminado: el cálculo sigue bloqueando el bucle de eventos.`);
    }
    if (run.files["log.txt"] !== EXPECTED_LOG) return notYet(`log.txt contiene ${JSON.stringify(run.files["log.txt"] ?? null)}; debería ser ${JSON.stringify(EXPECTED_LOG)}.`);
    return solved("¡Resuelto! El informe se calcula en otro hilo y /health responde sin esperar.");
  },
};
