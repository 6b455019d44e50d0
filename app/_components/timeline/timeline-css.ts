// The timeline's own styles: inlined once per page (React hoists and dedupes <style href precedence>),
// so the drawing works without Tailwind scanning, in the benchmark, and with JavaScript disabled.
// Colours follow the site's variables and its `.dark` class on <html>.
export const TIMELINE_CSS = `
.tl {
  --tl-fg: var(--c-fg, #1b1d24);
  --tl-muted: var(--c-muted, #4a5160);
  --tl-line: var(--c-line, #d4d8e1);
  --tl-surface: var(--c-surface, #f4f5f8);
  --tl-bg: var(--c-bg, #ffffff);
  --tl-focus: var(--c-accent, #1f4fd1);
  --tl-client: #1f4fd1;
  --tl-dependency: #0e6f87;
  --tl-handler: #6236b8;
  --tl-task: #157a3a;
  --tl-failed: #b3141a;
  --tl-response: #a34a06;
  --tl-on-fill: #ffffff;
  margin: 1.25rem 0;
  color: var(--tl-fg);
  font-variant-numeric: tabular-nums;
}
.dark .tl {
  --tl-client: #8db4ff;
  --tl-dependency: #67d8ef;
  --tl-handler: #c9b0ff;
  --tl-task: #6fdc9a;
  --tl-failed: #ff9c9c;
  --tl-response: #fbbf24;
  --tl-on-fill: #0f1117;
}
.tl-caption { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.75rem; margin-bottom: 0.5rem; }
.tl-title { font-weight: 650; font-size: 1rem; }
.tl-live { font-size: 0.8125rem; color: var(--tl-muted); }
.tl-legend { display: flex; flex-wrap: wrap; gap: 0.25rem 0.9rem; margin: 0 0 0.5rem; padding: 0; list-style: none; font-size: 0.8125rem; color: var(--tl-muted); }
.tl-legend li { display: inline-flex; align-items: center; gap: 0.35rem; }
.tl-legend svg { flex: none; overflow: visible; }
.tl-frame { padding: 0.25rem 16px 0; border: 1px solid var(--tl-line); border-radius: 0.5rem; background: var(--tl-bg); }
.tl-svg { display: block; width: 100%; overflow: visible; font-size: 12px; }
.tl-svg text { fill: var(--tl-fg); }
.tl-lane-label { font-weight: 600; }
.tl-lane-bg { fill: var(--tl-surface); }
.tl-grid { stroke: var(--tl-line); stroke-width: 1; }
.tl-axis { stroke: var(--tl-muted); stroke-width: 1; }
.tl-svg .tl-tick { fill: var(--tl-muted); font-size: 11px; }
.tl-item { cursor: default; outline: none; }
.tl-item:focus, .tl-item:focus-visible { outline: none; }
.tl-bar { stroke: transparent; stroke-width: 0; }
.tl-client { fill: var(--tl-client); }
.tl-dependency { fill: var(--tl-dependency); }
.tl-handler { fill: var(--tl-handler); }
.tl-task { fill: var(--tl-task); }
.tl-failed { fill: var(--tl-failed); }
.tl-response { fill: var(--tl-response); }
.tl-open .tl-bar { fill-opacity: 0.45; stroke: currentColor; stroke-width: 1.5px; stroke-dasharray: 4 3; }
.tl-open { color: var(--tl-fg); }
.tl-svg .tl-bar-label { fill: var(--tl-on-fill); font-size: 11px; pointer-events: none; }
.tl-svg .tl-open .tl-bar-label { fill: var(--tl-fg); }
.tl-cross { stroke: var(--tl-failed); stroke-width: 2.5px; stroke-linecap: round; }
.tl-mark { stroke: var(--tl-bg); stroke-width: 1.5px; }
.tl-hit { fill: transparent; }
.tl-guide { stroke: var(--tl-response); stroke-width: 1; stroke-dasharray: 3 3; opacity: 0.7; pointer-events: none; }
.tl-skip { fill: var(--tl-bg); stroke: var(--tl-muted); stroke-width: 1.5px; stroke-dasharray: 3 2; }
.tl-skip-line { stroke: var(--tl-muted); stroke-width: 1.5px; }
.tl-item:hover .tl-bar, .tl-item:hover .tl-mark, .tl-item:hover .tl-skip { stroke: var(--tl-fg); stroke-width: 2px; }
.tl-item:focus-visible .tl-bar, .tl-item:focus-visible .tl-mark, .tl-item:focus-visible .tl-skip,
.tl-item:focus .tl-bar, .tl-item:focus .tl-mark, .tl-item:focus .tl-skip { stroke: var(--tl-focus); stroke-width: 3px; stroke-dasharray: none; }
.tl-tip { display: none; }
.tl-item:hover .tl-tip, .tl-item:focus .tl-tip { display: inline; }
.tl-svg:focus-within .tl-item:not(:focus) .tl-tip { display: none; }
.tl-panel, .tl-tip-box { box-sizing: border-box; height: 100%; padding: 0.4rem 0.6rem; border-top: 1px solid var(--tl-line); background: var(--tl-bg); font-size: 12.5px; line-height: 1.45; overflow: hidden; }
.tl-panel { color: var(--tl-muted); }
.tl-tip-box { color: var(--tl-fg); }
.tl-tip-box { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
.tl-tip-box::first-line { font-weight: 650; }
.tl-summary { margin: 0.6rem 0 0.4rem; font-size: 0.95rem; }
.tl-table-toggle summary { cursor: pointer; color: var(--c-accent, #1f4fd1); font-size: 0.875rem; }
.tl-table-wrap { overflow-x: auto; margin-top: 0.5rem; }
.tl-table { width: 100%; border-collapse: collapse; font-size: 0.8125rem; }
.tl-table caption { text-align: left; color: var(--tl-muted); padding-bottom: 0.25rem; }
.tl-table th, .tl-table td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--tl-line); }
.tl-table th { font-weight: 600; background: var(--tl-surface); }
.tl-table td:first-child { white-space: nowrap; font-variant-numeric: tabular-nums; }
`;
