import { appendFileSync } from "node:fs";
import { App } from "background-tasks";

export const app = new App();

const LIMIT = 2_000_000;

// Pure CPU work: trial division, a few hundred milliseconds with nothing to await.
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

function buildReport(reportId: string) {
  const primes = countPrimes(LIMIT);
  appendFileSync("log.txt", `report ${reportId}: ${primes} primes below ${LIMIT}\n`);
}

app.post("/reports/{reportId}", ({ params, backgroundTasks }) => {
  backgroundTasks.addTask(buildReport, params.reportId);
  return { message: "Report requested", report_id: params.reportId };
});

app.get("/health", () => ({ status: "ok" }));
