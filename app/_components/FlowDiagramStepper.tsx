"use client";

import { useState, type KeyboardEvent } from "react";
import { FlowDiagramDrawing } from "./FlowDiagramDrawing";
import { PHASE_LABELS, type FlowStep } from "./FlowDiagramSteps";

/** Steps through the diagram with «Anterior» / «Siguiente» (and the arrow keys); the sentence is announced. */
export function FlowDiagramStepper({ steps, idPrefix }: { steps: readonly FlowStep[]; idPrefix: string }) {
  const [current, setCurrent] = useState(0);
  const last = steps.length - 1;
  const step = steps[current]!;
  const go = (index: number) => setCurrent(Math.max(0, Math.min(last, index)));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "ArrowRight") go(current + 1);
    else if (event.key === "ArrowLeft") go(current - 1);
    else return;
    event.preventDefault();
  };

  const button =
    "rounded-md border border-line bg-surface px-4 py-2 font-semibold text-fg hover:border-accent aria-disabled:cursor-not-allowed aria-disabled:opacity-60";

  return (
    <figure className="m-0">
      <FlowDiagramDrawing steps={steps} current={current} />
      <figcaption className="mt-4">
        <p id={`${idPrefix}-paso`} aria-live="polite" className="min-h-[4.5rem] text-fg">
          <strong>
            Paso {current + 1} de {steps.length}: {PHASE_LABELS[step.phase]}.
          </strong>{" "}
          {step.sentence}
        </p>
        <div role="group" aria-label="Recorrer el diagrama" className="mt-3 flex gap-3" onKeyDown={onKeyDown}>
          <button type="button" className={button} aria-disabled={current === 0} aria-controls={`${idPrefix}-paso`} onClick={() => go(current - 1)}>
            Anterior
          </button>
          <button type="button" className={button} aria-disabled={current === last} aria-controls={`${idPrefix}-paso`} onClick={() => go(current + 1)}>
            Siguiente
          </button>
        </div>
      </figcaption>
    </figure>
  );
}
