import { appendFileSync } from "node:fs";
import { App, type RequestContext } from "background-tasks";

export const app = new App();

function writeLog(message: string) {
  appendFileSync("log.txt", message);
}

// A dependency: it receives the same context as the handler, the same backgroundTasks included.
function getQuery({ query, backgroundTasks }: RequestContext): string | null {
  const q = query.get("q");
  if (q) {
    const message = `found query: ${q}\n`;
    backgroundTasks.addTask(writeLog, message);
  }
  return q;
}

app.post("/send-notification/{email}", { depends: { q: getQuery } }, ({ params, backgroundTasks }) => {
  const message = `message to ${params.email}\n`;
  backgroundTasks.addTask(writeLog, message);
  return { message: "Message sent" };
});
