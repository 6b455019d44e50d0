// `npm run bench:site`: Lighthouse 12 (mobile preset) on the home page and on lessons C and H.
//
// Expects a production build: run `npm run build` first (this script builds nothing). It starts
// `next start` on a free port, launches Debian's Chromium headless (CHROME_PATH, default
// /usr/bin/chromium), audits each page BENCH_RUNS times (default 3, the median run is reported),
// prints a table, writes bench/results/site.json, stops everything, and exits 1 if a goal fails.
//
// Goals: performance score ≥ 95 on every page (home, lessons C and H); first-load JavaScript of a lesson ≤ 150 KB gzip.

import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";

const ROOT = process.cwd();
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const SCORE_GOAL = 95;
const LESSON_JS_GOAL_BYTES = 150 * 1024;

const PAGES = [
  { name: "Inicio", path: "/", lesson: false },
  { name: "Lección C", path: "/lecciones/background-tasks", lesson: true },
  { name: "Lección H", path: "/lecciones/advertencia", lesson: true },
] as const;

// Offline machine: nothing may phone home.
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

interface Measurement {
  page: string;
  url: string;
  score: number;
  lcpMs: number;
  tbtMs: number;
  scripts: number;
  jsTransferBytes: number;
  jsBytes: number;
  /** Lighthouse's CPU benchmark of this machine at the time (higher is faster). */
  benchmarkIndex: number;
}

interface NetworkItem {
  url: string;
  resourceType?: string;
  transferSize?: number;
  resourceSize?: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, what: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs} ms`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

function median<T>(items: T[], key: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)] as T;
}

async function audit(url: string, chromePort: number, pageName: string): Promise<Measurement> {
  const result = await lighthouse(url, {
    port: chromePort,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance"],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const items = ((lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined)?.items ?? []).filter(
    (item) => item.resourceType === "Script",
  );
  return {
    page: pageName,
    url,
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
    scripts: items.length,
    jsTransferBytes: items.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    jsBytes: items.reduce((sum, item) => sum + (item.resourceSize ?? 0), 0),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<number> {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.error("No production build in .next/: run `npm run build` first.");
    return 2;
  }
  if (!existsSync(CHROME_PATH)) {
    console.error(`Chromium not found at ${CHROME_PATH} (set CHROME_PATH).`);
    return 2;
  }

  const sitePort = await freePort();
  const base = `http://127.0.0.1:${sitePort}`;
  const server = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(sitePort), "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const chromePort = await freePort();
  const profile = mkdtempSync(path.join(tmpdir(), "bench-site-chrome-"));
  const chrome = spawn(CHROME_PATH, [...CHROME_FLAGS, `--remote-debugging-port=${chromePort}`, `--user-data-dir=${profile}`, "about:blank"], {
    stdio: "ignore",
  });

  try {
    await waitFor(`${base}/`, "next start", server);
    await waitFor(`http://127.0.0.1:${chromePort}/json/version`, "Chromium", chrome);

    const results: Measurement[] = [];
    for (const page of PAGES) {
      const runs: Measurement[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await audit(`${base}${page.path}`, chromePort, page.name));
      results.push(median(runs, (m) => m.score));
    }

    // Simulated throttling scales the CPU time it observes: a busy machine inflates TBT.
    const load = loadavg().map((value) => value.toFixed(1)).join(" / ");
    console.log(`\nLighthouse 12 · mobile preset · median of ${RUNS} run(s) · ${base} · load average ${load}\n`);
    console.table(
      results.map((m) => ({
        página: m.page,
        rendimiento: m.score,
        LCP: `${Math.round(m.lcpMs)} ms`,
        TBT: `${Math.round(m.tbtMs)} ms`,
        scripts: m.scripts,
        "JS 1.ª carga (gzip)": kb(m.jsTransferBytes),
        "JS 1.ª carga (sin comprimir)": kb(m.jsBytes),
        "índice CPU": Math.round(m.benchmarkIndex),
      })),
    );

    const goals = [
      ...results.map((m) => ({ goal: `${m.page}: rendimiento ≥ ${SCORE_GOAL}`, value: String(m.score), holds: m.score >= SCORE_GOAL })),
      ...results
        .filter((m) => PAGES.find((page) => page.name === m.page)?.lesson)
        .map((m) => ({
          goal: `${m.page}: JS de la primera carga ≤ 150 KB gzip`,
          value: kb(m.jsTransferBytes),
          holds: m.jsTransferBytes <= LESSON_JS_GOAL_BYTES,
        })),
    ];
    for (const goal of goals) console.log(`${goal.holds ? "✓" : "✗"} ${goal.goal} (${goal.value})`);

    const outDir = path.join(ROOT, "bench", "results");
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, "site.json"), `${JSON.stringify({ runs: RUNS, results, goals }, null, 2)}\n`);
    return goals.every((goal) => goal.holds) ? 0 : 1;
  } finally {
    await stop(chrome);
    await stop(server);
    rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
