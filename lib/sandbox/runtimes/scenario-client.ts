// The Navegador runtime's client, on the page: sends the scenario (and the Petición panel's requests)
// and records client.sent / client.received on its own clock, as client.js does in Node.
import { now } from "background-tasks";
import type { HarnessMessage } from "../run-result";
import type { Scenario, ScenarioRequest } from "../scenario";
import type { WireRequest, WireResponse } from "./navegador-protocol";

export interface ClientTransport {
  /** Resolves with the response as soon as the page has it. */
  send(requestId: string, request: WireRequest): Promise<WireResponse>;
  /** Called once the client has recorded the response: the server may now count it as sent. */
  received?(requestId: string): void;
}

/** The request as it goes out: query in the target, lower-case headers, a JSON or text body (as client.js). */
export function toWireRequest(request: ScenarioRequest): WireRequest {
  const method = String(request.method ?? "GET").toUpperCase();
  const search = new URLSearchParams(request.query ?? {}).toString();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = String(value);
  const wire: WireRequest = { method, target: request.path + (search === "" ? "" : `?${search}`), headers };
  if (request.body !== undefined) {
    if (typeof request.body === "string") {
      wire.body = request.body;
      headers["content-type"] ??= "text/plain; charset=utf-8";
    } else {
      wire.body = JSON.stringify(request.body);
      headers["content-type"] ??= "application/json";
    }
  }
  return wire;
}

export class ScenarioClient {
  readonly #transport: ClientTransport;
  readonly #emit: (message: HarnessMessage) => void;
  readonly #sleep: (ms: number) => Promise<void>;
  #lastId = 0;

  constructor(transport: ClientTransport, emit: (message: HarnessMessage) => void, sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))) {
    this.#transport = transport;
    this.#emit = emit;
    this.#sleep = sleep;
  }

  /** Sends the scenario's requests (ids r1, r2… in the scenario's order) and resolves when every response is in. */
  async runScenario(scenario: Scenario): Promise<void> {
    const planned = scenario.requests.map((request) => ({ request, requestId: `r${++this.#lastId}` }));
    if (scenario.concurrent) {
      await Promise.all(
        planned.map(async ({ request, requestId }) => {
          if (request.delayMs) await this.#sleep(request.delayMs);
          await this.#send(request, requestId);
        }),
      );
      return;
    }
    for (const { request, requestId } of planned) {
      if (request.delayMs) await this.#sleep(request.delayMs);
      await this.#send(request, requestId);
    }
  }

  /** One more request, numbered after the scenario's. */
  sendExtra(request: ScenarioRequest): Promise<void> {
    return this.#send(request, `r${++this.#lastId}`);
  }

  async #send(request: ScenarioRequest, requestId: string): Promise<void> {
    const wire = toWireRequest(request);
    this.#emit({ type: "event", event: { t: now(), kind: "client.sent", requestId, method: wire.method, path: wire.target } });
    let response: WireResponse;
    try {
      response = await this.#transport.send(requestId, wire);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.#emit({ type: "error", error: { phase: "scenario", message, requestId, fatal: false } });
      return;
    }
    this.#emit({ type: "event", event: { t: now(), kind: "client.received", requestId, status: response.status } });
    this.#transport.received?.(requestId);
    this.#emit({ type: "response", response: { requestId, method: wire.method, path: wire.target, status: response.status, headers: response.headers, body: response.body } });
  }
}
