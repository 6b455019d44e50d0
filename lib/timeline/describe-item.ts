// What a focused or hovered timeline item tells: a short title, an accessible name, and its details.
import { formatTime } from "./format-time";
import type { Marker, NotRunGroup, RequestInfo, Span, TimelineItem, TimelineLayout } from "./model";
import { countTasks, listNames, NOT_RUN_BECAUSE } from "./vocabulary";

export interface ItemDescription {
  title: string;
  /** The accessible name: the title and when it happened. */
  label: string;
  details: { term: string; value: string }[];
}

export function describeItem(item: TimelineItem, layout: TimelineLayout): ItemDescription {
  const request = layout.requests[item.request - 1];
  const requestDetail = { term: "Petición", value: requestName(request) };
  switch (item.type) {
    case "span":
      return describeSpan(item, requestDetail, layout.live);
    case "marker":
      return describeMarker(item, requestDetail);
    case "not-run":
      return describeNotRun(item, requestDetail, layout.live);
  }
}

function requestName(request: RequestInfo | undefined): string {
  if (!request) return "—";
  return request.method && request.path ? `${request.index} · ${request.method} ${request.path}` : `${request.index}`;
}

const SPAN_TITLE: Record<Span["kind"], (name: string) => string> = {
  client: () => "Petición del cliente (ida y vuelta)",
  dependency: (name) => `Dependencia ${name}`,
  handler: (name) => `Manejador de ${name}`,
  task: (name) => `Tarea ${name}`,
};

function describeSpan(span: Span, requestDetail: ItemDescription["details"][number], live: boolean): ItemDescription {
  const state = span.state === "open" ? (live ? "en curso" : "sin terminar: la ejecución se detuvo") : span.state === "failed" ? "falló" : "";
  const title = `${SPAN_TITLE[span.kind](span.name)}${state ? ` (${state})` : ""}`;
  const duration = formatTime(span.end - span.start, 1);
  const time =
    span.state === "open"
      ? `desde ${formatTime(span.start, 1)} · lleva ${duration}`
      : `de ${formatTime(span.start, 1)} a ${formatTime(span.end, 1)} · dura ${duration}`;
  const details = [requestDetail, { term: "Tiempo", value: time }];
  if (span.args) details.push({ term: "Argumentos", value: span.args.length > 0 ? span.args.join(", ") : "ninguno" });
  if (span.error !== undefined) details.push({ term: "Error", value: span.error });
  return {
    title,
    label: `${SPAN_TITLE[span.kind](span.name)}, petición ${span.request}: ${time}${state ? `, ${state}` : ""}`,
    details,
  };
}

function describeMarker(marker: Marker, requestDetail: ItemDescription["details"][number]): ItemDescription {
  const title = markerTitle(marker);
  const details = [requestDetail, { term: "Momento", value: formatTime(marker.t, 1) }];
  if (marker.args) details.push({ term: "Argumentos", value: marker.args.length > 0 ? marker.args.join(", ") : "ninguno" });
  return { title, label: `${title}, petición ${marker.request}, a los ${formatTime(marker.t, 1)}`, details };
}

function markerTitle(marker: Marker): string {
  switch (marker.kind) {
    case "client.sent":
      return "El cliente envía la petición";
    case "request.received":
      return "El servidor recibe la petición";
    case "task.added":
      return `Se añade la tarea ${marker.name ?? ""}`.trimEnd();
    case "response.sent":
      return `El servidor envía la respuesta${marker.status !== undefined ? ` ${marker.status}` : ""}`;
    case "client.received":
      return `El cliente recibe la respuesta${marker.status !== undefined ? ` ${marker.status}` : ""}`;
  }
}

function describeNotRun(group: NotRunGroup, requestDetail: ItemDescription["details"][number], live: boolean): ItemDescription {
  const names = group.tasks.map((task) => task.name);
  const n = group.tasks.length;
  const waiting = group.reason === "not-started";
  const title = waiting
    ? live
      ? `${countTasks(n)} en espera: ${listNames(names)}`
      : `${countTasks(n)} sin empezar: ${listNames(names)}`
    : `${countTasks(n)} ${n === 1 ? "omitida" : "omitidas"}: ${listNames(names)}`;
  const why = waiting ? (live ? "esperan su turno" : NOT_RUN_BECAUSE["not-started"]) : NOT_RUN_BECAUSE[group.reason];
  const details = [requestDetail, { term: "Motivo", value: why }];
  if (!waiting) details.push({ term: "Momento", value: formatTime(group.t, 1) });
  for (const task of group.tasks) {
    if (task.args) details.push({ term: `Argumentos de ${task.name}`, value: task.args.join(", ") || "ninguno" });
  }
  return { title, label: `${title}, petición ${group.request}, ${why}`, details };
}
