// The Navegador worker's server in a node:worker_threads thread: the same core as navegador.worker.ts,
// so tests and tools run the Navegador runtime in Node with the client on another thread, as in the page.
import { parentPort } from "node:worker_threads";
import type { PageToWorker } from "./navegador-protocol";
import { NavegadorServer } from "./navegador-server";

if (!parentPort) throw new Error("navegador-thread-entry.ts must run in a worker thread");
const port = parentPort;
const server = new NavegadorServer({ post: (message) => port.postMessage(message) });
port.on("message", (message: PageToWorker) => server.handle(message));
process.on("uncaughtException", (error) => server.reportUncaught(error));
process.on("unhandledRejection", (reason) => server.reportUncaught(reason));
