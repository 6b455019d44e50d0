import { appendFileSync } from "node:fs";
import { App } from "background-tasks";

export const app = new App();

// Keeps the CPU spinning for `ms` milliseconds: nothing else can run on this thread meanwhile.
function blockFor(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spinning on purpose: this is the mistake the example shows
  }
}

// A synchronous task function: from its first line to its last, the event loop is its alone.
function sendWelcomeEmail(email: string) {
  appendFileSync("log.txt", `connecting to the mail server for ${email}\n`);
  blockFor(300);
  appendFileSync("log.txt", `welcome e-mail sent to ${email}\n`);
}

app.post("/signup/{email}", ({ params, backgroundTasks }) => {
  backgroundTasks.addTask(sendWelcomeEmail, params.email);
  return { message: "Account created" };
});

app.get("/ping", () => ({ pong: true }));
