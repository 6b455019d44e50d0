// Compile-time checks: each @ts-expect-error line must fail to compile, or tsc reports the unused directive.
import { App, BackgroundTask, BackgroundTasks, JSONResponse, type RequestContext } from "background-tasks";

function writeNotification(email: string, message = ""): void {
  void email;
  void message;
}
async function resize(path: string, width: number): Promise<void> {
  void path;
  void width;
}

const tasks = new BackgroundTasks();
tasks.addTask(writeNotification, "a@b.c");
tasks.addTask(writeNotification, "a@b.c", "hola");
tasks.addTask(resize, "foto.png", 800);
// @ts-expect-error a number where the task takes a string
tasks.addTask(writeNotification, 42);
// @ts-expect-error a missing required argument
tasks.addTask(resize, "foto.png");
// @ts-expect-error one argument too many
tasks.addTask(writeNotification, "a@b.c", "hola", "extra");
// @ts-expect-error width must be a number
new BackgroundTask(resize, "foto.png", "800");

const app = new App();
app.post("/send-notification/{email}", ({ params, backgroundTasks }) => {
  const email: string = params.email;
  backgroundTasks.addTask(writeNotification, email, "some notification");
  // @ts-expect-error the path has no {id}
  void params.id;
  // @ts-expect-error the wrong argument type, inside a handler
  backgroundTasks.addTask(resize, email, "800");
  return new JSONResponse({ ok: true }, { background: new BackgroundTask(resize, "a.png", 10) });
});

app.get("/files/{fileId}/versions/{version:path}", ({ params }) => {
  const both: { fileId: string; version: string } = params;
  // @ts-expect-error "version:path" names the param "version", not "version:path"
  void params["version:path"];
  return both;
});

function getQuery({ query }: RequestContext): string | null {
  return query.get("q");
}
async function getUser(): Promise<{ name: string }> {
  return { name: "ana" };
}
app.get("/items/{itemId}", { depends: { q: getQuery, user: getUser } }, ({ deps, params }) => {
  const q: string | null = deps.q;
  const name: string = deps.user.name; // the awaited value, not a Promise
  // @ts-expect-error deps.q may be null
  const notNull: string = deps.q;
  // @ts-expect-error no dependency called "missing"
  void deps.missing;
  return { q, name, notNull, id: params.itemId };
});
