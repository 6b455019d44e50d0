import { appendFileSync } from "node:fs";
import { App, BackgroundTasks, JSONResponse } from "background-tasks";

export const app = new App();

function writeLog(message: string) {
  appendFileSync("log.txt", message);
}

app.post("/orders/{orderId}", ({ params }) => {
  // A list we create by hand; the response carries it, and its tasks run in this order.
  const tasks = new BackgroundTasks();
  tasks.addTask(writeLog, `order ${params.orderId} saved\n`);
  tasks.addTask(writeLog, `confirmation e-mail for order ${params.orderId}\n`);
  return new JSONResponse({ order_id: params.orderId, status: "received" }, { status: 202, background: tasks });
});
