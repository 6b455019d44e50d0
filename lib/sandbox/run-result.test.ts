import { describe, expect, it } from "vitest";
import { formatRunError, RunStreamParser, STRUCTURED_PREFIX, type HarnessMessage, type StreamItem } from "./run-result";

const line = (message: HarnessMessage) => `${STRUCTURED_PREFIX}${JSON.stringify(message)}\n`;
const end: HarnessMessage = { type: "end", drained: true, unfinished: [] };

describe("RunStreamParser", () => {
  it("rebuilds a run from lines split anywhere, with \\r\\n line ends, and keeps other lines as console output", () => {
    const stream = [
      "hola desde el programa\r\n",
      line({ type: "ready", port: 4321 }).replace("\n", "\r\n"),
      line({ type: "event", event: { t: 2, kind: "response.sent", requestId: "r1", status: 200 } }),
      line({ type: "event", event: { t: 1, kind: "client.sent", requestId: "r1", method: "POST", path: "/x" } }),
      line({ type: "event", event: { t: 3, kind: "log", requestId: "r1", stream: "stdout", text: "escribiendo" } }),
      line({ type: "response", response: { requestId: "r1", method: "POST", path: "/x", status: 200, headers: {}, body: "{}" } }),
      line({ type: "files", files: { "log.txt": "a" } }),
      line({ type: "files", files: { "log.txt": "ab" } }),
      line(end),
    ].join("");
    const items: StreamItem[] = [];
    const parser = new RunStreamParser((item) => items.push(item));
    for (let i = 0; i < stream.length; i += 7) parser.push(stream.slice(i, i + 7));
    parser.end();
    const result = parser.result("demo");
    expect(result.events.map((event) => event.kind)).toEqual(["client.sent", "response.sent", "log"]);
    expect(result.console).toEqual([
      { stream: "stdout", text: "hola desde el programa" },
      { stream: "stdout", text: "escribiendo" },
    ]);
    expect(result.responses).toHaveLength(1);
    expect(result.files).toEqual({ "log.txt": "ab" });
    expect(result.error).toBeUndefined();
    expect(result.drained).toBe(true);
    expect(items.map((item) => item.type)).toEqual(["console", "ready", "event", "event", "event", "response", "files", "files", "end"]);
  });

  it("finds a structured line after output that had no line end, and strips terminal colour codes", () => {
    const parser = new RunStreamParser();
    parser.push(`\u001b[32msin salto${line({ type: "idle" })}`);
    parser.push(`\u001b[31mrojo\u001b[39m\n`, "stderr");
    parser.push(line(end));
    expect(parser.result("x").console).toEqual([
      { stream: "stdout", text: "sin salto" },
      { stream: "stderr", text: "rojo" },
    ]);
  });

  it("keeps a prefixed line that is not a harness message as console output", () => {
    const parser = new RunStreamParser();
    parser.push(`${STRUCTURED_PREFIX}{roto\n${STRUCTURED_PREFIX}{"type":"nope"}\n`);
    parser.push(line(end));
    expect(parser.result("x").console.map((c) => c.text)).toEqual([`${STRUCTURED_PREFIX}{roto`, `${STRUCTURED_PREFIX}{"type":"nope"}`]);
  });

  it("orders events by t and keeps arrival order for equal times", () => {
    const parser = new RunStreamParser();
    parser.push(line({ type: "event", event: { t: 5, kind: "task.start", requestId: "r1", taskId: "r1.1", name: "a" } }));
    parser.push(line({ type: "event", event: { t: 5, kind: "task.end", requestId: "r1", taskId: "r1.1", name: "a" } }));
    parser.push(line({ type: "event", event: { t: 4, kind: "response.sent", requestId: "r1", status: 200 } }));
    parser.push(line(end));
    expect(parser.result("x").events.map((e) => e.kind)).toEqual(["response.sent", "task.start", "task.end"]);
  });

  it("reports a fatal error in Spanish with the line, and a run that never said it ended", () => {
    const parser = new RunStreamParser();
    parser.push(line({ type: "error", error: { phase: "load", message: "boom", line: 7, fatal: true } }));
    parser.push(line(end));
    expect(parser.result("x").error).toBe("Error al cargar server.ts (server.ts, línea 7): boom");

    const silent = new RunStreamParser();
    silent.push("algo\n");
    expect(silent.result("x").error).toMatch(/sin que el arnés informara del final/);
  });

  it("lists non-fatal errors without failing the run", () => {
    const parser = new RunStreamParser();
    parser.push(line({ type: "error", error: { phase: "task", message: "falló", line: 3, requestId: "r1", fatal: false } }));
    parser.push(line({ type: "end", drained: true, unfinished: [] }));
    const result = parser.result("x");
    expect(result.error).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(formatRunError(result.errors[0]!)).toBe("Una tarea en segundo plano lanzó un error en la petición r1 (server.ts, línea 3): falló");
  });
});

describe("RunStreamParser with long messages", () => {
  it("puts a message cut into parts back together, even with another process's lines between them", () => {
    const files = { "log.txt": "x".repeat(1200) + "\"ñ😀" };
    const json = JSON.stringify({ type: "files", files });
    const parts = [];
    for (let at = 0; at < json.length; at += 500) parts.push({ type: "part", id: "h1", data: json.slice(at, at + 500), last: at + 500 >= json.length });
    const parser = new RunStreamParser();
    const partLine = (part: object) => `${STRUCTURED_PREFIX}${JSON.stringify(part)}\n`;
    parser.push(partLine(parts[0]!));
    parser.push(line({ type: "event", event: { t: 1, kind: "client.received", requestId: "r1", status: 200 } }));
    for (const part of parts.slice(1)) parser.push(partLine(part));
    parser.push(line(end));
    const result = parser.result("x");
    expect(result.files).toEqual(files);
    expect(result.events.map((e) => e.kind)).toEqual(["client.received"]);
    expect(result.console).toEqual([]);
  });
});
