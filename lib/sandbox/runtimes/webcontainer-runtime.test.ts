import { describe, expect, it } from "vitest";
import { buildProjectTree } from "../project";
import { STRUCTURED_PREFIX, type StreamItem } from "../run-result";
import type { Scenario } from "../scenario";
import { transpile } from "../transpile";
import { FakeWebContainer, type FakeProcess } from "./fake-webcontainer";
import { STOPPED_MESSAGE } from "./runtime";
import { WebContainerRuntime } from "./webcontainer-runtime";

const library = { "package.json": '{"name":"background-tasks","type":"module","main":"./dist/index.js"}', "dist/index.js": "export const App = class {};" };
const scenario: Scenario = { title: "t", requests: [{ method: "POST", path: "/send-notification/ana@example.com" }] };
const serverTs = 'import { App } from "background-tasks";\nexport const app = new App();\nconst n: number = 1;\n';
const line = (message: unknown) => `${STRUCTURED_PREFIX}${JSON.stringify(message)}\r\n`;

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}

describe("WebContainerRuntime (fake WebContainer)", () => {
  it("mounts the exact project tree in a folder of its own and spawns node harness.js --interactive there", async () => {
    const container = new FakeWebContainer();
    const runtime = new WebContainerRuntime({ container, library });
    const run = runtime.start({ id: "c", serverTs, scenario });
    await until(() => container.processes.length === 1);
    const compiled = transpile(serverTs);
    if (!compiled.ok) throw new Error("fixture must compile");
    expect(container.mounts).toEqual([{ tree: buildProjectTree({ serverJs: compiled.code, scenario, library }), mountPoint: "runs/1" }]);
    expect(container.folders).toEqual(["runs/1"]);
    const [process] = container.processes as [FakeProcess];
    expect({ command: process.command, args: process.args, cwd: process.cwd }).toEqual({ command: "node", args: ["harness.js", "--interactive"], cwd: "runs/1" });
    run.stop();
    await run.result;
    expect(container.removed).toEqual(["runs/1"]);
    // The next run gets a fresh folder: files of this one never count as the next one's.
    const second = runtime.start({ id: "c", serverTs, scenario });
    await until(() => container.processes.length === 2);
    expect(container.processes[1]!.cwd).toBe("runs/2");
    second.stop();
  });

  it("parses the single output stream: lines split anywhere, \\r\\n, ANSI codes, the program's own output, the typed echo", async () => {
    const container = new FakeWebContainer();
    const items: StreamItem[] = [];
    const run = new WebContainerRuntime({ container, library }).start({ id: "c", serverTs, scenario }, { onItem: (item) => items.push(item) });
    await until(() => container.processes.length === 1);
    const process = container.processes[0]!;
    const event = { t: 1, kind: "response.sent", requestId: "r1", status: 200 };
    const stream = [
      line({ type: "ready", port: 3000 }),
      "\u001b[32mhola desde el servidor\u001b[39m\r\n",
      line({ type: "event", event }),
      line({ type: "response", response: { requestId: "r1", method: "POST", path: "/x", status: 200, headers: {}, body: "{}" } }),
      line({ type: "files", files: { "log.txt": "notification for ana@example.com" } }),
      line({ type: "idle" }),
    ].join("");
    // Split in the middle of a structured line.
    process.print(stream.slice(0, 17));
    process.print(stream.slice(17));
    await until(() => items.some((item) => item.type === "idle"));
    run.sendRequest({ method: "GET", path: "/health" });
    await until(() => process.typed.length === 1);
    expect(JSON.parse(process.typed[0]!)).toEqual({ type: "request", request: { method: "GET", path: "/health" } });
    // The terminal echoes what was typed: it must not show up as console output.
    process.print(`${process.typed[0]!.trim()}\r\n`);
    process.print(line({ type: "end", drained: true, unfinished: [] }));
    process.exitWith(0);
    const result = await run.result;
    expect(items.map((item) => item.type)).toEqual(["ready", "console", "event", "response", "files", "idle", "end"]);
    expect(result.console).toEqual([{ stream: "stdout", text: "hola desde el servidor" }]);
    expect(result.events).toEqual([event]);
    expect(result.files).toEqual({ "log.txt": "notification for ana@example.com" });
    expect(result.error).toBeUndefined();
    expect(result.drained).toBe(true);
  });

  it("Detener kills the process at once and says so", async () => {
    const container = new FakeWebContainer();
    const run = new WebContainerRuntime({ container, library }).start({ id: "c", serverTs, scenario });
    await until(() => container.processes.length === 1);
    container.processes[0]!.print(line({ type: "ready", port: 3000 }));
    run.stop();
    const result = await run.result;
    expect(container.processes[0]!.killed).toBe(true);
    expect(result.error).toBe(STOPPED_MESSAGE);
  });

  it("stops a run that has not gone idle within the time limit, with a Spanish message", async () => {
    const container = new FakeWebContainer();
    const run = new WebContainerRuntime({ container, library }).start({ id: "c", serverTs, scenario }, { timeLimitMs: 50 });
    const result = await run.result;
    expect(container.processes[0]!.killed).toBe(true);
    expect(result.error).toMatch(/superó el límite de 0\.1 s/);
    expect(result.errors[0]).toMatchObject({ phase: "timeout", fatal: true });
  });

  it("a syntax error is reported with its line and column, and nothing is mounted or spawned", async () => {
    const container = new FakeWebContainer();
    const run = new WebContainerRuntime({ container, library }).start({ id: "c", serverTs: "export const app = new App(;\n", scenario });
    const result = await run.result;
    expect(container.mounts).toEqual([]);
    expect(container.processes).toEqual([]);
    expect(result.errors[0]).toMatchObject({ phase: "syntax", line: 1, fatal: true });
    expect(result.error).toMatch(/línea 1, columna \d+/);
  });

  it("a process that dies without the harness's end message is a harness error", async () => {
    const container = new FakeWebContainer();
    container.onSpawn = (process) => queueMicrotask(() => process.exitWith(1));
    const result = await new WebContainerRuntime({ container, library }).start({ id: "c", serverTs, scenario }).result;
    expect(result.errors[0]).toMatchObject({ phase: "harness", fatal: true });
    expect(result.error).toMatch(/código 1/);
  });
});
