// Lesson F's promise: one shared list, the dependency's task first, and FastAPI's exact log.txt.
import { describe, expect, it } from "vitest";
import { readExample, runExample } from "../../../lib/sandbox/example-project";
import { readLibraryFiles } from "../../../lib/sandbox/library-files";
import { eventsOf, tasksAfterResponse } from "../../challenges/run-facts";

describe("f-dependencies", () => {
  it("writes FastAPI's log.txt, the dependency's task before the handler's, all after the response", async () => {
    const run = await runExample(readExample("f-dependencies"), readLibraryFiles());
    expect(run.error).toBeUndefined();
    expect(run.files).toEqual({ "log.txt": "found query: hola\nmessage to johndoe@example.com\n" });

    const steps = eventsOf(run, "r1").flatMap((event) => {
      if (event.kind === "task.added") return [`added ${event.args.join(",")}`];
      if (event.kind === "task.start") return ["start"];
      return event.kind === "dependency.start" || event.kind === "handler.start" || event.kind === "response.sent" ? [event.kind] : [];
    });
    expect(steps).toEqual([
      "dependency.start",
      'added "found query: hola\\n"',
      "handler.start",
      'added "message to johndoe@example.com\\n"',
      "response.sent",
      "start",
      "start",
    ]);
    expect(tasksAfterResponse(run, "r1")).toBe(true);
  });
});
