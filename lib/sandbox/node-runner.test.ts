// The harness run with real Node: extra requests from stdin, the time limit, learner errors and their lines.
import type { TraceEvent } from "background-tasks";
import { describe, expect, it } from "vitest";
import { runExample } from "./example-project";
import { readLibraryFiles } from "./library-files";
import { startNodeRun, timeLimitMessage } from "./node-runner";
import { buildProjectTree } from "./project";
import type { RunResult } from "./run-result";
import type { Scenario } from "./scenario";
import { transpile } from "./transpile";

const library = readLibraryFiles();
const notify: Scenario = { title: "Notificar", requests: [{ method: "POST", path: "/send-notification/ana@example.com" }] };

const NOTIFICATION_SERVER = `import { writeFileSync } from "node:fs";
import { App } from "background-tasks";

export const app = new App();

function writeNotification(email: string, message = "") {
  writeFileSync("log.txt", \`notification for \${email}: \${message}\`);
}

app.post("/send-notification/{email}", ({ params, backgroundTasks }) => {
  backgroundTasks.addTask(writeNotification, params.email, "some notification");
  return { message: "Notification sent in the background" };
});
`;

function run(serverTs: string, scenario: Scenario = notify, timeoutMs?: number): Promise<RunResult> {
  return runExample({ id: "test", serverTs, scenario }, library, { timeoutMs });
}

function treeOf(serverTs: string, scenario: Scenario = notify) {
  const compiled = transpile(serverTs);
  if (!compiled.ok) throw new Error(compiled.error.message);
  return buildProjectTree({ serverJs: compiled.code, scenario, library });
}

const index = (events: TraceEvent[], kind: string, requestId: string) => events.findIndex((e) => e.kind === kind && e.requestId === requestId);

describe("node runner", () => {
  it("answers extra requests from stdin and keeps running until told to stop", async () => {
    let idles = 0;
    const handle = startNodeRun({
      id: "interactive",
      tree: treeOf(NOTIFICATION_SERVER),
      interactive: true,
      onItem: (item) => {
        if (item.type !== "idle") return;
        idles += 1;
        if (idles === 1) handle.send({ method: "POST", path: "/send-notification/luis@example.com", query: { q: "hola" } });
        else handle.stop();
      },
    });
    const result = await handle.result;
    expect(result.error).toBeUndefined();
    expect(idles).toBe(2);
    expect(result.responses.map(({ requestId, path, status }) => ({ requestId, path, status }))).toEqual([
      { requestId: "r1", path: "/send-notification/ana@example.com", status: 200 },
      { requestId: "r2", path: "/send-notification/luis@example.com?q=hola", status: 200 },
    ]);
    // mode "w": the second notification replaced the first, as in FastAPI.
    expect(result.files).toEqual({ "log.txt": "notification for luis@example.com: some notification" });
    expect(index(result.events, "response.sent", "r2")).toBeLessThan(index(result.events, "task.start", "r2"));
    expect(result.drained).toBe(true);
  });

  it("stops a run that does not end within the time limit, and says so in Spanish", async () => {
    const endless = NOTIFICATION_SERVER.replace("writeFileSync(\"log.txt\"", "while (true) {}\n  writeFileSync(\"log.txt\"");
    const result = await run(endless, notify, 2_000);
    expect(result.error).toBe(timeLimitMessage(2_000));
    expect(result.error).toMatch(/superó el límite de 2 s/);
    expect(result.errors.map((e) => e.phase)).toEqual(["timeout"]);
    // The response had gone out before the task blocked the server.
    expect(result.responses.map((r) => r.status)).toEqual([200]);
    expect(result.events.some((e) => e.kind === "task.start")).toBe(true);
    expect(result.events.some((e) => e.kind === "task.end")).toBe(false);
  });

  it("does not let a task that blocks the server stop the client's clock", async () => {
    const blocking = `import { App } from "background-tasks";
export const app = new App();
function crunch(ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {}
}
app.post("/report", ({ backgroundTasks }) => {
  backgroundTasks.addTask(crunch, 1500);
  return { ok: true };
});
app.get("/health", () => ({ status: "ok" }));
`;
    const scenario: Scenario = {
      title: "Bloqueo",
      concurrent: true,
      requests: [
        { method: "POST", path: "/report" },
        { method: "GET", path: "/health", delayMs: 400 },
      ],
    };
    const result = await run(blocking, scenario);
    expect(result.error).toBeUndefined();
    const { events } = result;
    // The client sent r2 while r1's task held the server; the server only saw it afterwards.
    expect(index(events, "task.start", "r1")).toBeLessThan(index(events, "client.sent", "r2"));
    expect(index(events, "client.sent", "r2")).toBeLessThan(index(events, "task.end", "r1"));
    expect(index(events, "task.end", "r1")).toBeLessThan(index(events, "request.received", "r2"));
  });

  it("reports an exception while loading server.ts with its line", async () => {
    const result = await run(`import { App } from "background-tasks";\nexport const app = new App();\n\nthrow new Error("falla al cargar");\n`);
    expect(result.error).toBe("Error al cargar server.ts (server.ts, línea 4): falla al cargar");
    expect(result.errors[0]).toMatchObject({ phase: "load", line: 4, fatal: true });
    expect(result.responses).toEqual([]);
  });

  it("reports a syntax error Node finds after the transpiler, with its line", async () => {
    const result = await run(`import { App } from "background-tasks";\nexport const app = new App();\nconst config = {\n  a: 1,,\n};\n`);
    expect(result.errors[0]).toMatchObject({ phase: "load", line: 4, fatal: true });
  });

  it("reports a syntax error from the transpiler without running anything", async () => {
    const result = await run(`import { App } from "background-tasks";\nexport const app = new App(;\n`);
    expect(result.error).toBe("Error de sintaxis en la línea 2, columna 28: símbolo inesperado");
    expect(result.errors[0]).toMatchObject({ phase: "syntax", line: 2, column: 28 });
  });

  it("explains a missing module and a missing app export in Spanish", async () => {
    const missing = await run(`import express from "express";\nexport const app = express();\n`);
    expect(missing.error).toMatch(/No se encuentra el módulo «express»/);
    const noApp = await run(`import { App } from "background-tasks";\nconst app = new App();\n`);
    expect(noApp.error).toMatch(/server.ts debe exportar la aplicación/);
  });

  it("reports a handler that throws with its line: 500, no task runs, the run goes on", async () => {
    const server = `import { App } from "background-tasks";
export const app = new App();
function write() {}
app.post("/send-notification/{email}", ({ params, backgroundTasks }) => {
  backgroundTasks.addTask(write);
  if (params.email.startsWith("ana")) throw new Error("sin servidor de correo");
  return { message: "ok" };
});
`;
    const result = await run(server);
    expect(result.error).toBeUndefined();
    expect(result.responses.map((r) => [r.status, r.body])).toEqual([[500, '{"detail":"Internal Server Error"}']]);
    expect(result.errors).toEqual([{ phase: "handler", message: "sin servidor de correo", line: 6, requestId: "r1", fatal: false }]);
    expect(result.events.some((e) => e.kind === "task.start")).toBe(false);
  });

  it("reports a task that throws with its line, and shows only the learner's frames in the console", async () => {
    const server = `import { App } from "background-tasks";
export const app = new App();
function writeNotification(email: string) {
  throw new Error("no se pudo escribir a " + email);
}
app.post("/send-notification/{email}", ({ params, backgroundTasks }) => {
  backgroundTasks.addTask(writeNotification, params.email);
  return { message: "ok" };
});
`;
    const result = await run(server);
    expect(result.error).toBeUndefined();
    expect(result.errors).toEqual([{ phase: "task", message: "no se pudo escribir a ana@example.com", line: 4, requestId: "r1", fatal: false }]);
    const stderr = result.console.filter((line) => line.stream === "stderr").map((line) => line.text).join("\n");
    expect(stderr).toContain("Error: no se pudo escribir a ana@example.com\n    at writeNotification (server.ts:4)");
    expect(stderr).not.toMatch(/node_modules|file:\/\/|segundo-plano-/);
  });

  it("tags console output with the request it belongs to", async () => {
    const server = `import { App } from "background-tasks";
export const app = new App();
console.log("cargando");
async function slow(label: string) {
  await new Promise((resolve) => setTimeout(resolve, 20));
  console.log("tarea", label);
}
app.post("/send-notification/{email}", ({ params, backgroundTasks }) => {
  console.info("handler", params.email);
  backgroundTasks.addTask(slow, params.email);
  return {};
});
`;
    const result = await run(server);
    const logs = result.events.filter((e) => e.kind === "log").map((e) => [e.requestId, e.kind === "log" ? e.text : ""]);
    expect(logs).toEqual([
      ["", "cargando"],
      ["r1", "handler ana@example.com"],
      ["r1", "tarea ana@example.com"],
    ]);
    expect(result.console.map((line) => line.text)).toEqual(["cargando", "handler ana@example.com", "tarea ana@example.com"]);
  });
});
