import { appendFileSync } from "node:fs";
import { App } from "background-tasks";

export const app = new App();

interface Order {
  email: string;
  product: string;
}

const orders: Order[] = [];

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function sendConfirmationEmail(email: string, orderId: number, product: string) {
  await sleep(300); // the mail server takes its time
  appendFileSync("outbox.txt", `Para: ${email}\nAsunto: Pedido n.º ${orderId} confirmado\nGracias por tu compra: ${product}.\n\n`);
}

function updateStock(product: string) {
  appendFileSync("stock.txt", `-1 ${product}\n`);
}

app.post("/orders", async ({ body, backgroundTasks }) => {
  const order = body as Order;
  orders.push(order);
  const orderId = orders.length;
  backgroundTasks.addTask(sendConfirmationEmail, order.email, orderId, order.product);
  backgroundTasks.addTask(updateStock, order.product);
  return { id: orderId, message: "¡Pedido confirmado! Te enviaremos un correo." };
});
