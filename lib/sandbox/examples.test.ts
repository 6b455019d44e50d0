// Every example of content/examples, run through the harness with real Node, against its expected.json.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listExampleIds, readExample, runExample } from "./example-project";
import { checkOutcome, checkResponseBeforeTasks, parseExpectedOutcome } from "./expected-outcome";
import { readLibraryFiles } from "./library-files";

const ids = listExampleIds();
const library = readLibraryFiles();

describe("examples", () => {
  it("exist, the three of lessons A–C among them", () => {
    expect(ids).toEqual(expect.arrayContaining(["a-order-email", "b-image-upload", "c-send-notification"]));
  });

  it.each(ids)("%s has an expected.json", (id) => {
    expect(existsSync(join(readExample(id).dir, "expected.json")), `content/examples/${id}/expected.json is missing`).toBe(true);
  });

  it.each(ids)("%s runs as expected.json says, every response before its tasks", async (id) => {
    const example = readExample(id);
    const expected = parseExpectedOutcome(JSON.parse(readFileSync(join(example.dir, "expected.json"), "utf8")));
    const result = await runExample(example, library);
    expect(checkOutcome(result, expected)).toEqual([]);
    expect(result.events.some((event) => event.kind === "response.sent")).toBe(true);
  });

  it("c-send-notification writes the same log.txt as FastAPI, after the response", async () => {
    const result = await runExample(readExample("c-send-notification"), library);
    expect(result.responses.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
      { method: "POST", path: "/send-notification/johndoe@example.com", status: 200 },
    ]);
    expect(result.files).toEqual({ "log.txt": "notification for johndoe@example.com: some notification" });
    const kinds = result.events.filter((event) => event.requestId === "r1").map((event) => event.kind);
    expect(kinds.indexOf("task.added")).toBeLessThan(kinds.indexOf("response.sent"));
    expect(kinds.indexOf("response.sent")).toBeLessThan(kinds.indexOf("task.start"));
    expect(checkResponseBeforeTasks(result.events)).toEqual([]);
  });
});
