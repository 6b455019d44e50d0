import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { syntheticTrace, type TraceEvent } from "../../lib/timeline";
import { Timeline } from "./Timeline";

const T0 = 1_700_000_000_000;
const run: TraceEvent[] = [
  { t: T0, kind: "client.sent", requestId: "r1", method: "POST", path: "/send-notification/a@b.c" },
  { t: T0 + 0.4, kind: "request.received", requestId: "r1", method: "POST", path: "/send-notification/a@b.c" },
  { t: T0 + 0.5, kind: "handler.start", requestId: "r1", route: "/send-notification/{email}" },
  { t: T0 + 0.6, kind: "task.added", requestId: "r1", taskId: "t1", name: "writeNotification", args: ['"a@b.c"'] },
  { t: T0 + 0.7, kind: "handler.end", requestId: "r1", route: "/send-notification/{email}" },
  { t: T0 + 2.9, kind: "response.sent", requestId: "r1", status: 200 },
  { t: T0 + 3.2, kind: "client.received", requestId: "r1", status: 200 },
  { t: T0 + 3.4, kind: "task.start", requestId: "r1", taskId: "t1", name: "writeNotification" },
  { t: T0 + 5, kind: "task.end", requestId: "r1", taskId: "t1", name: "writeNotification" },
];

describe("<Timeline>", () => {
  it("leaves its table out when asked (the sandbox shows it in Eventos)", () => {
    const html = renderToString(<Timeline events={run} table={false} />);
    expect(html).not.toContain("Ver los eventos como tabla");
    expect(html).not.toContain("<table");
    expect(html).toContain('aria-label="Línea de tiempo"');
  });

  it("renders on the server a labelled drawing, its summary and its table", () => {
    const html = renderToString(<Timeline events={run} />);
    expect(html).toMatch(/<figure class="tl not-prose"/);
    expect(html).toMatch(/<svg class="tl-svg"[^>]*role="group"[^>]*aria-label="Línea de tiempo"/);
    expect(html).toContain("El cliente tuvo su respuesta a los 3,2 ms; la primera tarea empezó a los 3,4 ms, después.");
    expect(html).toContain("Ver los eventos como tabla");
    expect(html.match(/<tr data-kind=/g)).toHaveLength(run.length);
    // Details of every item are in the markup (shown by CSS on focus/hover, no JavaScript).
    expect(html).toContain("Tarea writeNotification\nPetición: 1 · POST /send-notification/a@b.c");
    expect(html.match(/tabindex="0"/g)?.length).toBeGreaterThanOrEqual(9);
  });

  it("exposes positions so a browser test can compare the response and the first task", () => {
    const html = renderToString(<Timeline events={run} />);
    const received = Number(/data-kind="client.received"[^>]*data-x="([\d.]+)"/.exec(html)?.[1]);
    const task = Number(/data-kind="task"[^>]*data-x0="([\d.]+)"/.exec(html)?.[1]);
    expect(received).toBeCloseTo(3.2 / 5);
    expect(received).toBeLessThan(task);
  });

  it("says what it is waiting for in a live run with no events yet", () => {
    const html = renderToString(<Timeline events={[]} live />);
    expect(html).toContain("Todavía no hay eventos");
    expect(html).toContain('aria-live="polite"');
  });

  it("gives two timelines on one page distinct ids", () => {
    const html = renderToString(
      <>
        <Timeline events={run} />
        <Timeline events={syntheticTrace({ requests: 2, tasksPerRequest: 1 })} />
      </>,
    );
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
