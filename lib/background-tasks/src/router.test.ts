import { describe, expect, it } from "vitest";
import { compilePath, matchPath } from "./router.js";

describe("compilePath / matchPath", () => {
  it("matches literal paths exactly", () => {
    const path = compilePath("/health");
    expect(matchPath(path, "/health")).toEqual({});
    expect(matchPath(path, "/health/")).toBeNull();
  });

  it("captures {name} segments, decoded, one segment each", () => {
    const path = compilePath("/send-notification/{email}");
    expect(matchPath(path, "/send-notification/johndoe%40example.com")).toEqual({ email: "johndoe@example.com" });
    expect(matchPath(path, "/send-notification/a/b")).toBeNull();
    expect(matchPath(path, "/send-notification/")).toBeNull();
  });

  it("lets {name:path} span slashes and {name:int} take only integers", () => {
    expect(matchPath(compilePath("/files/{filePath:path}"), "/files/a/b.txt")).toEqual({ filePath: "a/b.txt" });
    const byId = compilePath("/items/{id:int}");
    expect(matchPath(byId, "/items/42")).toEqual({ id: "42" });
    expect(matchPath(byId, "/items/abc")).toBeNull();
  });

  it("escapes regex characters in the literal parts", () => {
    const path = compilePath("/v1.0/{name}");
    expect(matchPath(path, "/v1.0/x")).toEqual({ name: "x" });
    expect(matchPath(path, "/v1x0/x")).toBeNull();
  });

  it("keeps a malformed escape as it came", () => {
    expect(matchPath(compilePath("/q/{term}"), "/q/100%")).toEqual({ term: "100%" });
  });

  it("rejects patterns without a leading slash or with a repeated name", () => {
    expect(() => compilePath("items")).toThrow(/debe empezar/);
    expect(() => compilePath("/{a}/{a}")).toThrow(/repite/);
  });
});
