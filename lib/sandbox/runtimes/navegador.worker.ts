// Entry of the Navegador runtime's Web Worker: one worker per run, terminated to stop it.
import { transpile } from "../transpile";
import type { PageToWorker } from "./navegador-protocol";
import { NavegadorServer } from "./navegador-server";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const server = new NavegadorServer({ post: (message) => scope.postMessage(message) });

scope.addEventListener("message", (event: MessageEvent<PageToWorker>) => server.handle(event.data));
scope.addEventListener("error", (event) => {
  event.preventDefault();
  server.reportUncaught(event.error ?? new Error(event.message));
});
scope.addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  server.reportUncaught(event.reason);
});

// A spare worker waits for its run: warm the transpiler meanwhile, so the first Ejecutar does not pay for it.
setTimeout(() => void transpile('import { App } from "background-tasks";\nexport const app: App = new App();\n'), 0);
