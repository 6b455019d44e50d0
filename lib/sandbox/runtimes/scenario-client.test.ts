import { describe, expect, it } from "vitest";
import type { HarnessMessage } from "../run-result";
import type { WireRequest } from "./navegador-protocol";
import { ScenarioClient, toWireRequest } from "./scenario-client";

describe("toWireRequest", () => {
  it("puts the query in the target and sends JSON or text bodies as client.js does", () => {
    expect(toWireRequest({ method: "post", path: "/items/1", query: { q: "hola mundo" }, body: { a: 1 }, headers: { "X-Token": "t" } })).toEqual({
      method: "POST",
      target: "/items/1?q=hola+mundo",
      headers: { "x-token": "t", "content-type": "application/json" },
      body: '{"a":1}',
    });
    expect(toWireRequest({ method: "POST", path: "/t", body: "hola" }).headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(toWireRequest({ method: "GET", path: "/" })).toEqual({ method: "GET", target: "/", headers: {} });
  });
});

describe("ScenarioClient", () => {
  it("numbers requests in the scenario's order even when concurrent, then extras after them", async () => {
    const sent: string[] = [];
    const messages: HarnessMessage[] = [];
    const acknowledged: string[] = [];
    const client = new ScenarioClient(
      {
        send: async (requestId: string, request: WireRequest) => {
          sent.push(`${requestId} ${request.method} ${request.target}`);
          return { status: 200, headers: { "content-type": "application/json" }, body: "{}" };
        },
        received: (requestId) => acknowledged.push(requestId),
      },
      (message) => messages.push(message),
      async () => {},
    );
    await client.runScenario({ title: "t", concurrent: true, requests: [{ method: "POST", path: "/a" }, { method: "GET", path: "/b", delayMs: 50 }] });
    await client.sendExtra({ method: "GET", path: "/c" });
    expect(sent.sort()).toEqual(["r1 POST /a", "r2 GET /b", "r3 GET /c"]);
    expect(acknowledged.sort()).toEqual(["r1", "r2", "r3"]);
    const r3 = messages.filter((message) => (message.type === "event" && message.event.requestId === "r3") || (message.type === "response" && message.response.requestId === "r3"));
    expect(r3.map((message) => (message.type === "event" ? message.event.kind : message.type))).toEqual(["client.sent", "client.received", "response"]);
  });

  it("a request that gets no response is a scenario error, in Spanish", async () => {
    const messages: HarnessMessage[] = [];
    const client = new ScenarioClient({ send: async () => Promise.reject(new Error("La petición r1 no obtuvo respuesta: el servidor no está en marcha.")) }, (message) => messages.push(message));
    await client.runScenario({ title: "t", requests: [{ method: "GET", path: "/" }] });
    expect(messages.at(-1)).toEqual({ type: "error", error: { phase: "scenario", message: "La petición r1 no obtuvo respuesta: el servidor no está en marcha.", requestId: "r1", fatal: false } });
  });
});
