import { describe, expect, it } from "vitest";
import { parseVisited, withVisit } from "./visited-lessons";

describe("parseVisited", () => {
  it("reads a stored list", () => {
    expect(parseVisited('["background-tasks","advertencia"]')).toEqual(["background-tasks", "advertencia"]);
  });
  it("treats missing or malformed storage as nothing visited", () => {
    expect(parseVisited(null)).toEqual([]);
    expect(parseVisited("{")).toEqual([]);
    expect(parseVisited('{"a":1}')).toEqual([]);
  });
  it("drops non-strings and duplicates", () => {
    expect(parseVisited('["a",1,"a",null,"b"]')).toEqual(["a", "b"]);
  });
});

describe("withVisit", () => {
  it("appends a new lesson once", () => {
    expect(withVisit(["a"], "b")).toEqual(["a", "b"]);
    expect(withVisit(["a", "b"], "a")).toEqual(["a", "b"]);
  });
});
