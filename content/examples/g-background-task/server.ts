import { writeFileSync } from "node:fs";
import { App, BackgroundTask, JSONResponse } from "background-tasks";

export const app = new App();

function writeNotification(email: string, message = "") {
  const content = `notification for ${email}: ${message}`;
  writeFileSync("log.txt", content);
}

// No injected backgroundTasks here: we build the task ourselves and the response carries it.
app.post("/send-notification/{email}", ({ params }) => {
  const task = new BackgroundTask(writeNotification, params.email, "some notification");
  return new JSONResponse({ message: "Notification sent in the background" }, { background: task });
});
