// Express 5 with the usual "after the response" hook: res.on("finish").
import "./report-cpu.mjs";
import express from "express";

function noop() {}
const app = express();
app.get("/hello", (req, res) => {
  res.on("finish", noop);
  res.json({ hello: "world" });
});
app.listen(Number(process.argv[2]), "127.0.0.1", () => process.send?.("ready"));
