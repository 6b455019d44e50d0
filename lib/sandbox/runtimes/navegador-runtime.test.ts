// The Navegador runtime with its worker in a real thread (node:worker_threads), the client on this one.
import { describe, expect, it } from "vitest";
import type { StreamItem } from "../run-result";
import type { Scenario } from "../scenario";
import { NavegadorRuntime } from "./navegador-runtime";
import { createNodeThreadWorker } from "./node-thread-worker";
import { STOPPED_MESSAGE } from "./runtime";

const scenario: Scenario = { title: "t", requests: [{ method: "POST", path: "/send-notification/ana@example.com" }] };
const runtime = new NavegadorRuntime({ createWorker: createNodeThreadWorker });

const server = (task: string) => `import { appendFileSync } from "node:fs";
import { App } from "background-tasks";

export const app = new App();

function writeNotification(email: string) {
${task}
}

app.post("/send-notification/{email}", ({ params, backgroundTasks }) => {
  backgroundTasks.addTask(writeNotification, params.email);
  return { message: "ok" };
});
`;

function startUntilIdle(serverTs: string, onIdle: (run: ReturnType<NavegadorRuntime["start"]>) => void, timeLimitMs?: number) {
  const items: StreamItem[] = [];
  const run = runtime.start({ id: "t", serverTs, scenario }, { timeLimitMs, onItem: (item) => {
    items.push(item);
    if (item.type === "idle") onIdle(run);
  } });
  return { run, items };
}

describe("NavegadorRuntime", () => {
  it("runs the server in the worker: response first, then the task, which writes to the in-memory fs", async () => {
    const { run } = startUntilIdle(server('  appendFileSync("log.txt", `notification for ${email}\\n`);\n  console.log("escrito", { email });'), (r) => r.finish());
    const result = await run.result;
    expect(result.error).toBeUndefined();
    expect(result.responses).toMatchObject([{ requestId: "r1", status: 200, body: '{"message":"ok"}' }]);
    expect(result.files).toEqual({ "log.txt": "notification for ana@example.com\n" });
    expect(result.console).toEqual([{ stream: "stdout", text: "escrito { email: 'ana@example.com' }" }]);
    const kinds = result.events.filter((event) => event.kind !== "log").map((event) => event.kind);
    expect(kinds).toEqual(["client.sent", "request.received", "handler.start", "task.added", "handler.end", "client.received", "response.sent", "task.start", "task.end"]);
    expect(result.drained).toBe(true);
  });

  it("answers requests sent while the server waits (the Petición panel), numbered after the scenario's", async () => {
    let sent = false;
    const { run, items } = startUntilIdle(server('  appendFileSync("log.txt", email + "\\n");'), (r) => {
      if (sent) return r.finish();
      sent = true;
      r.sendRequest({ method: "POST", path: "/send-notification/luis@example.com", query: { q: "1" } });
    });
    const result = await run.result;
    expect(result.responses.map((response) => [response.requestId, response.path, response.status])).toEqual([
      ["r1", "/send-notification/ana@example.com", 200],
      ["r2", "/send-notification/luis@example.com?q=1", 200],
    ]);
    expect(result.files["log.txt"]).toBe("ana@example.com\nluis@example.com\n");
    expect(items.filter((item) => item.type === "idle")).toHaveLength(2);
  });

  it("a syntax error gives its line and column and runs nothing", async () => {
    const { run } = startUntilIdle("import { App } from \"background-tasks\";\nexport const app = new App(;\n", () => {});
    const result = await run.result;
    expect(result.errors[0]).toMatchObject({ phase: "syntax", line: 2, fatal: true });
    expect(result.error).toMatch(/^Error de sintaxis en la línea 2, columna \d+/);
    expect(result.responses).toEqual([]);
  });

  it("an exception in a task shows its message and the learner's line", async () => {
    const { run } = startUntilIdle(server('  throw new Error("sin conexión con " + email);'), (r) => r.finish());
    const result = await run.result;
    expect(result.errors).toMatchObject([{ phase: "task", message: "sin conexión con ana@example.com", line: 7, requestId: "r1", fatal: false }]);
    expect(result.console.map((line) => line.text).join("\n")).toMatch(/Error: sin conexión con ana@example\.com\n {4}at \S*writeNotification.* \(server\.ts:7\)/);
    expect(result.events.map((event) => event.kind)).toContain("task.error");
  });

  it("a module the worker does not have fails with a Spanish message that suggests WebContainer", async () => {
    const { run } = startUntilIdle('import { Worker } from "node:worker_threads";\nimport { App } from "background-tasks";\nexport const app = new App();\nnew Worker("");\n', () => {});
    const result = await run.result;
    expect(result.errors[0]).toMatchObject({ phase: "load", line: 1, fatal: true });
    expect(result.error).toMatch(/no tiene el módulo «node:worker_threads».*WebContainer/);
  });

  it("Detener stops an endless loop in a task within a second", async () => {
    let stoppedAt = 0;
    const items: StreamItem[] = [];
    const run = runtime.start({ id: "t", serverTs: server("  while (true) {}"), scenario }, { onItem: (item) => {
      items.push(item);
      if (item.type === "event" && item.event.kind === "task.start") {
        stoppedAt = performance.now();
        run.stop();
      }
    } });
    const result = await run.result;
    expect(performance.now() - stoppedAt).toBeLessThan(1000);
    expect(result.error).toBe(STOPPED_MESSAGE);
    // The client had its response before the loop began.
    expect(result.responses).toHaveLength(1);
  });

  it("a run that does not go idle within the time limit is stopped with a message", async () => {
    const { run } = startUntilIdle(server("  while (true) {}"), () => {}, 1500);
    const result = await run.result;
    expect(result.errors.at(-1)).toMatchObject({ phase: "timeout", fatal: true });
    expect(result.error).toMatch(/superó el límite de 1\.5 s/);
  });
});
