// Lesson D: an async task yields the event loop at each await; a sync one keeps it until it returns.
import { describe, expect, it } from "vitest";
import { readExample, runExample } from "../../../lib/sandbox/example-project";
import { readLibraryFiles } from "../../../lib/sandbox/library-files";
import { answeredDuringTask, requestIdsTo } from "../../challenges/run-facts";

const library = readLibraryFiles();

describe("what a task function does to the event loop", () => {
  it.each([
    ["d-async-task", true],
    ["d-blocking-task", false],
  ] as const)("%s: GET /ping answered while sendWelcomeEmail runs → %s", async (id, answeredDuring) => {
    const run = await runExample(readExample(id), library);
    expect(run.error).toBeUndefined();
    const [signup] = requestIdsTo(run, "POST", "/signup/");
    const [ping] = requestIdsTo(run, "GET", "/ping");
    expect(answeredDuringTask(run, ping!, signup!, "sendWelcomeEmail")).toBe(answeredDuring);
  });
});
