// The fix of lesson H: with the count in a worker thread, GET /health is answered while the report is computed.
import { describe, expect, it } from "vitest";
import { readExample, runExample } from "../../../lib/sandbox/example-project";
import { readLibraryFiles } from "../../../lib/sandbox/library-files";
import { answeredDuringTask, requestIdsTo } from "../../challenges/run-facts";

describe("h-worker-thread", () => {
  it("answers GET /health between buildReport's start and end, with the same report", async () => {
    const run = await runExample(readExample("h-worker-thread"), readLibraryFiles());
    expect(run.error).toBeUndefined();
    const [report] = requestIdsTo(run, "POST", "/reports/");
    const [health] = requestIdsTo(run, "GET", "/health");
    expect(answeredDuringTask(run, health!, report!, "buildReport")).toBe(true);
    expect(run.files["log.txt"]).toBe("report 1: 148933 primes below 2000000\n");
  });
});
