// The one Spanish sentence under the timeline: the key fact of the run.
import { formatDistinct, formatTime } from "./format-time";
import type { RequestInfo, TimelineLayout } from "./model";
import { countRequests, countTasks, listNames, NOT_RUN_BECAUSE } from "./vocabulary";

export function summarizeRun(layout: TimelineLayout): string {
  if (layout.events.length === 0) {
    return layout.live
      ? "Todavía no hay eventos: la línea de tiempo se dibuja a medida que llegan."
      : "Esta ejecución no registró ningún evento.";
  }
  if (layout.requests.length === 0) return "La ejecución solo imprimió texto: no hubo ninguna petición.";
  const clauses =
    layout.requests.length === 1 ? singleRequest(layout.requests[0], layout.live) : severalRequests(layout.requests, layout.live);
  const sentence = clauses.join("; ");
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** When the request's answer counts as given: the client read it, or (without a client) the server sent it. */
function answeredAt(r: RequestInfo): number | undefined {
  return r.received ?? r.responseSent;
}

function singleRequest(r: RequestInfo, live: boolean): string[] {
  const answer = answeredAt(r);
  if (answer === undefined) {
    return [live ? "el cliente todavía espera su respuesta" : "la ejecución se detuvo antes de que el cliente tuviera su respuesta"];
  }
  const byClient = r.received !== undefined;
  const clauses: string[] = [];
  const first = r.tasks[0];
  const [answerText, firstText] = formatDistinct(answer, first?.start ?? answer);
  const failedStatus = r.status !== undefined && r.status >= 400;
  if (failedStatus) {
    clauses.push(byClient ? `el cliente recibió un error ${r.status} a los ${answerText}` : `el servidor respondió con un error ${r.status} a los ${answerText}`);
  } else {
    clauses.push(byClient ? `el cliente tuvo su respuesta a los ${answerText}` : `el servidor envió su respuesta a los ${answerText}`);
  }

  if (first) {
    const which = r.tasks.length > 1 ? `la primera de sus ${r.tasks.length} tareas` : "la primera tarea";
    if (first.start >= answer) {
      clauses.push(`${which} empezó a los ${firstText}, después`);
    } else {
      const sent = r.responseSent !== undefined ? ` (a los ${formatTime(r.responseSent, 1)})` : "";
      clauses.push(
        `${which} empezó a los ${firstText}, antes de que el cliente terminara de leer la respuesta, pero después de que el servidor la enviara${sent}`,
      );
    }
  } else {
    const skipped = r.notRun.filter((g) => g.reason !== "not-started");
    const waiting = r.notRun.filter((g) => g.reason === "not-started").flatMap((g) => g.tasks);
    if (skipped.length > 0) {
      const n = skipped.reduce((sum, g) => sum + g.tasks.length, 0);
      clauses.push(`no se ejecutó ninguna tarea: ${countTasks(n)} ${n === 1 ? "se omitió" : "se omitieron"} ${NOT_RUN_BECAUSE[skipped[0].reason]}`);
    } else if (waiting.length > 0) {
      clauses.push(live ? `${countTasks(waiting.length)} ${waiting.length === 1 ? "espera" : "esperan"} su turno` : `${countTasks(waiting.length)} ${waiting.length === 1 ? "añadida no llegó" : "añadidas no llegaron"} a empezar`);
    } else {
      clauses.push("esta petición no añadió tareas en segundo plano");
    }
  }

  const failed = r.tasks.find((task) => task.state === "failed");
  if (failed) {
    const after = r.notRun.filter((g) => g.reason === "previous-task-failed").flatMap((g) => g.tasks.map((task) => task.name));
    const consequence =
      after.length > 0 ? ` y por eso no ${after.length === 1 ? "se ejecutó" : "se ejecutaron"} ${listNames(after)}` : "";
    clauses.push(`la tarea ${failed.name} falló a los ${formatTime(failed.end)}${consequence}`);
  }
  const open = r.tasks.find((task) => task.state === "open");
  if (open) {
    clauses.push(live ? `la tarea ${open.name} sigue en curso` : `la tarea ${open.name} no terminó: la ejecución se detuvo antes`);
  }
  return clauses;
}

function severalRequests(requests: RequestInfo[], live: boolean): string[] {
  const clauses = [`hubo ${countRequests(requests.length)}`];
  const answered = requests.filter((r) => answeredAt(r) !== undefined);
  const byClient = answered.every((r) => r.received !== undefined);
  const withTasks = answered.filter((r) => r.tasks.length > 0);
  const inOrder = withTasks.filter((r) => r.tasks[0].start >= (answeredAt(r) ?? Infinity));
  const who = byClient ? "el cliente tuvo su respuesta" : "el servidor envió su respuesta";

  if (withTasks.length === 0) {
    const added = requests.some((r) => r.addedTasks > 0);
    clauses.push(added ? "ninguna tarea llegó a ejecutarse" : "ninguna añadió tareas en segundo plano");
  } else {
    const scope =
      withTasks.length === requests.length
        ? `en ${requests.length === 2 ? "las dos" : `las ${requests.length}`}`
        : withTasks.length === 1
          ? "en la única que ejecutó tareas"
          : `en las ${withTasks.length} que ejecutaron tareas`;
    const early = "la primera tarea empezó mientras el cliente aún leía la respuesta que el servidor ya había enviado";
    if (inOrder.length === withTasks.length) {
      clauses.push(`${scope}, ${who} antes de que empezaran sus tareas`);
    } else if (inOrder.length === 0) {
      clauses.push(`${scope}, ${early}`);
    } else {
      clauses.push(
        `en ${inOrder.length} de ${withTasks.length}, ${who} antes de que empezaran sus tareas; en las demás, ${early}`,
      );
    }
  }

  const lastAnswer = Math.max(...answered.map((r) => answeredAt(r) ?? 0));
  const finished = requests.flatMap((r) => r.tasks).filter((task) => task.state !== "open");
  if (answered.length > 0 && finished.length > 0) {
    const [answerText, endText] = formatDistinct(lastAnswer, Math.max(...finished.map((task) => task.end)));
    clauses.push(`la última respuesta llegó a los ${answerText} y la última tarea terminó a los ${endText}`);
  } else if (answered.length > 0) {
    clauses.push(`la última respuesta llegó a los ${formatTime(lastAnswer)}`);
  }

  const unanswered = requests.length - answered.length;
  if (unanswered > 0) {
    clauses.push(
      live
        ? `${unanswered === 1 ? "1 sigue" : `${unanswered} siguen`} esperando respuesta`
        : `${unanswered === 1 ? "1 se quedó" : `${unanswered} se quedaron`} sin respuesta`,
    );
  }
  const failed = requests.flatMap((r) => r.tasks).filter((task) => task.state === "failed").length;
  const skipped = requests
    .flatMap((r) => r.notRun)
    .filter((g) => g.reason !== "not-started")
    .reduce((sum, g) => sum + g.tasks.length, 0);
  if (failed > 0) {
    clauses.push(`${countTasks(failed)} ${failed === 1 ? "falló" : "fallaron"}${skipped > 0 ? ` y se ${skipped === 1 ? "omitió 1" : `omitieron ${skipped}`}` : ""}`);
  } else if (skipped > 0) {
    clauses.push(`se ${skipped === 1 ? "omitió 1 tarea" : `omitieron ${skipped} tareas`}`);
  }
  const open = requests.flatMap((r) => r.tasks).filter((task) => task.state === "open").length;
  if (open > 0) {
    clauses.push(live ? "la ejecución sigue en curso" : `${countTasks(open)} no ${open === 1 ? "terminó" : "terminaron"}: la ejecución se detuvo antes`);
  }
  return clauses;
}
