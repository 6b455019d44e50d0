// The node:http adapter: a request listener, and listen() for App.listen.
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import { kAddServer, kDispatch, kSent, type App, type IncomingRequest, type Outgoing } from "./app.js";

/** A `node:http` request listener for an existing server. Tasks start after the response's `finish`. */
export function toNodeListener(app: App): RequestListener {
  return (req, res) => {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const method = req.method ?? "GET";
    const hasBody = req.headers["transfer-encoding"] !== undefined || (req.headers["content-length"] ?? "0") !== "0";
    if (!hasBody) {
      serve(app, req, res, method, url, q, "");
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > app.maxBodyBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("end", () => serve(app, req, res, method, url, q, tooLarge ? "\u0000too-large" : Buffer.concat(chunks).toString("utf8")));
    req.on("error", () => res.destroy());
  };
}

/** The request as the app sees it; methods on the prototype, so nothing is allocated per request but this. */
class NodeIncoming implements IncomingRequest {
  readonly method: string;
  readonly path: string;
  readonly search: string;
  readonly bodyText: string;
  readonly #req: IncomingMessage;

  constructor(req: IncomingMessage, method: string, url: string, q: number, bodyText: string) {
    this.#req = req;
    this.method = method;
    this.path = q < 0 ? url : url.slice(0, q);
    this.search = q < 0 ? "" : url.slice(q + 1);
    this.bodyText = bodyText;
  }

  header(name: string): string | undefined {
    return headerValue(this.#req.headers[name]);
  }

  headers(): Headers {
    return toHeaders(this.#req);
  }
}

function serve(app: App, req: IncomingMessage, res: ServerResponse, method: string, url: string, q: number, bodyText: string): void {
  const incoming = new NodeIncoming(req, method, url, q, bodyText);
  const outgoing = app[kDispatch](incoming);
  if (outgoing instanceof Promise) void outgoing.then((ready) => send(app, req, res, ready));
  else send(app, req, res, outgoing);
}

function send(app: App, req: IncomingMessage, res: ServerResponse, outgoing: Outgoing): void {
  if (req.socket.destroyed || res.destroyed) {
    void app[kSent](outgoing, false);
    return;
  }
  // "close" follows "finish" when the whole response was handed to the OS; earlier, the client left.
  res.once("close", () => void app[kSent](outgoing, res.writableFinished));
  const headers = outgoing.headers;
  headers["content-length"] = String(Buffer.byteLength(outgoing.body));
  res.writeHead(outgoing.status, headers);
  res.end(outgoing.body);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  return headers;
}

/** Creates a server for `app`, listens, and lets `app.close()` stop it. */
export function listen(app: App, port: number, host: string): Promise<Server> {
  const server = createServer(toNodeListener(app));
  app[kAddServer]({
    stopAccepting: () => {
      server.close();
      server.closeIdleConnections();
    },
    closeConnections: () => server.closeAllConnections(),
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}
