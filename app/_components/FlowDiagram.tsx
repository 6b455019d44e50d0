import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { TraceEvent } from "background-tasks";
import { FlowDiagramStepper } from "./FlowDiagramStepper";
import { PHASE_LABELS, flowSteps } from "./FlowDiagramSteps";

/**
 * <FlowDiagram exampleId="…" />: the whole flow of a request, drawn from the example's real recorded
 * run (.generated/recordings/<id>.json, read at build time). The first step and the list of all
 * steps are in the HTML; stepping needs JavaScript.
 */
export function FlowDiagram({ exampleId }: { exampleId: string }) {
  const file = path.join(process.cwd(), ".generated", "recordings", `${exampleId}.json`);
  if (!existsSync(file)) {
    throw new Error(`<FlowDiagram exampleId="${exampleId}">: missing recording ${file}. Run \`npm run record\` before \`next build\`.`);
  }
  const run = JSON.parse(readFileSync(file, "utf8")) as { events?: TraceEvent[]; error?: string };
  if (run.error !== undefined) throw new Error(`<FlowDiagram exampleId="${exampleId}">: the recorded run failed: ${run.error}`);
  const steps = flowSteps(run.events ?? []);
  const idPrefix = `flujo-${exampleId}`;

  return (
    <section aria-labelledby={`${idPrefix}-titulo`} className="not-prose my-8 rounded-xl border border-line p-4" data-flow-diagram={exampleId}>
      <p id={`${idPrefix}-titulo`} className="mb-3 font-semibold text-fg">
        <span className="text-muted">Diagrama: </span>
        el recorrido de una petición, con los tiempos de una ejecución real
      </p>
      <FlowDiagramStepper steps={steps} idPrefix={idPrefix} />
      <details className="mt-4 text-fg">
        <summary className="cursor-pointer font-semibold">Todos los pasos en una lista</summary>
        <ol className="mt-2 list-decimal space-y-2 pl-6">
          {steps.map((step) => (
            <li key={step.phase}>
              <strong>{PHASE_LABELS[step.phase]}.</strong> {step.sentence}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
