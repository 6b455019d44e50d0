// background-tasks with one no-op task per request, run after the response.
import "./report-cpu.mjs";
import { App } from "background-tasks";

function noop() {}
const app = new App();
app.get("/hello", ({ backgroundTasks }) => {
  backgroundTasks.addTask(noop);
  return { hello: "world" };
});
await app.listen(Number(process.argv[2]), "127.0.0.1");
process.send?.("ready");
