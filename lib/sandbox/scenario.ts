// scenario.json: the requests an example sends when it runs (shared contract with content/examples).

export interface ScenarioRequest {
  method: string;
  path: string;
  query?: Record<string, string>;
  /** Sent as JSON; a string is sent as it is (text/plain unless `headers` says otherwise). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before sending (after the previous response, or after the start when concurrent). */
  delayMs?: number;
  /** What the request is, in Spanish, for the page. */
  label?: string;
}

export interface Scenario {
  /** In Spanish, for the page. */
  title: string;
  requests: ScenarioRequest[];
  /** Send every request at once instead of one after another. */
  concurrent?: boolean;
}

const METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);

/** Checks a parsed scenario.json; throws a Spanish message that names the problem. */
export function parseScenario(value: unknown): Scenario {
  if (typeof value !== "object" || value === null) throw new Error("scenario.json debe ser un objeto.");
  const { title, requests, concurrent } = value as Record<string, unknown>;
  if (typeof title !== "string" || title === "") throw new Error("scenario.json necesita un «title» (texto).");
  if (!Array.isArray(requests) || requests.length === 0) throw new Error("scenario.json necesita «requests»: una lista con al menos una petición.");
  if (concurrent !== undefined && typeof concurrent !== "boolean") throw new Error("«concurrent» debe ser true o false.");
  requests.forEach((request: unknown, index) => {
    const where = `requests[${index}]`;
    if (typeof request !== "object" || request === null) throw new Error(`${where} debe ser un objeto.`);
    const { method, path, query, headers, delayMs } = request as Record<string, unknown>;
    if (typeof method !== "string" || !METHODS.has(method.toUpperCase())) throw new Error(`${where}.method debe ser un método HTTP (GET, POST…).`);
    if (typeof path !== "string" || !path.startsWith("/")) throw new Error(`${where}.path debe empezar por «/».`);
    for (const [name, map] of [["query", query], ["headers", headers]] as const) {
      if (map === undefined) continue;
      if (typeof map !== "object" || map === null || Object.values(map).some((v) => typeof v !== "string")) {
        throw new Error(`${where}.${name} debe ser un objeto de textos.`);
      }
    }
    if (delayMs !== undefined && (typeof delayMs !== "number" || delayMs < 0)) throw new Error(`${where}.delayMs debe ser un número positivo.`);
  });
  return value as Scenario;
}
