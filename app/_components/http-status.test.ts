import { describe, expect, it } from "vitest";
import { displayBody, statusLine } from "./http-status";

describe("statusLine", () => {
  it("adds the reason phrase when known", () => {
    expect(statusLine(200)).toBe("200 OK");
    expect(statusLine(422)).toBe("422 Unprocessable Entity");
    expect(statusLine(299)).toBe("299");
  });
});

describe("displayBody", () => {
  it("pretty-prints JSON bodies", () => {
    expect(displayBody('{"message":"Hola"}', "application/json")).toBe('{\n  "message": "Hola"\n}');
  });
  it("keeps text bodies and names an empty one", () => {
    expect(displayBody("¡Recibido!", "text/plain; charset=utf-8")).toBe("¡Recibido!");
    expect(displayBody("{not json", "application/json")).toBe("{not json");
    expect(displayBody("", undefined)).toBe("(sin cuerpo)");
  });
});
