// The timeline as a table: its text alternative (and the sandbox's "Eventos" region).
import { eventTableRows, layoutTimeline, type TimelineLayout, type TraceEvent } from "../../lib/timeline";
import { escapeMarkup } from "./timeline/item-markup";

type Props = { layout: TimelineLayout } | { events: TraceEvent[]; live?: boolean };

export function TimelineTable(props: Props) {
  const layout = "layout" in props ? props.layout : layoutTimeline(props.events, { live: props.live ?? false });
  const rows = eventTableRows(layout);
  return (
    // Focusable so keyboard users can scroll a wide table at 360 px.
    <div className="tl-table-wrap" role="region" aria-label="Tabla de eventos" tabIndex={0}>
      <table className="tl-table">
        <caption>Eventos de la ejecución, en orden, con el tiempo desde el primero</caption>
        <thead>
          <tr>
            <th scope="col">Tiempo</th>
            <th scope="col">Carril</th>
            <th scope="col">Petición</th>
            <th scope="col">Evento</th>
          </tr>
        </thead>
        {rows.length === 0 ? (
          <tbody>
            <tr>
              <td colSpan={4}>{layout.live ? "Todavía no hay eventos." : "Esta ejecución no registró ningún evento."}</td>
            </tr>
          </tbody>
        ) : (
          // Thousands of rows in a big run: one escaped string renders far faster than as many elements.
          <tbody dangerouslySetInnerHTML={{ __html: rowsMarkup(rows) }} />
        )}
      </table>
    </div>
  );
}

function rowsMarkup(rows: ReturnType<typeof eventTableRows>): string {
  let out = "";
  for (const row of rows) {
    out += `<tr data-kind="${escapeMarkup(row.kind)}"><td>${escapeMarkup(row.time)}</td><td>${escapeMarkup(row.lane)}</td><td>${escapeMarkup(row.request)}</td><td>${escapeMarkup(row.description)}</td></tr>`;
  }
  return out;
}
