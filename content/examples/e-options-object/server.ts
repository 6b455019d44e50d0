import { writeFileSync } from "node:fs";
import { App } from "background-tasks";

export const app = new App();

// Python's keyword arguments become one options object: named, in any order, each with a default.
interface NotificationOptions {
  message?: string;
  urgent?: boolean;
}

function writeNotification(email: string, { message = "", urgent = false }: NotificationOptions = {}) {
  const prefix = urgent ? "URGENT " : "";
  writeFileSync("log.txt", `${prefix}notification for ${email}: ${message}`);
}

app.post("/send-notification/{email}", ({ params, backgroundTasks }) => {
  backgroundTasks.addTask(writeNotification, params.email, { urgent: true, message: "some notification" });
  return { message: "Notification sent in the background" };
});
