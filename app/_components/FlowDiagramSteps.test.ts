// The diagram's steps from real runs of the examples (real Node, the real library, the harness).
import { describe, expect, it } from "vitest";
import { readExample, runExample } from "../../lib/sandbox/example-project";
import { readLibraryFiles } from "../../lib/sandbox/library-files";
import { FLOW_PHASES, flowSteps, formatMs } from "./FlowDiagramSteps";

const library = readLibraryFiles();

function offsetsIn(sentence: string): number[] {
  return [...sentence.matchAll(/(\d+,\d)(?= ms| y los)/g)].map((match) => Number(match[1]!.replace(",", ".")));
}

describe("flowSteps", () => {
  it("formats milliseconds the Spanish way", () => {
    expect(formatMs(0)).toBe("0,0 ms");
    expect(formatMs(36.249)).toBe("36,2 ms");
    expect(formatMs(1234.56)).toBe("1234,6 ms");
  });

  it("walks the seven phases of i-full-flow with the run's own times", async () => {
    const run = await runExample(readExample("i-full-flow"), library);
    expect(run.error).toBeUndefined();
    const steps = flowSteps(run.events);
    expect(steps.map((step) => step.phase)).toEqual([...FLOW_PHASES]);

    const sent = run.events.find((event) => event.kind === "client.sent")!;
    const responseSent = run.events.find((event) => event.kind === "response.sent")!;
    const byPhase = Object.fromEntries(steps.map((step) => [step.phase, step.sentence]));
    expect(byPhase.cliente).toContain("POST /orders/1234?email=ana%40example.com");
    expect(byPhase.dependencias).toMatch(/La dependencia getCustomer corre entre los .* y apunta la tarea writeLog\./);
    expect(byPhase.handler).toContain("apunta sendConfirmation: la lista compartida tiene ya 2 tareas");
    expect(byPhase.respuesta).toContain(`se entrega a la conexión a los ${formatMs(responseSent.t - sent.t)} (response.sent)`);
    expect(byPhase.tareas).toMatch(/^Con la respuesta ya enviada, las tareas corren una tras otra.*: writeLog entre los .* y sendConfirmation entre los .*\.$/);

    // Offsets come from the run and grow along the server's phases.
    const serverOffsets = ["peticion", "servidor", "dependencias", "handler"].flatMap((phase) => offsetsIn(byPhase[phase]!));
    serverOffsets.push(Math.round((responseSent.t - sent.t) * 10) / 10);
    expect(serverOffsets.length).toBeGreaterThanOrEqual(8);
    expect([...serverOffsets].sort((a, b) => a - b)).toEqual(serverOffsets);
    const taskOffsets = offsetsIn(byPhase.tareas!);
    expect(Math.min(...taskOffsets)).toBeGreaterThanOrEqual(serverOffsets[serverOffsets.length - 1]!);
  });

  it("says so when a route has no dependencies (d-sync-task)", async () => {
    const run = await runExample(readExample("d-sync-task"), library);
    const steps = flowSteps(run.events);
    expect(steps.find((step) => step.phase === "dependencias")?.sentence).toBe("Esta ruta no declara dependencias: el servidor pasa directamente al handler.");
    expect(steps.find((step) => step.phase === "tareas")?.sentence).toMatch(/la tarea corre: writeNotification entre los/);
  });

  it("refuses a run without a client request", () => {
    expect(() => flowSteps([])).toThrow(/client.sent/);
  });
});
