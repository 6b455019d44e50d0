import { Queue } from "bullmq";
import { App, JSONResponse } from "background-tasks";
import { redisConnection } from "./redis-connection";
import { REPORT_QUEUE, type ReportJob, type ReportResult } from "./report-job";

// The queue lives in Redis: a job survives a restart of this process, and any machine may take it.
export const reportQueue = new Queue<ReportJob, ReportResult>(REPORT_QUEUE, { connection: redisConnection() });

export const app = new App();

app.post("/reports/{reportId}", async ({ params }) => {
  // Enqueuing takes a millisecond; the heavy work happens in another process (worker.ts).
  const job = await reportQueue.add("build-report", { reportId: params.reportId });
  return new JSONResponse({ message: "Report queued", job_id: job.id }, { status: 202 });
});
