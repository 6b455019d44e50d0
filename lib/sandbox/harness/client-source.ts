// client.js: the harness's HTTP client, a separate process so that a blocked server cannot stop its clock.
// Plain ESM JavaScript kept as a string (no backticks inside) so every runtime can mount the same file.

/**
 * Run as `node client.js <port>` from the project folder, by harness.js, with stdout inherited: its
 * structured lines (client.sent / client.received events, responses, scenario errors) go straight to
 * the run's output, so they arrive even while the server's event loop is blocked. Control messages
 * for the harness go to stderr as structured lines: `{type:"scenario-done"}` once every scenario
 * response is in, `{type:"extra-done"}` after the response to each extra request. Extra requests
 * arrive on stdin as `{"type":"request","request":{...}}`; stdin closing ends the client.
 */
export const clientSource = String.raw`// Segundo Plano: the scenario client (runs in its own process).
import http from "node:http";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";

const PREFIX = "\u0001SP ";
const port = Number(process.argv[2]);
const now = () => performance.timeOrigin + performance.now();
let lastPart = 0;

// Stdout is shared with the harness: long messages go out as short lines, each written on its own.
function send(message) {
  const json = JSON.stringify(message);
  if (json.length <= 1000) {
    process.stdout.write(PREFIX + json + "\n");
    return;
  }
  const id = "c" + ++lastPart;
  for (let at = 0; at < json.length; at += 500) {
    const part = { type: "part", id, data: json.slice(at, at + 500), last: at + 500 >= json.length };
    process.stdout.write(PREFIX + JSON.stringify(part) + "\n");
  }
}
const control = (message) => process.stderr.write(PREFIX + JSON.stringify(message) + "\n");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let lastId = 0;

function scenarioError(message, requestId) {
  const error = { phase: "scenario", message, fatal: false };
  if (requestId) error.requestId = requestId;
  return { type: "error", error };
}

function target(request) {
  const search = new URLSearchParams(request.query ?? {}).toString();
  return request.path + (search === "" ? "" : "?" + search);
}

function headersOf(raw) {
  const headers = {};
  for (const [name, value] of Object.entries(raw ?? {})) headers[name.toLowerCase()] = String(value);
  return headers;
}

function flatten(headers) {
  const flat = {};
  for (const [name, value] of Object.entries(headers)) flat[name] = Array.isArray(value) ? value.join(", ") : String(value);
  return flat;
}

function sendRequest(request, requestId) {
  return new Promise((resolve) => {
    const method = String(request.method ?? "GET").toUpperCase();
    const path = target(request);
    const headers = headersOf(request.headers);
    let payload;
    if (request.body !== undefined) {
      if (typeof request.body === "string") {
        payload = request.body;
        headers["content-type"] ??= "text/plain; charset=utf-8";
      } else {
        payload = JSON.stringify(request.body);
        headers["content-type"] ??= "application/json";
      }
      headers["content-length"] = String(Buffer.byteLength(payload));
    }
    headers["x-request-id"] = requestId;
    send({ type: "event", event: { t: now(), kind: "client.sent", requestId, method, path } });
    const outgoing = http.request({ host: "127.0.0.1", port, method, path, headers, agent: false }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => {
        const status = response.statusCode ?? 0;
        send({ type: "event", event: { t: now(), kind: "client.received", requestId, status } });
        const body = Buffer.concat(chunks).toString("utf8");
        send({ type: "response", response: { requestId, method, path, status, headers: flatten(response.headers), body } });
        resolve();
      });
      response.on("error", (error) => {
        send(scenarioError(error.message, requestId));
        resolve();
      });
    });
    outgoing.on("error", (error) => {
      send(scenarioError("La petición " + requestId + " no obtuvo respuesta: " + error.message, requestId));
      resolve();
    });
    outgoing.end(payload);
  });
}

async function runScenario() {
  let scenario;
  try {
    scenario = JSON.parse(readFileSync("scenario.json", "utf8"));
  } catch (error) {
    send(scenarioError("No se pudo leer scenario.json: " + error.message));
    control({ type: "scenario-done" });
    return;
  }
  const requests = Array.isArray(scenario.requests) ? scenario.requests : [];
  // Ids follow the scenario's order even when requests go out concurrently.
  const planned = requests.map((request) => ({ request, requestId: "r" + ++lastId }));
  if (scenario.concurrent) {
    await Promise.all(planned.map(async ({ request, requestId }) => {
      if (request.delayMs) await sleep(request.delayMs);
      await sendRequest(request, requestId);
    }));
  } else {
    for (const { request, requestId } of planned) {
      if (request.delayMs) await sleep(request.delayMs);
      await sendRequest(request, requestId);
    }
  }
  control({ type: "scenario-done" });
}

const input = createInterface({ input: process.stdin });
input.on("line", (line) => {
  if (line.trim() === "") return;
  let message;
  try {
    message = JSON.parse(line);
  } catch {
    send(scenarioError("Petición extra ilegible (se esperaba JSON): " + line));
    return;
  }
  if (message.type === "request" && message.request && typeof message.request.path === "string") {
    void sendRequest(message.request, "r" + ++lastId).then(() => control({ type: "extra-done" }));
  }
});
input.on("close", () => process.exit(0));

void runScenario();
`;
