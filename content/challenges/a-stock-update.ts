import { notYet, solved, type Challenge } from "./challenge";
import { requestIdsTo, startedTasks, tasksAfterResponse } from "./run-facts";

const EXPECTED_STOCK = "-1 taza de cerámica\n-1 libro de cocina\n";

export const aStockUpdate: Challenge = {
  id: "a-stock-update",
  lessonSlug: "tareas-en-segundo-plano",
  title: "Un segundo recado: el almacén",
  statement:
    "Además del correo, la tienda tiene que descontar cada producto del almacén, y el cliente tampoco debe esperar por eso. Añade una segunda tarea, `updateStock(product)`, que escriba en `stock.txt` una línea `-1 <producto>` por pedido. Debe correr después del correo de confirmación.",
  startsFrom: "a-order-email",
  solutionFile: "challenges/solutions/a-stock-update.ts",
  check(run) {
    const orders = requestIdsTo(run, "POST", "/orders");
    if (orders.length === 0) return notYet("No se envió ningún pedido: ejecuta el ejemplo con su escenario.");
    for (const id of orders) {
      const tasks = startedTasks(run, id);
      if (tasks.length < 2) return notYet(`El pedido ${id} solo ejecutó ${tasks.length} tarea(s); hacen falta dos: el correo y el almacén.`);
      if (tasks[0] !== "sendConfirmationEmail") return notYet(`En el pedido ${id}, la primera tarea fue ${tasks[0]}; el correo (sendConfirmationEmail) debe ir primero.`);
      if (!tasksAfterResponse(run, id)) return notYet(`En el pedido ${id}, una tarea empezó antes de enviar la respuesta.`);
    }
    const stock = run.files["stock.txt"];
    if (stock === undefined) return notYet("Todavía no existe stock.txt.");
    if (stock !== EXPECTED_STOCK) return notYet(`stock.txt contiene ${JSON.stringify(stock)}; debería ser ${JSON.stringify(EXPECTED_STOCK)}.`);
    return solved("¡Resuelto! Cada pedido deja dos recados en segundo plano: el correo y el almacén, en ese orden.");
  },
};
