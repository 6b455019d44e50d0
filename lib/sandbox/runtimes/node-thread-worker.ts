// A WorkerLike over node:worker_threads (Node side), running navegador-thread-entry.ts through tsx.
import { Worker } from "node:worker_threads";
import type { WorkerToPage } from "./navegador-protocol";
import type { WorkerLike } from "./navegador-runtime";

const ENTRY = new URL("./navegador-thread-entry.ts", import.meta.url).href;
// A thread does not inherit the parent's TypeScript loader: register tsx's in the thread, then load the entry.
const BOOT = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY)}); });`;

export function createNodeThreadWorker(): WorkerLike {
  const thread = new Worker(BOOT, { eval: true });
  const worker: WorkerLike = {
    postMessage: (message) => thread.postMessage(message),
    terminate: () => void thread.terminate(),
    onmessage: null,
    onerror: null,
  };
  thread.on("message", (data: WorkerToPage) => worker.onmessage?.({ data }));
  thread.on("error", (error) => worker.onerror?.({ message: error.message }));
  return worker;
}
