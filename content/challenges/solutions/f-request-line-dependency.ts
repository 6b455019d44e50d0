import { appendFileSync } from "node:fs";
import { App, type RequestContext } from "background-tasks";

export const app = new App();

function writeLog(message: string) {
  appendFileSync("log.txt", message);
}

function getRequestLine({ method, path, backgroundTasks }: RequestContext): string {
  const line = `${method} ${path}`;
  backgroundTasks.addTask(writeLog, `request: ${line}\n`);
  return line;
}

function getQuery({ query, backgroundTasks }: RequestContext): string | null {
  const q = query.get("q");
  if (q) {
    const message = `found query: ${q}\n`;
    backgroundTasks.addTask(writeLog, message);
  }
  return q;
}

app.post(
  "/send-notification/{email}",
  { depends: { requestLine: getRequestLine, q: getQuery } },
  ({ params, backgroundTasks }) => {
    const message = `message to ${params.email}\n`;
    backgroundTasks.addTask(writeLog, message);
    return { message: "Message sent" };
  },
);
