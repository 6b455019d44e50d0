import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExampleFileError, loadExample } from "./example-files";

let root: string;

function write(relative: string, text: string) {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const recording = {
  id: "demo",
  events: [],
  responses: [{ requestId: "r1", method: "POST", path: "/x", status: 200, headers: {}, body: '{"ok":true}' }],
  console: [{ stream: "stdout", text: "hola" }],
  files: { "log.txt": "notification for a@b.c" },
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "example-files-"));
  write("content/examples/demo/server.ts", "export const app = 1;\n");
  write("content/examples/demo/fastapi.py", "app = FastAPI()\n");
  write("content/examples/demo/scenario.json", JSON.stringify({ title: "Demo", requests: [{ method: "POST", path: "/x" }] }));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("loadExample", () => {
  it("reads the sources, the scenario and the recording", () => {
    write(".generated/recordings/demo.json", JSON.stringify(recording));
    const example = loadExample("demo", root);
    expect(example.server).toContain("export const app");
    expect(example.fastapi).toContain("FastAPI()");
    expect(example.scenario.title).toBe("Demo");
    expect(example.recording.responses[0]?.status).toBe(200);
    expect(example.recording.files["log.txt"]).toBe("notification for a@b.c");
  });

  it("fails clearly when the example was not recorded", () => {
    expect(() => loadExample("demo", root)).toThrow(ExampleFileError);
    expect(() => loadExample("demo", root)).toThrow(/missing recording .*demo\.json.*npm run record/);
  });

  it("rejects a recording of another example or with a wrong shape", () => {
    write(".generated/recordings/demo.json", JSON.stringify({ ...recording, id: "other" }));
    expect(() => loadExample("demo", root)).toThrow(/records example "other"/);
    write(".generated/recordings/demo.json", JSON.stringify({ id: "demo", responses: [] }));
    expect(() => loadExample("demo", root)).toThrow(/needs responses, console, files/);
  });

  it("rejects ids that could escape content/examples", () => {
    expect(() => loadExample("../secrets", root)).toThrow(/not a valid example id/);
  });

  it("shows the TypeScript port alone when there is no FastAPI original", () => {
    rmSync(path.join(root, "content/examples/demo/fastapi.py"));
    write(".generated/recordings/demo.json", JSON.stringify(recording));
    expect(loadExample("demo", root).fastapi).toBeNull();
  });
});
