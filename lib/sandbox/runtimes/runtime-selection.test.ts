import { describe, expect, it } from "vitest";
import { chooseRuntime, preferenceFromSearch } from "./runtime-selection";

describe("runtime selection", () => {
  it("reads ?runtime= from the address", () => {
    expect(preferenceFromSearch("?runtime=navegador")).toBe("navegador");
    expect(preferenceFromSearch("?a=1&runtime=WebContainer")).toBe("webcontainer");
    expect(preferenceFromSearch("?runtime=deno")).toBe("auto");
    expect(preferenceFromSearch("")).toBe("auto");
  });

  it("?runtime=navegador forces the worker, and says so", () => {
    expect(chooseRuntime("navegador", undefined)).toEqual({ kind: "navegador", notice: expect.stringMatching(/\?runtime=navegador/) });
  });

  it("WebContainer when the page allows it; Navegador with the reason otherwise", () => {
    expect(chooseRuntime("auto", undefined)).toEqual({ kind: "webcontainer" });
    expect(chooseRuntime("webcontainer", "esta página no está aislada")).toEqual({ kind: "navegador", notice: expect.stringMatching(/porque esta página no está aislada/) });
  });

  it("an earlier failed boot keeps auto on Navegador, but an explicit ?runtime=webcontainer tries again", () => {
    expect(chooseRuntime("auto", undefined, "WebContainer no arrancó en 15 s").kind).toBe("navegador");
    expect(chooseRuntime("webcontainer", undefined, "WebContainer no arrancó en 15 s").kind).toBe("webcontainer");
  });
});
