// npm run bench:lib — throughput and p99 latency on loopback for one trivial endpoint served by bare
// node:http, background-tasks (one no-op task per request), Express + res.on("finish") and
// Fastify + onResponse; each as a ratio to bare node:http. Servers run in their own processes.
import autocannon from "autocannon";
import { execFileSync, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const DURATION = Number(process.env.BENCH_SECONDS ?? 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 50;
const servers = ["bare", "background-tasks", "express", "fastify"];
const labels = {
  bare: "node:http (bare)",
  "background-tasks": "background-tasks + 1 no-op task",
  express: 'Express 5 + res.on("finish")',
  fastify: "Fastify 5 + onResponse",
};

// On a multi-core machine, pin the server to core 0 and this load generator to the others, so that the
// two never compete for one core and the scheduler's choices do not add noise between servers.
const cores = Number(execFileSync("nproc").toString().trim());
const pinned = cores >= 2 && hasTaskset();
if (pinned) execFileSync("taskset", ["-cp", `1-${cores - 1}`, String(process.pid)], { stdio: "ignore" });

function hasTaskset() {
  try {
    execFileSync("taskset", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The server's CPU time so far (user + system, µs): unlike req/s, it does not move with the machine's noise. */
function cpuOf(child) {
  return new Promise((resolve) => {
    const onMessage = (message) => {
      if (typeof message === "object" && message !== null && "cpu" in message) {
        child.off("message", onMessage);
        resolve(message.cpu);
      }
    };
    child.on("message", onMessage);
    child.send("cpu");
  });
}

async function start(name, port) {
  const script = fileURLToPath(new URL(`./lib-servers/${name}.mjs`, import.meta.url));
  const [command, args] = pinned ? ["taskset", ["-c", "0", process.execPath, script, String(port)]] : [process.execPath, [script, String(port)]];
  const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  await new Promise((resolve, reject) => {
    child.once("message", resolve);
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code}`)));
  });
  return child;
}

// wrk (C, Debian's package `wrk`) when installed: a JavaScript load generator on one core saturates
// before a fast server does, and then the figures measure the generator. autocannon otherwise.
const useWrk = hasCommand("wrk", ["-v"]);
const generator = useWrk ? "wrk" : "autocannon";

function hasCommand(command, args) {
  try {
    execFileSync(command, args, { stdio: "ignore" });
    return true;
  } catch (error) {
    return error.status !== undefined && error.code !== "ENOENT"; // wrk -v exits 1 after printing its version
  }
}

async function measure(port, duration) {
  const url = `http://127.0.0.1:${port}/hello`;
  if (useWrk) {
    const threads = Math.max(1, cores - 1);
    const out = execFileSync("wrk", ["-t", String(threads), "-c", String(CONNECTIONS), "-d", `${duration}s`, "--latency", url]).toString();
    if (/Non-2xx|Socket errors/.test(out)) throw new Error(`errors:\n${out}`);
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)[1]);
    const requests = Number(/(\d+) requests in/.exec(out)[1]);
    const [, value, unit] = /99%\s+([\d.]+)(us|ms|s)/.exec(out);
    const p99 = Number(value) * { us: 0.001, ms: 1, s: 1000 }[unit];
    return { rps, requests, p99: Math.round(p99 * 100) / 100 };
  }
  const result = await autocannon({ url, connections: CONNECTIONS, duration });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`errors: ${result.errors}, non-2xx: ${result.non2xx}`);
  return { rps: result.requests.average, requests: result.requests.total, p99: result.latency.p99 };
}

const results = Object.fromEntries(servers.map((s) => [s, []]));
let port = 41000;
for (let round = 1; round <= ROUNDS; round++) {
  // Interleave the servers in every round so that drift in the machine's speed hits them all alike.
  for (const name of round % 2 ? servers : [...servers].reverse()) {
    const child = await start(name, ++port);
    await measure(port, 1); // warm-up (JIT, connection pool)
    const cpuBefore = await cpuOf(child);
    const figures = await measure(port, DURATION);
    figures.cpuPerRequest = ((await cpuOf(child)) - cpuBefore) / figures.requests;
    results[name].push(figures);
    console.error(`round ${round} ${name.padEnd(17)} ${Math.round(figures.rps)} req/s  p99 ${figures.p99} ms  ${figures.cpuPerRequest.toFixed(1)} µs CPU/request`);
    child.kill();
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = Object.fromEntries(
  servers.map((name) => [
    name,
    { rps: median(results[name].map((r) => r.rps)), p99: median(results[name].map((r) => r.p99)), cpu: median(results[name].map((r) => r.cpuPerRequest)) },
  ]),
);
const base = summary.bare.rps;
console.log(`\nGET /hello, ${CONNECTIONS} connections, ${DURATION} s × ${ROUNDS} rounds (median), Node ${process.version}, load from ${generator}, ${pinned ? "server pinned to core 0, load on the rest" : "unpinned"}\n`);
console.log("| server | req/s | p99 (ms) | throughput ratio to bare | CPU µs per request | CPU-efficiency ratio to bare |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const name of servers) {
  const { rps, p99, cpu } = summary[name];
  console.log(`| ${labels[name]} | ${Math.round(rps)} | ${p99} | ${(rps / base).toFixed(2)} | ${cpu.toFixed(1)} | ${(summary.bare.cpu / cpu).toFixed(2)} |`);
}
const ratio = summary["background-tasks"].rps / base;
const efficiency = summary.bare.cpu / summary["background-tasks"].cpu;
console.log(`\nGoal: background-tasks ≥ 0.90 of bare node:http. Throughput: ${ratio >= 0.9 ? "met" : "NOT met"} (${ratio.toFixed(2)}); CPU per request: ${efficiency >= 0.9 ? "met" : "NOT met"} (${efficiency.toFixed(2)}). Ahead of Fastify: throughput ${summary["background-tasks"].rps > summary.fastify.rps ? "yes" : "no"}, CPU ${summary["background-tasks"].cpu < summary.fastify.cpu ? "yes" : "no"}.`);
console.log("Throughput moves with this VM's noise from round to round; CPU time per request (the server's own user + system time) is the steadier of the two.");
