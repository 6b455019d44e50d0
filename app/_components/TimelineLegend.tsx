// What each colour and shape of the timeline means; lists only what this run contains.
import type { TimelineLayout } from "../../lib/timeline";

type Entry = { key: string; label: string; swatch: React.ReactNode };

const bar = (className: string, extra = "") => <rect className={`tl-bar ${className} ${extra}`} x={0} y={1} width={18} height={10} rx={2} />;
const mark = (className: string, d: string) => <path className={`tl-mark ${className}`} transform="translate(9 6)" d={d} />;

export function TimelineLegend({ layout }: { layout: TimelineLayout }) {
  const has = (predicate: (item: TimelineLayout["items"][number]) => boolean) => layout.items.length === 0 || layout.items.some(predicate);
  const spanOf = (kind: string) => has((i) => i.type === "span" && i.kind === kind);
  const markOf = (kind: string) => has((i) => i.type === "marker" && i.kind === kind);
  const entries: (Entry | false)[] = [
    spanOf("client") && { key: "client", label: "Petición del cliente (ida y vuelta)", swatch: bar("tl-client") },
    spanOf("dependency") && { key: "dependency", label: "Dependencia", swatch: bar("tl-dependency") },
    spanOf("handler") && { key: "handler", label: "Manejador", swatch: bar("tl-handler") },
    spanOf("task") && { key: "task", label: "Tarea en segundo plano", swatch: bar("tl-task") },
    layout.items.some((i) => i.type === "span" && i.state === "failed") && { key: "failed", label: "Falló", swatch: bar("tl-failed") },
    layout.items.some((i) => i.type === "span" && i.state === "open") && {
      key: "open",
      label: layout.live ? "En curso" : "Sin terminar",
      swatch: <g className="tl-open">{bar("tl-task")}</g>,
    },
    layout.notRun.length > 0 && {
      key: "not-run",
      label: layout.notRun.every((g) => g.reason === "not-started") ? "Tareas sin empezar" : "Tareas omitidas",
      swatch: (
        <>
          <rect className="tl-skip" x={1} y={1} width={16} height={10} rx={2} />
          <line className="tl-skip-line" x1={4} y1={9} x2={14} y2={3} />
        </>
      ),
    },
    (markOf("client.sent") || markOf("request.received")) && {
      key: "sent",
      label: "Petición enviada / recibida",
      swatch: mark("tl-client", "M0,-5 A5,5 0 1 1 0,5 A5,5 0 1 1 0,-5 Z"),
    },
    markOf("task.added") && { key: "added", label: "Tarea añadida", swatch: mark("tl-task", "M-5,-5 L5,-5 L0,3 Z") },
    markOf("response.sent") && { key: "response", label: "Respuesta enviada", swatch: mark("tl-response", "M-4.5,-4.5 L4.5,-4.5 L4.5,4.5 L-4.5,4.5 Z") },
    markOf("client.received") && {
      key: "received",
      label: "Respuesta recibida por el cliente",
      swatch: mark("tl-response", "M0,-6 L6,0 L0,6 L-6,0 Z"),
    },
  ];
  return (
    <ul className="tl-legend" aria-label="Leyenda">
      {entries
        .filter((entry): entry is Entry => entry !== false)
        .map((entry) => (
          <li key={entry.key}>
            <svg width={18} height={12} aria-hidden="true">
              {entry.swatch}
            </svg>
            {entry.label}
          </li>
        ))}
    </ul>
  );
}
