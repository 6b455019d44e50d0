import { appendFileSync } from "node:fs";
import { App, type RequestContext } from "background-tasks";

export const app = new App();

function writeLog(message: string) {
  appendFileSync("log.txt", message);
}

// The innermost dependency: it resolves once per request, however many others ask for it.
function getClient({ headers, backgroundTasks }: RequestContext): string | null {
  const client = headers.get("x-client");
  backgroundTasks.addTask(writeLog, `client: ${client}\n`);
  return client;
}

// A dependency with a sub-dependency: ctx.depends() resolves getClient first.
async function getQuery(ctx: RequestContext): Promise<string | null> {
  await ctx.depends(getClient);
  const q = ctx.query.get("q");
  if (q) ctx.backgroundTasks.addTask(writeLog, `found query: ${q}\n`);
  return q;
}

app.post(
  "/send-notification/{email}",
  { depends: { q: getQuery, client: getClient } },
  ({ params, backgroundTasks }) => {
    backgroundTasks.addTask(writeLog, `message to ${params.email}\n`);
    return { message: "Message sent" };
  },
);
