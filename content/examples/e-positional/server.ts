import { writeFileSync } from "node:fs";
import { App } from "background-tasks";

export const app = new App();

// `message` has a default, like `message=""` in Python: callers may leave it out.
function writeNotification(email: string, message = "") {
  writeFileSync("log.txt", `notification for ${email}: ${message}`);
}

app.post("/send-notification/{email}", ({ params, backgroundTasks }) => {
  // The function first, then its arguments in the order of its parameters.
  backgroundTasks.addTask(writeNotification, params.email, "some notification");
  return { message: "Notification sent in the background" };
});
