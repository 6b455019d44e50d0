// Starlette/FastAPI BackgroundTasks semantics, checked over real HTTP on loopback and over app.fetch.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "./app.js";
import { BackgroundTask, BackgroundTasks } from "./background.js";
import type { RequestContext } from "./context.js";
import { HTTPException, JSONResponse, PlainTextResponse } from "./responses.js";
import type { ServerTraceEvent } from "./trace.js";
import { signal, transports, type Client } from "./testing/transports.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "bt-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Collects the trace of `app`; `waitFor` resolves when an event matching `predicate` arrives. */
function record(app: App) {
  const events: ServerTraceEvent[] = [];
  const waiters: { predicate: (e: ServerTraceEvent) => boolean; resolve: () => void }[] = [];
  app.onTrace((event) => {
    events.push(event);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(event)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  return {
    events,
    kinds: (requestId?: string) => events.filter((e) => requestId === undefined || e.requestId === requestId).map((e) => e.kind),
    waitFor(predicate: (e: ServerTraceEvent) => boolean): Promise<void> {
      if (events.some(predicate)) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ predicate, resolve }));
    },
  };
}

describe.each(transports)("over $name", (transport) => {
  let client: Client | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });
  const serve = async (app: App) => (client = await transport.serve(app));

  it("example C: write_notification writes log.txt after the response, as FastAPI does", async () => {
    const log = join(dir, "log.txt");
    const app = new App();
    const trace = record(app);
    function writeNotification(email: string, message = "") {
      writeFileSync(log, `notification for ${email}: ${message}`);
    }
    app.post("/send-notification/{email}", ({ params, backgroundTasks }) => {
      backgroundTasks.addTask(writeNotification, params.email, "some notification");
      return { message: "Notification sent in the background" };
    });
    const http = await serve(app);

    const response = await http.request("/send-notification/johndoe@example.com", { method: "POST" });
    await trace.waitFor((e) => e.kind === "task.end");

    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/json");
    expect(response.body).toBe('{"message":"Notification sent in the background"}');
    expect(readFileSync(log, "utf8")).toBe("notification for johndoe@example.com: some notification");
    expect(trace.kinds()).toEqual(["request.received", "handler.start", "task.added", "handler.end", "response.sent", "task.start", "task.end"]);
  });

  it("example F: tasks from the dependency come before the handler's, in one shared list", async () => {
    const log = join(dir, "log.txt");
    const app = new App();
    const trace = record(app);
    function writeLog(message: string) {
      appendFileSync(log, message);
    }
    function getQuery({ query, backgroundTasks }: RequestContext): string | null {
      const q = query.get("q");
      if (q) backgroundTasks.addTask(writeLog, `found query: ${q}\n`);
      return q;
    }
    app.post("/send-notification/{email}", { depends: { q: getQuery } }, ({ params, backgroundTasks }) => {
      backgroundTasks.addTask(writeLog, `message to ${params.email}\n`);
      return { message: "Message sent" };
    });
    const http = await serve(app);

    const withQuery = await http.request("/send-notification/johndoe@example.com?q=hola", { method: "POST" });
    await trace.waitFor((e) => e.kind === "task.end" && e.taskId === "1.2");
    const withoutQuery = await http.request("/send-notification/ana@example.com", { method: "POST", headers: { "x-request-id": "second" } });
    await trace.waitFor((e) => e.kind === "task.end" && e.requestId === "second");

    expect(withQuery.body).toBe('{"message":"Message sent"}');
    expect(withoutQuery.body).toBe('{"message":"Message sent"}');
    // What FastAPI writes for the same two requests.
    expect(readFileSync(log, "utf8")).toBe("found query: hola\nmessage to johndoe@example.com\nmessage to ana@example.com\n");
    expect(trace.kinds("1")).toEqual([
      "request.received",
      "dependency.start",
      "task.added",
      "dependency.end",
      "handler.start",
      "task.added",
      "handler.end",
      "response.sent",
      "task.start",
      "task.end",
      "task.start",
      "task.end",
    ]);
  });

  it("the client has the whole response while the first task is still waiting for it", async () => {
    const app = new App();
    const trace = record(app);
    const clientRead = signal();
    const seen: string[] = [];
    async function waitForClient() {
      seen.push("task started");
      await clientRead.promise; // would never resolve if the response waited for this task
      seen.push("task saw the client's signal");
    }
    app.get("/ping", ({ backgroundTasks }) => {
      backgroundTasks.addTask(waitForClient);
      return "pong";
    });
    const http = await serve(app);

    const response = await http.request("/ping");
    seen.push(`client read ${response.body}`);
    clientRead.resolve();
    await trace.waitFor((e) => e.kind === "task.end");

    expect(seen.at(-1)).toBe("task saw the client's signal");
    expect(seen).toContain('client read "pong"');
    const kinds = trace.kinds();
    expect(kinds.indexOf("response.sent")).toBeLessThan(kinds.indexOf("task.start"));
  });

  it("runs tasks one at a time, in order, awaiting sync and async functions alike", async () => {
    const app = new App();
    const trace = record(app);
    const order: string[] = [];
    const gate = signal();
    async function slowAsync(label: string) {
      order.push(`${label} start`);
      await gate.promise;
      order.push(`${label} end`);
    }
    function syncTask(label: string) {
      order.push(label);
    }
    function returnsPromise(label: string) {
      return new Promise<void>((resolve) => setTimeout(() => (order.push(label), resolve()), 1));
    }
    app.get("/", ({ backgroundTasks }) => {
      backgroundTasks.addTask(slowAsync, "a");
      backgroundTasks.addTask(syncTask, "b");
      backgroundTasks.addTask(returnsPromise, "c");
      backgroundTasks.addTask(syncTask, "d");
    });
    const http = await serve(app);
    const response = await http.request("/");
    expect(response.body).toBe("null");
    await trace.waitFor((e) => e.kind === "task.start");
    expect(order).toEqual(["a start"]);
    gate.resolve();
    await trace.waitFor((e) => e.kind === "task.end" && e.taskId === "1.4");
    expect(order).toEqual(["a start", "a end", "b", "c", "d"]);
  });

  it("a throwing task stops the later ones, reaches onError, and the server goes on serving", async () => {
    const onError = vi.fn();
    const app = new App({ onError });
    const trace = record(app);
    const ran: string[] = [];
    function first() {
      ran.push("first");
    }
    function boom(): void {
      throw new Error("SMTP caído");
    }
    function never() {
      ran.push("never");
    }
    app.post("/order", ({ backgroundTasks }) => {
      backgroundTasks.addTask(first);
      backgroundTasks.addTask(boom);
      backgroundTasks.addTask(never);
      return { ok: true };
    });
    app.get("/health", () => "ok");
    const http = await serve(app);

    expect((await http.request("/order", { method: "POST" })).status).toBe(200);
    await trace.waitFor((e) => e.kind === "tasks.skipped");
    expect((await http.request("/health")).body).toBe('"ok"');

    expect(ran).toEqual(["first"]);
    expect(onError).toHaveBeenCalledTimes(1);
    const [error, info] = onError.mock.calls[0]!;
    expect((error as Error).message).toBe("SMTP caído");
    expect(info).toMatchObject({ requestId: "1", taskId: "1.2", method: "POST", path: "/order" });
    expect(info.task.name).toBe("boom");
    const skipped = trace.events.find((e) => e.kind === "tasks.skipped");
    expect(skipped).toMatchObject({ reason: "previous-task-failed", names: ["never"], taskIds: ["1.3"] });
    expect(trace.events.find((e) => e.kind === "task.error")).toMatchObject({ name: "boom", error: "SMTP caído" });
  });

  it("by default a failed task is logged with its name, never silently", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const app = new App();
      const trace = record(app);
      function sendReceipt(): void {
        throw new Error("sin conexión");
      }
      app.get("/", ({ backgroundTasks }) => backgroundTasks.addTask(sendReceipt));
      const http = await serve(app);
      await http.request("/");
      await trace.waitFor((e) => e.kind === "task.error");
      expect(spy).toHaveBeenCalledTimes(1);
      expect(String(spy.mock.calls[0]![0])).toContain('"sendReceipt"');
    } finally {
      spy.mockRestore();
    }
  });

  it("a throwing handler answers 500 without a stack and runs no task", async () => {
    const onError = vi.fn();
    const app = new App({ onError });
    const trace = record(app);
    const ran: string[] = [];
    app.post("/fail", ({ backgroundTasks }) => {
      backgroundTasks.addTask(() => ran.push("task"));
      throw new Error("secret internals at /srv/app.ts:12");
    });
    const http = await serve(app);
    const response = await http.request("/fail", { method: "POST" });
    await client!.stop(); // drains everything: a task, if any, would have run
    client = undefined;

    expect(response.status).toBe(500);
    expect(response.json()).toEqual({ detail: "Internal Server Error" });
    expect(response.body).not.toContain("secret");
    expect(ran).toEqual([]);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![1].task).toBeUndefined();
    expect(trace.events.find((e) => e.kind === "tasks.skipped")).toMatchObject({ reason: "handler-error" });
    expect(trace.kinds()).toContain("response.sent");
    expect(trace.kinds()).not.toContain("task.start");
  });

  it("a throwing dependency answers 500 and runs no task, not even its own", async () => {
    const app = new App({ onError: () => {} });
    const ran: string[] = [];
    function audit({ backgroundTasks }: RequestContext) {
      backgroundTasks.addTask(() => ran.push("audit"));
      throw new Error("db down");
    }
    app.get("/", { depends: { audit } }, ({ backgroundTasks }) => backgroundTasks.addTask(() => ran.push("handler")));
    const http = await serve(app);
    const response = await http.request("/");
    await client!.stop();
    client = undefined;
    expect(response.status).toBe(500);
    expect(ran).toEqual([]);
  });

  it("an HTTPException from a dependency answers with its status and detail", async () => {
    const app = new App();
    function requireToken({ headers }: RequestContext): string {
      const token = headers.get("x-token");
      if (!token) throw new HTTPException(401, "Falta el token", { "www-authenticate": "Bearer" });
      return token;
    }
    app.get("/me", { depends: { token: requireToken } }, ({ deps }) => ({ token: deps.token }));
    const http = await serve(app);
    const denied = await http.request("/me");
    expect(denied.status).toBe(401);
    expect(denied.json()).toEqual({ detail: "Falta el token" });
    expect(denied.headers["www-authenticate"]).toBe("Bearer");
    expect((await http.request("/me", { headers: { "x-token": "abc" } })).json()).toEqual({ token: "abc" });
  });

  it("a dependency used twice in one request resolves once, and again for the next request", async () => {
    const app = new App();
    let calls = 0;
    async function currentUser() {
      calls++;
      return { name: "ana" };
    }
    async function greeting(ctx: RequestContext) {
      const user = await ctx.depends(currentUser);
      return `hola, ${user.name}`;
    }
    app.get("/", { depends: { user: currentUser, greeting } }, ({ deps }) => ({ user: deps.user.name, greeting: deps.greeting }));
    const http = await serve(app);
    expect((await http.request("/")).json()).toEqual({ user: "ana", greeting: "hola, ana" });
    expect(calls).toBe(1);
    await http.request("/");
    expect(calls).toBe(2);
  });

  it("captures the arguments when addTask is called", async () => {
    const app = new App();
    const trace = record(app);
    const got: string[] = [];
    function remember(value: string, list: string[]) {
      got.push(`${value}:${list.join(",")}`);
    }
    app.get("/", ({ backgroundTasks }) => {
      let value = "at addTask";
      const items = ["a"];
      backgroundTasks.addTask(remember, value, [...items]);
      value = "changed later";
      items.push("b");
      backgroundTasks.addTask(remember, value, items);
    });
    const http = await serve(app);
    await http.request("/");
    await trace.waitFor((e) => e.kind === "task.end" && e.taskId === "1.2");
    expect(got).toEqual(["at addTask:a", "changed later:a,b"]);
  });

  it("a response with its own background runs after the injected tasks (FastAPI would drop those)", async () => {
    const app = new App();
    const trace = record(app);
    const order: string[] = [];
    const note = (label: string) => order.push(label);
    app.post("/signup", ({ backgroundTasks }) => {
      backgroundTasks.addTask(note, "injected");
      const own = new BackgroundTasks();
      own.addTask(note, "own 1");
      own.addTask(note, "own 2");
      return new JSONResponse({ created: true }, { status: 201, headers: { "X-Thing": "1" }, background: own });
    });
    app.get("/single", () => new PlainTextResponse("hecho", { background: new BackgroundTask(note, "single") }));
    const http = await serve(app);

    const created = await http.request("/signup", { method: "POST" });
    await trace.waitFor((e) => e.kind === "task.end" && e.taskId === "1.3");
    expect(created.status).toBe(201);
    expect(created.headers["x-thing"]).toBe("1");
    expect(created.json()).toEqual({ created: true });
    const text = await http.request("/single");
    await trace.waitFor((e) => e.kind === "task.end" && e.requestId === "2");
    expect(text.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(text.body).toBe("hecho");
    expect(order).toEqual(["injected", "own 1", "own 2", "single"]);
  });

  it("gives params, query, headers and the JSON body to the handler", async () => {
    const app = new App();
    app.put("/users/{userId}/files/{rest:path}", ({ params, query, headers, body, method }) => ({
      params,
      page: query.get("page"),
      agent: headers.get("x-agent"),
      body,
      method,
    }));
    const http = await serve(app);
    const response = await http.request("/users/a%20b/files/docs/cv.pdf?page=2", {
      method: "PUT",
      headers: { "content-type": "application/json", "x-agent": "test" },
      body: JSON.stringify({ size: 3 }),
    });
    expect(response.json()).toEqual({ params: { userId: "a b", rest: "docs/cv.pdf" }, page: "2", agent: "test", body: { size: 3 }, method: "PUT" });
  });

  it("answers bad input with JSON errors and runs no task", async () => {
    const app = new App({ maxBodyBytes: 64 });
    const ran: string[] = [];
    app.post("/items", ({ backgroundTasks, body }) => {
      backgroundTasks.addTask(() => ran.push("task"));
      return body;
    });
    app.delete("/items/{id}", ({ params }) => params);
    const http = await serve(app);

    const notFound = await http.request("/nope");
    expect(notFound.status).toBe(404);
    expect(notFound.json()).toEqual({ detail: "Not Found" });

    const wrongMethod = await http.request("/items", { method: "GET" });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.json()).toEqual({ detail: "Method Not Allowed" });
    expect(wrongMethod.headers["allow"]).toBe("POST");

    const malformed = await http.request("/items", { method: "POST", headers: { "content-type": "application/json" }, body: '{"name": }' });
    expect(malformed.status).toBe(422);
    const detail = (malformed.json() as { detail: { type: string; msg: string; loc: unknown[]; ctx: { error: string } }[] }).detail[0]!;
    expect(detail).toMatchObject({ type: "json_invalid", msg: "JSON decode error" });
    expect(detail.loc[0]).toBe("body");
    expect(detail.ctx.error).toMatch(/Unexpected token/);

    const tooLarge = await http.request("/items", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ x: "y".repeat(100) }) });
    expect(tooLarge.status).toBe(413);

    await client!.stop();
    client = undefined;
    expect(ran).toEqual([]);
  });

  it("builds no trace event when nobody listens", async () => {
    const app = new App();
    let serialized = 0;
    const arg = { toJSON: () => (serialized++, "x") };
    app.get("/", ({ backgroundTasks }) => backgroundTasks.addTask((_: unknown) => {}, arg));
    const http = await serve(app);
    await http.request("/");
    expect(serialized).toBe(0);
    const trace = record(app);
    await http.request("/");
    await trace.waitFor((e) => e.kind === "task.end");
    expect(serialized).toBe(1);
  });

  it("close() drains pending tasks and then refuses new requests", async () => {
    const app = new App();
    const trace = record(app);
    const release = signal();
    const ran: string[] = [];
    async function slow() {
      await release.promise;
      ran.push("slow");
    }
    app.get("/", ({ backgroundTasks }) => {
      backgroundTasks.addTask(slow);
      backgroundTasks.addTask(() => ran.push("after"));
    });
    const http = await serve(app);
    await http.request("/");
    await trace.waitFor((e) => e.kind === "task.start");
    const closing = app.close({ timeoutMs: 10_000 });
    release.resolve();
    expect(await closing).toEqual({ drained: true, inFlight: 0, unfinished: [] });
    expect(ran).toEqual(["slow", "after"]);
    if (transport.name === "fetch") expect((await http.request("/")).status).toBe(503);
    else await expect(http.request("/")).rejects.toThrow();
  });

  it("close() reports the tasks that did not finish in time and never starts the pending ones", async () => {
    const app = new App();
    const trace = record(app);
    const never = signal();
    const ran: string[] = [];
    async function stuck() {
      await never.promise;
    }
    function later() {
      ran.push("later");
    }
    app.get("/", ({ backgroundTasks }) => {
      backgroundTasks.addTask(stuck);
      backgroundTasks.addTask(later);
    });
    const http = await serve(app);
    await http.request("/");
    await trace.waitFor((e) => e.kind === "task.start");
    const report = await app.close({ timeoutMs: 20 });
    expect(report.drained).toBe(false);
    expect(report.unfinished).toEqual([
      { requestId: "1", taskId: "1.1", name: "stuck", state: "running" },
      { requestId: "1", taskId: "1.2", name: "later", state: "pending" },
    ]);
    expect(trace.events.find((e) => e.kind === "tasks.skipped")).toMatchObject({ reason: "shutdown", names: ["later"] });
    never.resolve();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ran).toEqual([]);
  });

  it("2,000 requests with 3 tasks each at concurrency 50 run exactly 6,000 tasks, each request's in order", async () => {
    const app = new App();
    const perRequest = new Map<string, number[]>();
    async function step(id: string, index: number) {
      if (index % 2 === 0) await new Promise((resolve) => setImmediate(resolve));
      const list = perRequest.get(id) ?? [];
      list.push(index);
      perRequest.set(id, list);
    }
    app.post("/work/{id}", ({ params, backgroundTasks }) => {
      for (let i = 0; i < 3; i++) backgroundTasks.addTask(step, params.id, i);
      return { queued: 3 };
    });
    const http = await serve(app);
    let next = 0;
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < 2000) {
          const id = String(next++);
          statuses.push((await http.request(`/work/${id}`, { method: "POST" })).status);
        }
      }),
    );
    expect(await app.close({ timeoutMs: 30_000 })).toMatchObject({ drained: true });
    expect(statuses.filter((s) => s === 200)).toHaveLength(2000);
    expect([...perRequest.values()].reduce((sum, list) => sum + list.length, 0)).toBe(6000);
    expect(perRequest.size).toBe(2000);
    for (const list of perRequest.values()) expect(list).toEqual([0, 1, 2]);
  });
});

describe("client disconnect", () => {
  it("node:http: a client that leaves before the response was sent gets no tasks", async () => {
    const { connect } = await import("node:net");
    const app = new App();
    const trace = record(app);
    const handlerMayFinish = signal();
    const ran: string[] = [];
    app.get("/slow", async ({ backgroundTasks }) => {
      backgroundTasks.addTask(() => ran.push("task"));
      await handlerMayFinish.promise;
      return "late";
    });
    const server = await app.listen(0);
    const port = (server.address() as { port: number }).port;
    const serverSideClosed = new Promise((resolve) => server.once("connection", (s) => s.once("close", resolve)));
    const socket = connect(port, "127.0.0.1");
    socket.on("error", () => {});
    socket.write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
    await trace.waitFor((e) => e.kind === "handler.start");
    socket.destroy();
    await serverSideClosed;
    handlerMayFinish.resolve();
    await trace.waitFor((e) => e.kind === "tasks.skipped");
    expect(await app.close({ timeoutMs: 1000 })).toMatchObject({ drained: true });
    expect(ran).toEqual([]);
    expect(trace.events.find((e) => e.kind === "tasks.skipped")).toMatchObject({ reason: "client-disconnected", names: ["anonymous"] });
    expect(trace.kinds()).not.toContain("response.sent");
  });

  it("fetch: a caller that cancels the body gets no tasks", async () => {
    const app = new App();
    const trace = record(app);
    const ran: string[] = [];
    app.get("/", ({ backgroundTasks }) => backgroundTasks.addTask(function sendEmail() {
      ran.push("sent");
    }));
    const response = await app.fetch(new Request("http://app.test/"));
    await response.body!.cancel();
    await trace.waitFor((e) => e.kind === "tasks.skipped");
    expect(await app.close({ timeoutMs: 1000 })).toMatchObject({ drained: true });
    expect(ran).toEqual([]);
    expect(trace.events.find((e) => e.kind === "tasks.skipped")).toMatchObject({ reason: "client-disconnected", names: ["sendEmail"] });
  });
});

describe("fetch adapter specifics", () => {
  it("hands the run of the tasks to ctx.waitUntil", async () => {
    const app = new App();
    const done: string[] = [];
    app.post("/", ({ backgroundTasks }) => backgroundTasks.addTask(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      done.push("task");
    }));
    const pending: Promise<unknown>[] = [];
    const response = await app.fetch(new Request("http://app.test/", { method: "POST" }), { waitUntil: (p) => pending.push(p) });
    expect(pending).toHaveLength(1);
    expect(done).toEqual([]);
    await response.text();
    await pending[0];
    expect(done).toEqual(["task"]);
  });

  it("starts no task before the body has been read to the end", async () => {
    const app = new App();
    const trace = record(app);
    app.get("/", ({ backgroundTasks }) => {
      backgroundTasks.addTask(function cleanup() {});
      return { big: "x".repeat(1000) };
    });
    const response = await app.fetch(new Request("http://app.test/"));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(trace.kinds()).not.toContain("task.start");
    await response.text();
    await trace.waitFor((e) => e.kind === "task.end");
    expect(trace.kinds().slice(-3)).toEqual(["response.sent", "task.start", "task.end"]);
  });

  it("a response without a body (204, HEAD) still runs its tasks", async () => {
    const app = new App();
    const trace = record(app);
    app.delete("/items/{id}", ({ backgroundTasks }) => {
      backgroundTasks.addTask(function purge() {});
      return new PlainTextResponse("", { status: 204 });
    });
    const response = await app.fetch(new Request("http://app.test/items/1", { method: "DELETE" }));
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
    await trace.waitFor((e) => e.kind === "task.end");
    expect(existsSync(dir)).toBe(true);
  });
});
