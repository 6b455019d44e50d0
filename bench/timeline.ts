// npm run bench:timeline — lays out and renders a run of 200 requests with 3 tasks each.
// Goals (issue 5): layout under one frame (16 ms), first server render under 100 ms.
import { performance } from "node:perf_hooks";

// Measure React's production build, as the site serves it; set before React is first imported.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
const { createElement } = await import("react");
const { renderToString } = await import("react-dom/server");
const { Timeline } = await import("../app/_components/Timeline");
const { layoutTimeline, summarizeRun, eventTableRows, syntheticTrace } = await import("../lib/timeline");

const REQUESTS = 200;
const TASKS = 3;
const LAYOUT_GOAL_MS = 16;
const RENDER_GOAL_MS = 100;

const events = syntheticTrace({ requests: REQUESTS, tasksPerRequest: TASKS, spacingMs: 1.5 });

/** Wall-clock milliseconds; CPU milliseconds go to `cpu` (a busy machine inflates the former more). */
const cpu: number[] = [];
function time(fn: () => unknown): number {
  const startCpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(startCpu);
  cpu.push((used.user + used.system) / 1000);
  return wall;
}
/** Median CPU time of the last `n` calls of `time`. */
function cpuMedian(n: number): number {
  return median(cpu.slice(-n));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// A running server has rendered pages before: warm React up with one small timeline (lesson C's size),
// then time the first layout and render of the big run, before the JIT has seen its hot paths.
renderToString(createElement(Timeline, { events: syntheticTrace({ requests: 1, tasksPerRequest: 1 }) }));
const firstLayout = time(() => layoutTimeline(events));
const firstRender = time(() => renderToString(createElement(Timeline, { events })));

const layoutRuns = Array.from({ length: 200 }, () => time(() => layoutTimeline(events)));
const layoutCpu = cpuMedian(layoutRuns.length);
const textRuns = Array.from({ length: 100 }, () => {
  const layout = layoutTimeline(events);
  return time(() => {
    summarizeRun(layout);
    eventTableRows(layout);
  });
});
const renderRuns = Array.from({ length: 15 }, () => time(() => renderToString(createElement(Timeline, { events }))));
const renderCpu = cpuMedian(renderRuns.length);

const layout = layoutTimeline(events);
const html = renderToString(createElement(Timeline, { events }));
const layoutMedian = median(layoutRuns);
const renderMedian = median(renderRuns);
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const verdict = (ok: boolean) => (ok ? "cumple" : "NO cumple");

console.log(`Traza sintética: ${REQUESTS} peticiones × ${TASKS} tareas = ${events.length} eventos, ${layout.items.length} elementos dibujados`);
console.log(`Carriles (subfilas): ${layout.lanes.map((lane) => `${lane.label} ${lane.rows}`).join(", ")}`);
console.log(`Layout: mediana ${fmt(layoutMedian)} (CPU ${fmt(layoutCpu)}; ${layoutRuns.length} ejecuciones), primera ${fmt(firstLayout)}; objetivo < ${LAYOUT_GOAL_MS} ms: ${verdict(layoutMedian < LAYOUT_GOAL_MS)}`);
console.log(`Resumen + tabla: mediana ${fmt(median(textRuns))}`);
console.log(`Render (renderToString): primero ${fmt(firstRender)}, mediana ${fmt(renderMedian)} (CPU ${fmt(renderCpu)}; ${renderRuns.length} ejecuciones); objetivo primer render < ${RENDER_GOAL_MS} ms: ${verdict(firstRender < RENDER_GOAL_MS)}`);
console.log(`HTML: ${(html.length / 1024).toFixed(0)} KB; React ${process.env.NODE_ENV}; carga del sistema ${(await import("node:os")).loadavg()[0].toFixed(1)}`);

if (!(layoutMedian < LAYOUT_GOAL_MS && firstRender < RENDER_GOAL_MS)) process.exitCode = 1;
