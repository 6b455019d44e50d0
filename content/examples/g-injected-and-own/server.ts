import { appendFileSync } from "node:fs";
import { App, BackgroundTask, JSONResponse } from "background-tasks";

export const app = new App();

function writeLog(message: string) {
  appendFileSync("log.txt", message);
}

app.post("/send-notification/{email}", ({ params, backgroundTasks }) => {
  // Both run: first the injected list, then the response's own task (FastAPI would drop the first).
  backgroundTasks.addTask(writeLog, `audit: notification requested for ${params.email}\n`);
  const task = new BackgroundTask(writeLog, `notification for ${params.email}\n`);
  return new JSONResponse({ message: "Notification sent in the background" }, { background: task });
});
