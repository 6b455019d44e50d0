import { appendFileSync } from "node:fs";
import { App } from "background-tasks";

export const app = new App();

// Waits without using the CPU: the event loop is free until the timer fires.
function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function sendWelcomeEmail(email: string) {
  appendFileSync("log.txt", `connecting to the mail server for ${email}\n`);
  await wait(300);
  appendFileSync("log.txt", `welcome e-mail sent to ${email}\n`);
}

app.post("/signup/{email}", ({ params, backgroundTasks }) => {
  backgroundTasks.addTask(sendWelcomeEmail, params.email);
  return { message: "Account created" };
});

app.get("/ping", () => ({ pong: true }));
