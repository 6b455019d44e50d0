// The steps of the flow diagram (lesson I), built from a real recorded run: one phase per step, one Spanish sentence each.
import type { TraceEvent } from "background-tasks";

export const FLOW_PHASES = ["cliente", "peticion", "servidor", "dependencias", "handler", "respuesta", "tareas"] as const;
export type FlowPhase = (typeof FLOW_PHASES)[number];

export const PHASE_LABELS: Record<FlowPhase, string> = {
  cliente: "Cliente",
  peticion: "Petición",
  servidor: "Servidor",
  dependencias: "Dependencias",
  handler: "Handler",
  respuesta: "Respuesta",
  tareas: "Tareas en segundo plano",
};

export interface FlowStep {
  phase: FlowPhase;
  /** One sentence, with the run's real time offsets. */
  sentence: string;
  /** Short time label for the drawing, e.g. "0,0 ms" or "36,2–37,1 ms". */
  time: string;
}

/** Milliseconds in Spanish notation with one decimal: 1234.56 → "1234,6 ms". */
export function formatMs(ms: number): string {
  const rounded = Math.round(ms * 10) / 10;
  return `${rounded.toFixed(1).replace(".", ",")} ms`;
}

/** Label for the drawing: "13,0–14,5 ms". */
function span(from: number, to: number): string {
  return `${formatMs(from).replace(" ms", "")}–${formatMs(to)}`;
}

/** For sentences: "entre los 13,0 y los 14,5 ms". */
function between(from: number, to: number): string {
  return `entre los ${formatMs(from).replace(" ms", "")} y los ${formatMs(to)}`;
}

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} y ${names[names.length - 1]}`;
}

// Some event interfaces share one (e.g. handler.start | handler.end): narrow by intersection, not Extract.
type Of<K extends TraceEvent["kind"]> = TraceEvent extends infer E ? (E extends { kind: infer EK } ? (K extends EK ? E & { kind: K } : never) : never) : never;

/**
 * Builds the seven steps for the first request of a run. Times count from the moment the client
 * sent that request. Throws (failing the build) when the run lacks the events a step needs.
 */
export function flowSteps(events: readonly TraceEvent[]): FlowStep[] {
  const sent = events.find((event): event is Of<"client.sent"> => event.kind === "client.sent");
  if (!sent) throw new Error("La ejecución no tiene ningún evento client.sent: no se puede dibujar el flujo.");
  const requestId = sent.requestId;
  const own = events.filter((event) => event.requestId === requestId);
  const find = <K extends TraceEvent["kind"]>(kind: K): Of<K> | undefined => own.find((event): event is Of<K> => event.kind === kind);
  const need = <K extends TraceEvent["kind"]>(kind: K): Of<K> => {
    const event = find(kind);
    if (!event) throw new Error(`La ejecución no tiene el evento ${kind} de la petición ${requestId}: no se puede dibujar el flujo.`);
    return event;
  };
  const at = (event: TraceEvent) => event.t - sent.t;

  const received = need("request.received");
  const handlerStart = need("handler.start");
  const handlerEnd = need("handler.end");
  const responseSent = need("response.sent");
  const clientReceived = find("client.received");

  const added = own.filter((event): event is Of<"task.added"> => event.kind === "task.added");
  const addedByDependencies = added.filter((event) => event.t < handlerStart.t).map((event) => event.name);
  const addedByHandler = added.filter((event) => event.t >= handlerStart.t && event.t <= handlerEnd.t).map((event) => event.name);
  const addedWithResponse = added.filter((event) => event.t > handlerEnd.t).map((event) => event.name);

  const dependencyStarts = own.filter((event): event is Of<"dependency.start"> => event.kind === "dependency.start");
  const dependencyEnds = own.filter((event) => event.kind === "dependency.end");
  const firstStep = dependencyStarts[0] ?? handlerStart;

  const steps: FlowStep[] = [];
  steps.push({
    phase: "cliente",
    time: formatMs(0),
    sentence: `El cliente envía la petición ${sent.method} ${sent.path}. Desde aquí contamos el tiempo: 0,0 ms.`,
  });
  steps.push({
    phase: "peticion",
    time: formatMs(at(received)),
    sentence: `La petición viaja hasta el servidor, que la recibe a los ${formatMs(at(received))}.`,
  });
  steps.push({
    phase: "servidor",
    time: span(at(received), at(firstStep)),
    sentence: `El servidor reconoce la ruta ${handlerStart.route} y prepara el contexto, con una lista de tareas vacía, ${between(at(received), at(firstStep))}.`,
  });

  if (dependencyStarts.length === 0) {
    steps.push({
      phase: "dependencias",
      time: "—",
      sentence: "Esta ruta no declara dependencias: el servidor pasa directamente al handler.",
    });
  } else {
    const names = [...new Set(dependencyStarts.map((event) => event.name))];
    const lastEnd = dependencyEnds[dependencyEnds.length - 1] ?? handlerStart;
    const tasks = addedByDependencies.length === 0 ? "sin añadir tareas" : `y ${addedByDependencies.length === 1 ? "apunta la tarea" : "apuntan las tareas"} ${listNames(addedByDependencies)}`;
    steps.push({
      phase: "dependencias",
      time: span(at(dependencyStarts[0]!), at(lastEnd)),
      sentence: `${names.length === 1 ? "La dependencia" : "Las dependencias"} ${listNames(names)} ${names.length === 1 ? "corre" : "corren"} ${between(at(dependencyStarts[0]!), at(lastEnd))} ${tasks}.`,
    });
  }

  const total = addedByDependencies.length + addedByHandler.length;
  const handlerTasks = addedByHandler.length === 0 ? "sin apuntar tareas" : `y apunta ${listNames(addedByHandler)}`;
  steps.push({
    phase: "handler",
    time: span(at(handlerStart), at(handlerEnd)),
    sentence: `El handler corre ${between(at(handlerStart), at(handlerEnd))} ${handlerTasks}: la lista compartida tiene ya ${total} ${total === 1 ? "tarea" : "tareas"}${addedWithResponse.length > 0 ? `, y la respuesta lleva además ${listNames(addedWithResponse)}` : ""}.`,
  });

  // Told in the order it happened: the client may read the response before the server's "finish".
  const handedOver = `su último byte se entrega a la conexión a los ${formatMs(at(responseSent))} (response.sent)`;
  const delivery = !clientReceived
    ? handedOver
    : clientReceived.t < responseSent.t
      ? `el cliente la tiene a los ${formatMs(at(clientReceived))} y ${handedOver}`
      : `${handedOver} y el cliente la tiene a los ${formatMs(at(clientReceived))}`;
  steps.push({
    phase: "respuesta",
    time: formatMs(at(responseSent)),
    sentence: `La respuesta ${responseSent.status} sale del servidor: ${delivery}. Todavía no ha empezado ninguna tarea.`,
  });

  const starts = own.filter((event): event is Of<"task.start"> => event.kind === "task.start");
  const ends = own.filter((event): event is Of<"task.end"> => event.kind === "task.end");
  if (starts.length === 0) {
    steps.push({ phase: "tareas", time: "—", sentence: "Esta petición no dejó tareas en segundo plano: el trabajo terminó con la respuesta." });
  } else {
    const runs = starts.map((start) => {
      const end = ends.find((event) => event.taskId === start.taskId);
      return end ? `${start.name} ${between(at(start), at(end))}` : `${start.name} desde los ${formatMs(at(start))}`;
    });
    const lastEnd = ends[ends.length - 1];
    steps.push({
      phase: "tareas",
      time: lastEnd ? span(at(starts[0]!), at(lastEnd)) : formatMs(at(starts[0]!)),
      sentence: `Con la respuesta ya enviada, ${starts.length === 1 ? "la tarea corre" : "las tareas corren una tras otra, en el orden en que se añadieron"}: ${listNames(runs)}.`,
    });
  }
  return steps;
}
