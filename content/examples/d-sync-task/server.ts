import { writeFileSync } from "node:fs";
import { App } from "background-tasks";

export const app = new App();

// A plain function: nothing to await, so it runs from its first line to its last without yielding.
function writeNotification(email: string, message = "") {
  const content = `notification for ${email}: ${message}`;
  writeFileSync("log.txt", content);
}

app.post("/send-notification/{email}", ({ params, backgroundTasks }) => {
  backgroundTasks.addTask(writeNotification, params.email, "some notification");
  return { message: "Notification sent in the background" };
});
