// The focusable items of the drawing as SVG markup. Built as one string rather than thousands of
// React elements: a 200-request run has ~2,600 items and React's server renderer took most of a
// second on them; this keeps the first render within budget. Everything from the trace is escaped.
import { describeItem, type Marker, type NotRunGroup, type Span, type TimelineItem, type TimelineLayout } from "../../../lib/timeline";
import { BAR_HEIGHT, type Geometry, PANEL_HEIGHT, pct, rowCenter } from "./geometry";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Markup of every item, in reading (and Tab) order; ids are `${idPrefix}-tip-${i}`. */
export function itemsMarkup(layout: TimelineLayout, geometry: Geometry, idPrefix: string): string {
  let out = "";
  layout.items.forEach((item, i) => {
    out += itemMarkup(item, layout, geometry, `${idPrefix}-tip-${i}`);
  });
  return out;
}

function itemMarkup(item: TimelineItem, layout: TimelineLayout, geometry: Geometry, tipId: string): string {
  const description = describeItem(item, layout);
  const kind = item.type === "span" || item.type === "marker" ? item.kind : "not-run";
  const state = item.type === "span" && item.state !== "done" ? ` data-state="${item.state}"` : "";
  const position = item.type === "span" ? ` data-x0="${round(item.x0)}" data-x1="${round(item.x1)}"` : ` data-x="${round(item.x)}"`;
  const open = item.type === "span" && item.state === "open" ? " tl-open" : "";
  const shape = item.type === "span" ? spanShape(item, geometry) : item.type === "marker" ? markerShape(item, geometry) : notRunShape(item, geometry);
  // One paragraph, one line per detail (white-space: pre-line), its first line styled as the title.
  const tip = [description.title, ...description.details.map(({ term, value }) => `${term}: ${value}`)].join("\n");
  return (
    `<g class="tl-item${open}" tabindex="0" role="img" aria-labelledby="${tipId}" data-kind="${kind}"${state} data-request="${item.request}"${position}>` +
    shape +
    `<foreignObject class="tl-tip" x="0" y="${geometry.panelY}" width="100%" height="${PANEL_HEIGHT}">` +
    `<p xmlns="http://www.w3.org/1999/xhtml" class="tl-tip-box" id="${tipId}">${escapeMarkup(tip)}</p></foreignObject></g>`
  );
}

function round(fraction: number): number {
  return Math.round(fraction * 1e6) / 1e6;
}

const SPAN_CLASS: Record<Span["kind"], string> = {
  client: "tl-client",
  dependency: "tl-dependency",
  handler: "tl-handler",
  task: "tl-task",
};

function spanShape(span: Span, geometry: Geometry): string {
  const y = rowCenter(geometry, span.lane, span.row) - BAR_HEIGHT / 2;
  const width = Math.max(0, span.x1 - span.x0);
  const fill = span.state === "failed" ? "tl-failed" : SPAN_CLASS[span.kind];
  const x = pct(span.x0);
  let out = `<rect class="tl-bar ${fill}" x="${x}" y="${y}" width="${pct(width)}" height="${BAR_HEIGHT}" rx="3"/>`;
  // Spans can be far narrower than a pixel: a 3 px cap keeps the narrow ones visible and pointable.
  if (width < 0.01) out += `<rect class="${fill}" x="${x}" y="${y}" width="3" height="${BAR_HEIGHT}"/>`;
  if (width >= 0.05) {
    // A nested viewport clips the name to the bar.
    out += `<svg x="${x}" y="${y}" width="${pct(width)}" height="${BAR_HEIGHT}" aria-hidden="true"><text class="tl-bar-label" x="5" y="${BAR_HEIGHT / 2}" dominant-baseline="central">${escapeMarkup(span.name)}</text></svg>`;
  }
  if (span.state === "failed") {
    out += `<svg x="${pct(span.x1)}" y="${y + BAR_HEIGHT / 2}" overflow="visible" aria-hidden="true"><path class="tl-cross" d="M2,-5 L10,5 M10,-5 L2,5"/></svg>`;
  }
  return out;
}

const MARKER_SHAPE: Record<Marker["kind"], string> = {
  "client.sent": '<circle class="tl-mark tl-client" r="5"/>',
  "request.received": '<circle class="tl-mark tl-handler" r="5"/>',
  "task.added": '<path class="tl-mark tl-task" d="M-5,-8 L5,-8 L0,0 Z"/>',
  "response.sent": '<path class="tl-mark tl-response" d="M-4.5,-4.5 L4.5,-4.5 L4.5,4.5 L-4.5,4.5 Z"/>',
  "client.received": '<path class="tl-mark tl-response" d="M0,-7.5 L7.5,0 L0,7.5 L-7.5,0 Z"/>',
};

function markerShape(marker: Marker, geometry: Geometry): string {
  const cy = rowCenter(geometry, marker.lane, marker.row);
  return `<svg x="${pct(marker.x)}" y="${cy}" overflow="visible"><circle class="tl-hit" r="11"/>${MARKER_SHAPE[marker.kind]}</svg>`;
}

function notRunShape(group: NotRunGroup, geometry: Geometry): string {
  const cy = rowCenter(geometry, group.lane, group.row);
  const width = 12 + 8 * Math.min(group.tasks.length, 4);
  // Near the right edge the box grows leftwards so it stays inside the plot.
  const x = group.x > 0.85 ? -width - 2 : 2;
  const half = BAR_HEIGHT / 2;
  return (
    `<svg x="${pct(group.x)}" y="${cy}" overflow="visible">` +
    `<rect class="tl-skip" x="${x}" y="${-half}" width="${width}" height="${BAR_HEIGHT}" rx="3"/>` +
    `<line class="tl-skip-line" x1="${x + 3}" y1="${half - 3}" x2="${x + width - 3}" y2="${-half + 3}"/></svg>`
  );
}
