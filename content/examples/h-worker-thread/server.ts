import { appendFile } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { App } from "background-tasks";

export const app = new App();

const LIMIT = 2_000_000;

// The same prime counting, as the source of a worker thread: another thread with its own event loop.
const primesWorkerSource = `
const { parentPort, workerData } = require("node:worker_threads");
let count = 0;
for (let n = 2; n < workerData.limit; n++) {
  let prime = true;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) {
      prime = false;
      break;
    }
  }
  if (prime) count++;
}
parentPort.postMessage(count);
`;

function countPrimesInWorker(limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(primesWorkerSource, { eval: true, workerData: { limit } });
    worker.once("message", (count: number) => resolve(count));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the worker thread stopped with exit code ${code}`));
    });
  });
}

// An async task: while the worker thread counts, this event loop keeps serving requests.
async function buildReport(reportId: string) {
  const primes = await countPrimesInWorker(LIMIT);
  await appendFile("log.txt", `report ${reportId}: ${primes} primes below ${LIMIT}\n`);
}

app.post("/reports/{reportId}", ({ params, backgroundTasks }) => {
  backgroundTasks.addTask(buildReport, params.reportId);
  return { message: "Report requested", report_id: params.reportId };
});

app.get("/health", () => ({ status: "ok" }));
