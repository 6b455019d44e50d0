import { appendFile } from "node:fs/promises";
import { App } from "background-tasks";

export const app = new App();

// Stands in for a slow network call: it waits without using the CPU.
function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// An async task function: at each `await` it hands the event loop back to the server.
async function sendWelcomeEmail(email: string) {
  await appendFile("log.txt", `connecting to the mail server for ${email}\n`);
  await wait(300); // the mail server takes its time to answer
  await appendFile("log.txt", `welcome e-mail sent to ${email}\n`);
}

app.post("/signup/{email}", ({ params, backgroundTasks }) => {
  backgroundTasks.addTask(sendWelcomeEmail, params.email);
  return { message: "Account created" };
});

app.get("/ping", () => ({ pong: true }));
