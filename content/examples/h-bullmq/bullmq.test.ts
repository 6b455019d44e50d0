// Runs the h-bullmq example against a real Redis (127.0.0.1:6379, or REDIS_URL) over real HTTP.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { Job, QueueEvents } from "bullmq";
import type { ServerTraceEvent } from "background-tasks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redisConnection } from "./redis-connection";
import { REPORT_QUEUE, type ReportResult } from "./report-job";
import { app, reportQueue } from "./server";
import { reportWorker } from "./worker";

describe("h-bullmq: a report enqueued by the HTTP endpoint is built by the BullMQ worker", () => {
  let server: Server;
  let baseUrl: string;
  const queueEvents = new QueueEvents(REPORT_QUEUE, { connection: redisConnection() });
  const workerErrors: Error[] = [];
  const completedByWorker = new Map<string, ReportResult>();

  beforeAll(async () => {
    reportWorker.on("error", (error) => workerErrors.push(error));
    reportWorker.on("completed", (job, result) => {
      if (job.id) completedByWorker.set(job.id, result);
    });
    await Promise.all([reportWorker.waitUntilReady(), queueEvents.waitUntilReady()]);
    server = await app.listen(0, "127.0.0.1");
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app.close({ timeoutMs: 2_000 });
    await reportWorker.close();
    await queueEvents.close();
    await reportQueue.close();
  });

  it("answers 202 at once, then the worker completes the job with the report", async () => {
    const trace: ServerTraceEvent[] = [];
    const unsubscribe = app.onTrace((event) => trace.push(event));

    const response = await fetch(`${baseUrl}/reports/42`, { method: "POST" });
    expect(response.status).toBe(202);
    const body = (await response.json()) as { message: string; job_id: string };
    expect(body.message).toBe("Report queued");
    expect(typeof body.job_id).toBe("string");

    // The job exists in Redis: it was really enqueued by the endpoint.
    const job = await Job.fromId<unknown, ReportResult>(reportQueue, body.job_id);
    expect(job?.data).toEqual({ reportId: "42" });

    const result = (await job!.waitUntilFinished(queueEvents, 20_000)) as ReportResult;
    expect(result).toEqual({ reportId: "42", primes: 148933, limit: 2_000_000 });
    expect(await job!.getState()).toBe("completed");
    expect(completedByWorker.get(body.job_id)).toEqual(result);
    expect(workerErrors).toEqual([]);

    // The HTTP side ran no background task of its own: the work lives in the queue, not in the server.
    unsubscribe();
    expect(trace.map((event) => event.kind)).toEqual(["request.received", "handler.start", "handler.end", "response.sent"]);

    await job!.remove();
  });
});
