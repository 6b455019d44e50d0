import { writeFileSync } from "node:fs";
import { App } from "background-tasks";

export const app = new App();

interface NotificationOptions {
  urgent?: boolean;
}

function writeNotification(email: string, message = "", { urgent = false }: NotificationOptions = {}) {
  const prefix = urgent ? "URGENT " : "";
  writeFileSync("log.txt", `${prefix}notification for ${email}: ${message}`);
}

app.post("/send-notification/{email}", ({ params, backgroundTasks }) => {
  backgroundTasks.addTask(writeNotification, params.email, "some notification", { urgent: true });
  return { message: "Notification sent in the background" };
});
