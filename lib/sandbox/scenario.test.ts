import { describe, expect, it } from "vitest";
import { parseScenario } from "./scenario";

describe("parseScenario", () => {
  it("accepts the shared scenario.json shape", () => {
    const scenario = {
      title: "Dos peticiones",
      concurrent: true,
      requests: [
        { method: "POST", path: "/send-notification/a@b.c", query: { q: "hola" }, body: { a: 1 }, headers: { "x-demo": "1" }, delayMs: 10, label: "Primera" },
        { method: "get", path: "/items" },
      ],
    };
    expect(parseScenario(scenario)).toBe(scenario);
  });

  it.each([
    [null, /objeto/],
    [{ requests: [{ method: "GET", path: "/" }] }, /title/],
    [{ title: "t", requests: [] }, /al menos una/],
    [{ title: "t", requests: [{ method: "FETCH", path: "/" }] }, /requests\[0\]\.method/],
    [{ title: "t", requests: [{ method: "GET", path: "items" }] }, /empezar por «\/»/],
    [{ title: "t", requests: [{ method: "GET", path: "/", query: { q: 1 } }] }, /query/],
    [{ title: "t", requests: [{ method: "GET", path: "/", delayMs: -1 }] }, /delayMs/],
    [{ title: "t", concurrent: "sí", requests: [{ method: "GET", path: "/" }] }, /concurrent/],
  ])("rejects %j with a message that names the problem", (value, message) => {
    expect(() => parseScenario(value)).toThrow(message);
  });
});
