import { describe, expect, it } from "vitest";
import { describeError, formatConsoleArgs, locateInServer } from "./console-format";

describe("formatConsoleArgs", () => {
  it("prints like Node's console.log", () => {
    expect(formatConsoleArgs(["hola", 1, true, null, undefined])).toBe("hola 1 true null undefined");
    expect(formatConsoleArgs([{ email: "ana@example.com", n: [1, 2] }])).toBe("{ email: 'ana@example.com', n: [ 1, 2 ] }");
    expect(formatConsoleArgs(["%s tiene %d tareas (%j) al %i%%", "ana", 3, { a: 1 }, 99.6])).toBe('ana tiene 3 tareas ({"a":1}) al 99%');
    expect(formatConsoleArgs([function writeLog() {}])).toBe("[Function: writeLog]");
    expect(formatConsoleArgs([{}, []])).toBe("{} []");
  });
});

describe("errors in the learner's code", () => {
  const error = new Error("kaput");
  error.stack = "Error: kaput\n    at writeNotification (server.js:7:9)\n    at eval (server.js:12:1)\n    at run (http://localhost/_next/static/chunks/worker.js:1:200)";

  it("keeps only the learner's frames, as server.ts lines", () => {
    expect(describeError(error)).toBe("Error: kaput\n    at writeNotification (server.ts:7)\n    at server.ts:12");
    expect(formatConsoleArgs(["Falló:", error])).toBe("Falló: Error: kaput\n    at writeNotification (server.ts:7)\n    at server.ts:12");
  });

  it("finds the line, in V8's and Firefox's stack formats", () => {
    expect(locateInServer(error)).toEqual({ line: 7, column: 9 });
    const firefox = new Error("x");
    firefox.stack = "writeNotification@server.js:5:3\n@server.js:9:1\n";
    expect(locateInServer(firefox)).toEqual({ line: 5, column: 3 });
    expect(describeError(firefox)).toBe("Error: x\n    at writeNotification (server.ts:5)\n    at server.ts:9");
    expect(locateInServer("not an error")).toEqual({});
  });
});
