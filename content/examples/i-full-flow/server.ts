import { appendFileSync } from "node:fs";
import { App, HTTPException, type RequestContext } from "background-tasks";

export const app = new App();

function writeLog(message: string) {
  appendFileSync("log.txt", message);
}

function sendConfirmation(email: string, orderId: string) {
  appendFileSync("log.txt", `confirmation for order ${orderId} sent to ${email}\n`);
}

// The dependency: it reads the customer from the query and adds the first task.
function getCustomer({ query, backgroundTasks }: RequestContext): string {
  const email = query.get("email");
  if (!email) throw new HTTPException(422, "The email query parameter is required");
  backgroundTasks.addTask(writeLog, `order from ${email}\n`);
  return email;
}

app.post("/orders/{orderId}", { depends: { email: getCustomer } }, ({ params, deps, backgroundTasks }) => {
  backgroundTasks.addTask(sendConfirmation, deps.email, params.orderId);
  return { message: "Order received", order_id: params.orderId };
});
