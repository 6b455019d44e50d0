import { describe, expect, it } from "vitest";
import { applyItem, EMPTY_RUN, type RunView } from "./run-view";

describe("applyItem", () => {
  it("folds a run's items into what the panels show", () => {
    let view: RunView = { ...EMPTY_RUN, status: "starting" };
    view = applyItem(view, { type: "ready", port: 0 });
    expect(view.status).toBe("running");
    view = applyItem(view, { type: "event", event: { t: 1, kind: "response.sent", requestId: "r1", status: 200 } });
    view = applyItem(view, { type: "event", event: { t: 2, kind: "log", requestId: "r1", stream: "stdout", text: "hola" } });
    view = applyItem(view, { type: "files", files: { "log.txt": "a" } });
    view = applyItem(view, { type: "files", files: { "log.txt": "ab" } });
    view = applyItem(view, { type: "response", response: { requestId: "r1", method: "GET", path: "/", status: 200, headers: {}, body: "{}" } });
    view = applyItem(view, { type: "idle" });
    expect(view.status).toBe("serving");
    expect(view.events.map((event) => event.kind)).toEqual(["response.sent", "log"]);
    expect(view.console).toEqual([{ stream: "stdout", text: "hola" }]);
    expect(view.files).toEqual({ "log.txt": "ab" });
    expect(view.responses).toHaveLength(1);
    // A request from Petición makes it busy again.
    view = applyItem(view, { type: "event", event: { t: 3, kind: "client.sent", requestId: "r2", method: "GET", path: "/" } });
    expect(view.status).toBe("running");
  });
});
