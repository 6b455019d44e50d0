import { Worker } from "bullmq";
import { redisConnection } from "./redis-connection";
import { REPORT_QUEUE, type ReportJob, type ReportResult } from "./report-job";

const LIMIT = 2_000_000;

function countPrimes(limit: number): number {
  let count = 0;
  for (let n = 2; n < limit; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  return count;
}

// Run it as its own process (`node worker.js`), on this machine or on many: it blocks nobody's requests.
export const reportWorker = new Worker<ReportJob, ReportResult>(
  REPORT_QUEUE,
  async (job) => ({ reportId: job.data.reportId, primes: countPrimes(LIMIT), limit: LIMIT }),
  { connection: redisConnection() },
);
