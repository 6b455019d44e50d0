import { appendFileSync, writeFileSync } from "node:fs";
import { App } from "background-tasks";

export const app = new App();

function writeNotification(email: string, message = "") {
  const content = `notification for ${email}: ${message}`;
  writeFileSync("log.txt", content);
}

function writeAudit(email: string) {
  appendFileSync("audit.txt", `notification queued for ${email}\n`);
}

app.post("/send-notification/{email}", async ({ params, backgroundTasks }) => {
  backgroundTasks.addTask(writeNotification, params.email, "some notification");
  backgroundTasks.addTask(writeAudit, params.email);
  return { message: "Notification sent in the background" };
});
