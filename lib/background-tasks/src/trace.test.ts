import { describe, expect, it } from "vitest";
import { previewArg, Tracer } from "./trace.js";

describe("Tracer", () => {
  it("is inactive until someone subscribes, and again after the last one leaves", () => {
    const tracer = new Tracer();
    expect(tracer.active).toBe(false);
    const seen: string[] = [];
    const off = tracer.subscribe((e) => seen.push(e.kind));
    expect(tracer.active).toBe(true);
    tracer.emit({ kind: "response.sent", requestId: "1", status: 200 });
    off();
    expect(tracer.active).toBe(false);
    tracer.emit({ kind: "response.sent", requestId: "2", status: 200 });
    expect(seen).toEqual(["response.sent"]);
  });

  it("stamps events on the shared clock and survives a throwing listener", () => {
    const tracer = new Tracer();
    const times: number[] = [];
    tracer.subscribe(() => {
      throw new Error("broken listener");
    });
    tracer.subscribe((e) => times.push(e.t));
    const before = performance.timeOrigin + performance.now();
    tracer.emit({ kind: "task.start", requestId: "1", taskId: "1.1", name: "x" });
    expect(times).toHaveLength(1);
    expect(times[0]).toBeGreaterThanOrEqual(before);
  });
});

describe("previewArg", () => {
  it("prints values briefly", () => {
    expect(previewArg("hola")).toBe('"hola"');
    expect(previewArg(3)).toBe("3");
    expect(previewArg({ a: 1 })).toBe('{"a":1}');
    expect(previewArg(undefined)).toBe("undefined");
    expect(previewArg(function sendEmail() {})).toBe("[Function sendEmail]");
    expect(previewArg(10n)).toBe("10n");
    expect(previewArg("x".repeat(200))).toHaveLength(80);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(previewArg(cyclic)).toBe("[object Object]");
  });
});
