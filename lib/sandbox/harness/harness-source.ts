// harness.js: loads the learner's server, runs the scenario from client.js and prints structured lines.
// Plain ESM JavaScript kept as a string (no backticks inside) so every runtime can mount the same file.

/** Flag: keep serving requests from stdin after the scenario, until `{"type":"stop"}` or stdin ends. */
export const INTERACTIVE_FLAG = "--interactive";
/** Flag: `--drain-ms=<n>`, how long `app.close()` may wait for tasks at the end (default 10 s). */
export const DRAIN_FLAG = "--drain-ms=";

/**
 * Run as `node harness.js [--interactive] [--drain-ms=<n>]` in a folder holding server.js (the
 * learner's code as ESM), client.js, scenario.json and node_modules/background-tasks. Every line it
 * writes for the page is `"\u0001SP " + JSON` (see HarnessMessage in ../run-result.ts); anything else
 * on stdout or stderr is the program's own output.
 *
 * stdin takes one JSON per line: `{"type":"request","request":{method,path,query?,body?,headers?}}`
 * sends another request; `{"type":"stop"}` ends the run (drains the tasks, reports, exits).
 */
export const harnessSource = String.raw`// Segundo Plano: the example harness. Usage: node harness.js [--interactive] [--drain-ms=<n>]
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { format } from "node:util";

const PREFIX = "\u0001SP ";
const MAX_FILES = 50;
const MAX_FILE_CHARS = 100000;
const interactive = process.argv.includes("--interactive");
const drainArg = process.argv.find((arg) => arg.startsWith("--drain-ms="));
const drainMs = drainArg ? Number(drainArg.slice("--drain-ms=".length)) : 10000;
const cwd = process.cwd();
const serverUrl = pathToFileURL(join(cwd, "server.js")).href;
const now = () => performance.timeOrigin + performance.now();
let lastPart = 0;

// Stdout is shared with client.js: long messages go out as short lines, each written on its own.
function emit(message) {
  const json = JSON.stringify(message);
  if (json.length <= 1000) {
    process.stdout.write(PREFIX + json + "\n");
    return;
  }
  const id = "h" + ++lastPart;
  for (let at = 0; at < json.length; at += 500) {
    const part = { type: "part", id, data: json.slice(at, at + 500), last: at + 500 >= json.length };
    process.stdout.write(PREFIX + JSON.stringify(part) + "\n");
  }
}

// Which request a console line belongs to: set when a dependency, handler or task starts.
const hooks = await import("node:async_hooks").catch(() => null);
const requestScope = hooks && hooks.AsyncLocalStorage ? new hooks.AsyncLocalStorage() : null;
const currentRequest = () => (requestScope && requestScope.getStore()) || "";

// ---- Learner errors: message, and the line in server.ts (sucrase keeps line numbers) ----

const clean = (text) => String(text).split(serverUrl).join("server.ts").split(cwd + "/").join("");

function locate(error) {
  const stack = error && typeof error.stack === "string" ? error.stack : "";
  const match = /\/server\.js:(\d+)/.exec(stack);
  return match ? { line: Number(match[1]) } : {};
}

function messageOf(error) {
  const text = String(error && error.message);
  const notExported = /The requested module '([^']+)' does not provide an export named '([^']+)'/.exec(text);
  if (notExported) return "El módulo «" + clean(notExported[1]) + "» no exporta «" + notExported[2] + "».";
  if (error && error.code === "ERR_MODULE_NOT_FOUND") {
    const missing = /Cannot find (?:package|module) '([^']+)'/.exec(String(error.message));
    if (missing) {
      return "No se encuentra el módulo «" + clean(missing[1]) + "». Aquí solo están \"background-tasks\" y los módulos de Node (como node:fs).";
    }
  }
  return clean(error instanceof Error ? error.message : String(error));
}

// An error as a console line: its message and only the frames of the learner's file.
function describe(error) {
  const head = (error.name || "Error") + ": " + clean(error.message);
  const frames = String(error.stack || "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line) && line.includes(serverUrl))
    .map((line) => clean(line).replace(/(server\.ts:\d+):\d+/, "$1").replace(/at BackgroundTask\.(\S+) \[as fn\]/, "at $1"));
  return [head, ...frames].join("\n");
}

function reportError(phase, error, fatal, requestId) {
  const report = { phase, message: messageOf(error), ...locate(error), fatal };
  if (requestId) report.requestId = requestId;
  emit({ type: "error", error: report });
}

// A failure the library reported through the trace; its Error (and line) comes with onError's console.error.
let pendingFailure = null;
const handlerFailures = new Map();

function reportFailure(failure) {
  if (failure.reported) return;
  failure.reported = true;
  const report = { phase: failure.phase, message: clean(failure.message), fatal: false, requestId: failure.requestId };
  if (failure.line !== undefined) report.line = failure.line;
  emit({ type: "error", error: report });
}

function claimFailure(error) {
  const failure = pendingFailure;
  if (!failure || failure.reported || error.message !== failure.message) return;
  pendingFailure = null;
  const where = locate(error);
  if (where.line !== undefined) failure.line = where.line;
  if (failure.phase === "handler") reportFailure(failure);
}

// ---- Console: every line becomes a log event, tagged with its request ----

const streams = { log: "stdout", info: "stdout", debug: "stdout", warn: "stderr", error: "stderr" };
for (const [method, stream] of Object.entries(streams)) {
  console[method] = (...args) => {
    const text = format(...args.map((arg) => (arg instanceof Error ? describe(arg) : arg)));
    emit({ type: "event", event: { t: now(), kind: "log", requestId: currentRequest(), stream, text } });
    if (method === "error") for (const arg of args) if (arg instanceof Error) claimFailure(arg);
  };
}

process.on("uncaughtException", (error) => reportError("runtime", error, false, currentRequest()));
process.on("unhandledRejection", (reason) => reportError("runtime", reason, false, currentRequest()));

// ---- Files the run wrote: everything new or changed in the project folder ----

function walk(dir, prefix, into) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name === "node_modules") continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, prefix + entry.name + "/", into);
    else if (entry.isFile()) {
      const stat = statSync(full);
      into.set(prefix + entry.name, stat.mtimeMs + ":" + stat.size);
    }
  }
  return into;
}

const initialFiles = walk(cwd, "", new Map());
let lastFilesJson = "{}";
let filesScheduled = false;

function writtenFiles() {
  const files = {};
  let count = 0;
  for (const [path, stamp] of walk(cwd, "", new Map())) {
    if (initialFiles.get(path) === stamp) continue;
    if (++count > MAX_FILES) break;
    let text = readFileSync(join(cwd, path), "utf8");
    if (text.length > MAX_FILE_CHARS) text = text.slice(0, MAX_FILE_CHARS) + "\n[… recortado …]";
    files[path] = text;
  }
  return files;
}

function reportFiles() {
  filesScheduled = false;
  let files;
  try {
    files = writtenFiles();
  } catch {
    return;
  }
  const json = JSON.stringify(files);
  if (json === lastFilesJson) return;
  lastFilesJson = json;
  emit({ type: "files", files });
}

function scheduleFiles() {
  if (filesScheduled) return;
  filesScheduled = true;
  setImmediate(reportFiles);
}

// Node does not put the line of a module's syntax error in the stack; node --check prints it.
function syntaxErrorLine() {
  return new Promise((resolve) => {
    let output = "";
    const check = spawn(process.execPath || "node", ["--check", "server.js"], { cwd, stdio: ["ignore", "ignore", "pipe"] });
    check.stderr.on("data", (chunk) => (output += chunk));
    check.on("error", () => resolve(undefined));
    check.on("close", () => {
      const match = /server\.js:(\d+)/.exec(output);
      resolve(match ? Number(match[1]) : undefined);
    });
  });
}

async function fail(phase, error) {
  if (error instanceof SyntaxError && locate(error).line === undefined) {
    const line = await syntaxErrorLine();
    if (line !== undefined) error.stack = serverUrl + ":" + line + "\n" + error.stack;
  }
  reportError(phase, error, true);
  reportFiles();
  emit({ type: "end", drained: false, unfinished: [] });
  process.stdout.write("", () => process.exit(1));
  return new Promise(() => {});
}

// ---- Load the learner's server ----

let app;
try {
  app = (await import(serverUrl)).app;
} catch (error) {
  await fail("load", error);
}
if (!app || typeof app.onTrace !== "function" || typeof app.listen !== "function" || typeof app.close !== "function") {
  await fail("load", new Error("server.ts debe exportar la aplicación: export const app = new App();"));
}

// ---- Trace ----

const pendingTasks = new Set();
app.onTrace((event) => {
  emit({ type: "event", event });
  if (requestScope && (event.kind === "request.received" || event.kind === "dependency.start" || event.kind === "handler.start" || event.kind === "task.start")) {
    requestScope.enterWith(event.requestId);
  }
  switch (event.kind) {
    case "task.added":
      pendingTasks.add(event.taskId);
      break;
    case "task.end":
      pendingTasks.delete(event.taskId);
      scheduleFiles();
      break;
    case "task.error": {
      pendingTasks.delete(event.taskId);
      scheduleFiles();
      const failure = { phase: "task", requestId: event.requestId, message: event.error };
      pendingFailure = failure;
      // onError runs right after this event; its console.error may add the line first.
      queueMicrotask(() => reportFailure(failure));
      break;
    }
    case "tasks.skipped":
      for (const id of event.taskIds) pendingTasks.delete(id);
      break;
    case "handler.end":
    case "dependency.end":
      if (event.error !== undefined) {
        const failure = { phase: "handler", requestId: event.requestId, message: event.error };
        pendingFailure = failure;
        handlerFailures.set(event.requestId, failure);
      }
      break;
    case "response.sent": {
      scheduleFiles();
      // A 500 after a failure: the handler or a dependency threw (an HTTPException is not reported).
      const failure = handlerFailures.get(event.requestId);
      handlerFailures.delete(event.requestId);
      if (pendingFailure && pendingFailure === failure) pendingFailure = null;
      if (failure && event.status === 500) reportFailure(failure);
      break;
    }
  }
  progress();
});

let server;
try {
  server = await app.listen(0, "127.0.0.1");
} catch (error) {
  await fail("harness", error);
}
const port = server.address().port;
emit({ type: "ready", port });

// ---- The client, in its own process ----

let scenarioDone = false;
let extrasOutstanding = 0;
let finishing = false;
let idleSent = false;

// Its stdout is ours: what it reports reaches the page even while a task blocks this process.
// Its stderr carries the control messages meant for the harness.
const client = spawn(process.execPath || "node", ["client.js", String(port)], { cwd, stdio: ["pipe", "inherit", "pipe"] });
createInterface({ input: client.stderr }).on("line", (line) => {
  if (!line.startsWith(PREFIX)) {
    process.stderr.write(line + "\n");
    return;
  }
  const message = JSON.parse(line.slice(PREFIX.length));
  if (message.type === "scenario-done") scenarioDone = true;
  if (message.type === "extra-done") extrasOutstanding--;
  progress();
});
client.on("exit", (code) => {
  if (!finishing) void fail("harness", new Error("El cliente terminó antes de tiempo (código " + code + ")."));
});

function progress() {
  if (finishing || !scenarioDone || extrasOutstanding > 0) return;
  if (!interactive) {
    void finish();
    return;
  }
  if (pendingTasks.size === 0 && !idleSent) {
    idleSent = true;
    emit({ type: "idle" });
  }
}

async function finish() {
  if (finishing) return;
  finishing = true;
  client.stdin.end();
  const report = await app.close({ timeoutMs: drainMs });
  reportFiles();
  emit({ type: "end", drained: report.drained, unfinished: report.unfinished });
  process.stdout.write("", () => process.exit(0));
}

// ---- Extra requests from the page (stdin) ----

createInterface({ input: process.stdin })
  .on("line", (line) => {
    if (line.trim() === "" || finishing) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      emit({ type: "error", error: { phase: "scenario", message: "Mensaje ilegible en la entrada: " + line, fatal: false } });
      return;
    }
    if (message.type === "stop") {
      void finish();
      return;
    }
    const request = message.type === "request" ? message.request : message;
    if (!request || typeof request.path !== "string") {
      emit({ type: "error", error: { phase: "scenario", message: "La petición necesita al menos una ruta (path).", fatal: false } });
      return;
    }
    extrasOutstanding++;
    idleSent = false;
    client.stdin.write(JSON.stringify({ type: "request", request }) + "\n");
  })
  .on("close", () => {
    if (interactive) void finish();
  });
`;
