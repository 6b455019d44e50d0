import { appendFileSync, writeFileSync } from "node:fs";
import { App, BackgroundTasks, JSONResponse } from "background-tasks";

export const app = new App();

function writeNotification(email: string, message = "") {
  const content = `notification for ${email}: ${message}`;
  writeFileSync("log.txt", content);
}

function writeAudit(email: string) {
  appendFileSync("audit.txt", `notification sent to ${email}\n`);
}

app.post("/send-notification/{email}", ({ params }) => {
  const tasks = new BackgroundTasks();
  tasks.addTask(writeNotification, params.email, "some notification");
  tasks.addTask(writeAudit, params.email);
  return new JSONResponse({ message: "Notification sent in the background" }, { background: tasks });
});
