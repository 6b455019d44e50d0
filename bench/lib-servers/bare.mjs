// Bare node:http: the baseline every other server is compared with.
import "./report-cpu.mjs";
import { createServer } from "node:http";

const body = JSON.stringify({ hello: "world" });
createServer((req, res) => {
  if (req.url !== "/hello") {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}).listen(Number(process.argv[2]), "127.0.0.1", () => process.send?.("ready"));
