import { describe, expect, it } from "vitest";
import type { RunResult } from "../../lib/sandbox/run-result";
import { RETO_CHECKED_EVENT, RETOS_STORAGE_KEY, markSolved, parseSolved, readSolved, recordChallengeRun, type RetoCheckedDetail } from "./RetoProgress";

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
}

const emptyRun: RunResult = { id: "c-send-notification", events: [], responses: [], console: [], files: {}, errors: [], drained: true, unfinished: [] };

describe("solved challenges in localStorage", () => {
  it("parses only arrays of strings, without duplicates", () => {
    expect(parseSolved(null)).toEqual([]);
    expect(parseSolved("no json")).toEqual([]);
    expect(parseSolved('{"a":1}')).toEqual([]);
    expect(parseSolved('["a", 3, "b", "a"]')).toEqual(["a", "b"]);
  });

  it("adds an id once, under segundo-plano:retos", () => {
    const storage = memoryStorage();
    expect(markSolved(storage, "c-audit-log")).toEqual(["c-audit-log"]);
    expect(markSolved(storage, "c-audit-log")).toEqual(["c-audit-log"]);
    expect(markSolved(storage, "d-yield-the-loop")).toEqual(["c-audit-log", "d-yield-the-loop"]);
    expect(storage.data.get(RETOS_STORAGE_KEY)).toBe('["c-audit-log","d-yield-the-loop"]');
    expect(readSolved(storage)).toEqual(["c-audit-log", "d-yield-the-loop"]);
  });

  it("survives a storage that throws", () => {
    const broken = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("denied"); } };
    expect(readSolved(broken)).toEqual([]);
    expect(markSolved(broken, "x")).toEqual(["x"]);
  });

  it("records a run: an unsolved verdict is announced but not stored", () => {
    const storage = memoryStorage();
    const target = new EventTarget();
    const seen: RetoCheckedDetail[] = [];
    target.addEventListener(RETO_CHECKED_EVENT, (event) => seen.push((event as CustomEvent<RetoCheckedDetail>).detail));
    const verdict = recordChallengeRun("c-audit-log", emptyRun, storage, target);
    expect(verdict.solved).toBe(false);
    expect(seen).toEqual([{ id: "c-audit-log", verdict }]);
    expect(readSolved(storage)).toEqual([]);
  });
});
