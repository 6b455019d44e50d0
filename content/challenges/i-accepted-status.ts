import { notYet, solved, type Challenge } from "./challenge";
import { jsonBody, requestIdsTo, responseOf, startedTasks, tasksAfterResponse } from "./run-facts";

const EXPECTED_LOG = "order from ana@example.com\nconfirmation for order 1234 sent to ana@example.com\n";

export const iAcceptedStatus: Challenge = {
  id: "i-accepted-status",
  lessonSlug: "resumen-visual",
  title: "202: recibido, lo hago luego",
  statement:
    "Cuando una API responde antes de terminar el trabajo, el código de estado más honesto es `202 Accepted`. Haz que el pedido responda con 202, con el mismo cuerpo, y sin perder ninguna de las dos tareas.",
  startsFrom: "i-full-flow",
  solutionFile: "challenges/solutions/i-accepted-status.ts",
  check(run) {
    const [id] = requestIdsTo(run, "POST", "/orders/");
    if (id === undefined) return notYet("No se envió el pedido: ejecuta el ejemplo con su escenario.");
    const response = responseOf(run, id);
    if (response?.status !== 202) return notYet(`La respuesta fue ${response?.status ?? "ninguna"}; debería ser 202.`);
    const body = jsonBody(response) as { message?: unknown; order_id?: unknown } | undefined;
    if (body?.message !== "Order received" || body.order_id !== "1234") return notYet(`El cuerpo cambió: ${response.body}.`);
    const tasks = startedTasks(run, id);
    if (tasks.length !== 2) return notYet(`Corrieron ${tasks.length} tarea(s); deberían ser dos.`);
    if (!tasksAfterResponse(run, id)) return notYet("Una tarea empezó antes de enviar la respuesta.");
    if (run.files["log.txt"] !== EXPECTED_LOG) return notYet(`log.txt contiene ${JSON.stringify(run.files["log.txt"] ?? null)}; debería ser ${JSON.stringify(EXPECTED_LOG)}.`);
    return solved("¡Resuelto! 202 Accepted: el cliente sabe que el trabajo sigue después de la respuesta.");
  },
};
