// Lesson H's caveat, shown: the second client's request is not even received until the CPU-heavy task ends.
import { describe, expect, it } from "vitest";
import { readExample, runExample } from "../../../lib/sandbox/example-project";
import { readLibraryFiles } from "../../../lib/sandbox/library-files";
import { answeredDuringTask, firstTime, requestIdsTo } from "../../challenges/run-facts";

describe("h-cpu-blocking", () => {
  it("makes GET /health wait for buildReport: sent during the task, received after it", async () => {
    const run = await runExample(readExample("h-cpu-blocking"), readLibraryFiles());
    expect(run.error).toBeUndefined();
    const [report] = requestIdsTo(run, "POST", "/reports/");
    const [health] = requestIdsTo(run, "GET", "/health");
    const taskStart = firstTime(run, report!, "task.start", "buildReport")!;
    const taskEnd = firstTime(run, report!, "task.end", "buildReport")!;
    const healthSent = firstTime(run, health!, "client.sent")!;
    const healthReceived = firstTime(run, health!, "request.received")!;
    expect(healthSent).toBeLessThan(taskEnd);
    expect(healthReceived).toBeGreaterThan(taskEnd);
    expect(taskStart).toBeLessThan(taskEnd);
    expect(answeredDuringTask(run, health!, report!, "buildReport")).toBe(false);
  });
});
