// Test support: the same semantic tests run over real HTTP (node:http on loopback) and over app.fetch.
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import type { App } from "../app.js";

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
  json(): unknown;
}

export interface RequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Transport {
  name: string;
  /** Starts serving `app`; returns a client for it. */
  serve(app: App): Promise<Client>;
}

export interface Client {
  request(path: string, init?: RequestInit): Promise<Reply>;
  stop(): Promise<void>;
}

function reply(status: number, headers: Record<string, string>, body: string): Reply {
  return { status, headers, body, json: () => JSON.parse(body) };
}

export const nodeHttp: Transport = {
  name: "node:http",
  async serve(app) {
    const server = await app.listen(0);
    const { port } = server.address() as AddressInfo;
    return {
      request: (path, init = {}) => loopbackRequest(port, path, init),
      async stop() {
        await app.close({ timeoutMs: 2000 });
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  },
};

export const fetchAdapter: Transport = {
  name: "fetch",
  async serve(app) {
    return {
      async request(path, init = {}) {
        const response = await app.fetch(new Request(`http://app.test${path}`, { method: init.method ?? "GET", headers: init.headers, body: init.body }));
        const body = await response.text();
        return reply(response.status, Object.fromEntries(response.headers), body);
      },
      async stop() {
        await app.close({ timeoutMs: 2000 });
      },
    };
  },
};

export const transports = [nodeHttp, fetchAdapter];

/** One HTTP/1.1 request over loopback with a fresh connection; resolves once the body has been read. */
export function loopbackRequest(port: number, path: string, init: RequestInit = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { connection: "close", ...init.headers };
    if (init.body !== undefined) headers["content-length"] = String(Buffer.byteLength(init.body));
    const req = httpRequest({ host: "127.0.0.1", port, path, method: init.method ?? "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
        resolve(reply(res.statusCode ?? 0, flat, Buffer.concat(chunks).toString("utf8")));
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

/** A promise with its resolve function, for tasks that wait on a signal from the test. */
export function signal<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
