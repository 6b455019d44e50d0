import { describe, expect, it } from "vitest";
import { onLoadCode, requestLoadCode } from "./load-code-event";

describe("load-code event", () => {
  it("delivers code only to the sandbox of the named example, until it stops listening", () => {
    const target = new EventTarget();
    const loadedC: string[] = [];
    const loadedF: string[] = [];
    const stopC = onLoadCode(target, "c-send-notification", (code) => loadedC.push(code));
    onLoadCode(target, "f-dependencies", (code) => loadedF.push(code));
    requestLoadCode(target, { exampleId: "c-send-notification", code: "solución" });
    stopC();
    requestLoadCode(target, { exampleId: "c-send-notification", code: "otra" });
    expect(loadedC).toEqual(["solución"]);
    expect(loadedF).toEqual([]);
  });
});
