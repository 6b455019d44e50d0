// Fastify 5 with an onResponse hook, its "after the response" point.
import "./report-cpu.mjs";
import Fastify from "fastify";

function noop() {}
const app = Fastify({ logger: false });
app.addHook("onResponse", async () => noop());
app.get("/hello", async () => ({ hello: "world" }));
await app.listen({ port: Number(process.argv[2]), host: "127.0.0.1" });
process.send?.("ready");
