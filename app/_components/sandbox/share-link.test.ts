import { describe, expect, it } from "vitest";
import { readSavedCode, savedCodeKey, writeSavedCode } from "./saved-code";
import { codeFromHash, shareHash } from "./share-link";

describe("share link", () => {
  it("round-trips any code, accents and emoji included, only for its own example", () => {
    const code = 'writeFileSync("log.txt", `notificación para ñandú@example.com 🚀`);\n';
    const hash = shareHash("c-send-notification", code);
    expect(hash).toMatch(/^#codigo=c-send-notification:[A-Za-z0-9_-]+$/);
    expect(codeFromHash(hash, "c-send-notification")).toBe(code);
    expect(codeFromHash(hash, "d-sync-task")).toBeNull();
    expect(codeFromHash("#codigo=c-send-notification:%%%", "c-send-notification")).toBeNull();
    expect(codeFromHash("", "c-send-notification")).toBeNull();
  });
});

describe("saved code", () => {
  it("keeps an edit per example and forgets it when the code is the original again", () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
    writeSavedCode(storage, "c", "edited", "original");
    expect(map.get(savedCodeKey("c"))).toBe("edited");
    expect(readSavedCode(storage, "c")).toBe("edited");
    expect(readSavedCode(storage, "d")).toBeNull();
    writeSavedCode(storage, "c", "original", "original");
    expect(readSavedCode(storage, "c")).toBeNull();
  });

  it("survives a storage that throws", () => {
    const broken = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("denied"); }, removeItem: () => { throw new Error("denied"); } };
    expect(readSavedCode(broken, "c")).toBeNull();
    expect(() => writeSavedCode(broken, "c", "x", "y")).not.toThrow();
  });
});
