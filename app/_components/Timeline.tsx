// The timeline of a run: lanes, spans and markers drawn from its trace, a one-sentence summary and a
// table as text alternative. Server-renderable; details show on focus and hover with CSS alone.
import { useId } from "react";
import { layoutTimeline, summarizeRun, type TraceEvent } from "../../lib/timeline";
import { geometryOf, PANEL_HEIGHT, pct, ROW_HEIGHT, rowCenter } from "./timeline/geometry";
import { TIMELINE_CSS } from "./timeline/timeline-css";
import { itemsMarkup } from "./timeline/item-markup";
import { TimelineLegend } from "./TimelineLegend";
import { TimelineTable } from "./TimelineTable";

export interface TimelineProps {
  events: TraceEvent[];
  /** The run is still going (the sandbox re-renders as events arrive). */
  live?: boolean;
  /** Include the table of events (the text alternative); off where the page already shows it nearby. */
  table?: boolean;
}

/** Above this many requests the "response received" guide lines would only add noise. */
const MAX_GUIDED_REQUESTS = 10;

export function Timeline({ events, live = false, table = true }: TimelineProps) {
  const layout = layoutTimeline(events, { live });
  const uid = useId().replace(/[^\w-]/g, "");
  const geometry = geometryOf(layout);
  const summary = summarizeRun(layout);
  const guides = layout.requests.length <= MAX_GUIDED_REQUESTS;
  const firstLane = layout.lanes[0].id;

  return (
    <figure className="tl not-prose" aria-labelledby={`${uid}-title`} data-live={live ? "true" : undefined}>
      <style href="segundo-plano-timeline" precedence="default">
        {TIMELINE_CSS}
      </style>
      <figcaption className="tl-caption">
        <span className="tl-title" id={`${uid}-title`}>
          Línea de tiempo
        </span>
        {live && <span className="tl-live">(en directo: se actualiza a medida que llegan los eventos)</span>}
      </figcaption>
      <TimelineLegend layout={layout} />
      <div className="tl-frame">
        <svg className="tl-svg" height={geometry.height} role="group" aria-label="Línea de tiempo" aria-describedby={`${uid}-summary`}>
          {layout.lanes.map((lane) => (
            <g key={lane.id}>
              <rect className="tl-lane-bg" x="0" y={geometry.rowsTop[lane.id]} width="100%" height={lane.rows * ROW_HEIGHT} />
              <text className="tl-lane-label" x={0} y={geometry.laneTop[lane.id] + 15}>
                {lane.label}
              </text>
            </g>
          ))}
          <g aria-hidden="true">
            {layout.ticks.map((tick) => (
              <line key={tick.t} className="tl-grid" x1={pct(tick.x)} x2={pct(tick.x)} y1={geometry.rowsTop[firstLane]} y2={geometry.axisY} />
            ))}
            <line className="tl-axis" x1="0" x2="100%" y1={geometry.axisY} y2={geometry.axisY} />
          </g>
          <g>
            {layout.ticks.map((tick) => (
              <text
                key={tick.t}
                className="tl-tick"
                x={pct(tick.x)}
                y={geometry.axisY + 17}
                textAnchor={tick.x === 0 ? "start" : tick.x > 0.95 ? "end" : "middle"}
              >
                {tick.label}
              </text>
            ))}
          </g>
          <foreignObject x="0" y={geometry.panelY} width="100%" height={PANEL_HEIGHT}>
            <div className="tl-panel">
              {layout.items.length > 0
                ? "Pasa el puntero por un elemento, o recórrelos con la tecla Tab, para ver aquí sus detalles."
                : live
                  ? "Esperando los primeros eventos…"
                  : "No hay nada que dibujar."}
            </div>
          </foreignObject>
          {guides && (
            <g aria-hidden="true">
              {layout.markers
                .filter((marker) => marker.kind === "client.received")
                .map((marker) => (
                  <line
                    key={marker.id}
                    className="tl-guide"
                    x1={pct(marker.x)}
                    x2={pct(marker.x)}
                    y1={rowCenter(geometry, marker.lane, marker.row) + 8}
                    y2={geometry.laneBottom}
                  />
                ))}
            </g>
          )}
          <g dangerouslySetInnerHTML={{ __html: itemsMarkup(layout, geometry, uid) }} />
        </svg>
      </div>
      <p className="tl-summary" id={`${uid}-summary`} aria-live={live ? "polite" : undefined}>
        {summary}
      </p>
      {table ? (
        <details className="tl-table-toggle">
          <summary>Ver los eventos como tabla</summary>
          <TimelineTable layout={layout} />
        </details>
      ) : null}
    </figure>
  );
}
