import { FLOW_PHASES, PHASE_LABELS, type FlowStep } from "./FlowDiagramSteps";

// Our own drawing of the whole flow: seven phases top to bottom, the server's three in one frame,
// a dashed line where the response has left and the background begins.

const BOX_X = 44;
const BOX_W = 272;
const BOX_H = 52;
const GAP = 22;
/** More room before the last phase, for the "after the response" line and its label. */
const AFTER_GAP = 44;
const TOP = 12;
const TASKS_INDEX = 6;

function boxY(index: number): number {
  return TOP + index * (BOX_H + GAP) + (index >= TASKS_INDEX ? AFTER_GAP - GAP : 0);
}

export function FlowDiagramDrawing({ steps, current }: { steps: readonly FlowStep[]; current: number }) {
  const height = boxY(FLOW_PHASES.length - 1) + BOX_H + 12;
  const serverTop = boxY(2) - 8;
  const serverBottom = boxY(4) + BOX_H + 8;
  const afterLine = boxY(TASKS_INDEX) - AFTER_GAP / 2;
  const currentLabel = PHASE_LABELS[steps[current]?.phase ?? "cliente"];

  return (
    <svg
      viewBox={`0 0 340 ${height}`}
      className="mx-auto block h-auto w-full max-w-md"
      role="img"
      aria-label={`Diagrama del flujo: cliente, petición, servidor, dependencias, handler, respuesta y tareas en segundo plano. Fase iluminada: ${currentLabel}.`}
    >
      <defs>
        <marker id="flujo-flecha" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="fill-muted" />
        </marker>
      </defs>

      <rect x={BOX_X - 14} y={serverTop} width={BOX_W + 28} height={serverBottom - serverTop} rx={14} className="fill-none stroke-line" strokeWidth={1.5} />
      <text x={12} y={(serverTop + serverBottom) / 2} className="fill-muted text-[11px]" transform={`rotate(-90 12 ${(serverTop + serverBottom) / 2})`} textAnchor="middle" dominantBaseline="hanging">
        en el servidor
      </text>

      <line x1={8} x2={332} y1={afterLine} y2={afterLine} className="stroke-muted" strokeWidth={1} strokeDasharray="5 4" />
      <text x={332} y={afterLine - 5} textAnchor="end" className="fill-muted text-[11px]">
        después de la respuesta
      </text>

      {FLOW_PHASES.map((phase, index) => {
        const y = boxY(index);
        const step = steps.find((candidate) => candidate.phase === phase);
        const stepIndex = steps.findIndex((candidate) => candidate.phase === phase);
        const state = stepIndex === current ? "current" : stepIndex < current ? "done" : "todo";
        const box = state === "current" ? "fill-accent stroke-accent" : state === "done" ? "fill-note-bg stroke-note" : "fill-surface stroke-line";
        const label = state === "current" ? "fill-accent-fg" : "fill-fg";
        const time = state === "current" ? "fill-accent-fg" : "fill-muted";
        return (
          <g key={phase} data-phase={phase} data-state={state}>
            {index > 0 ? (
              <line x1={170} x2={170} y1={boxY(index - 1) + BOX_H + 2} y2={y - 3} className="stroke-muted" strokeWidth={1.5} markerEnd="url(#flujo-flecha)" />
            ) : null}
            <rect x={BOX_X} y={y} width={BOX_W} height={BOX_H} rx={10} className={box} strokeWidth={state === "current" ? 3 : 1.5} />
            <text x={BOX_X + 14} y={y + 20} dominantBaseline="central" className={`${label} text-[14px] font-semibold`}>
              {PHASE_LABELS[phase]}
            </text>
            <text x={BOX_X + 14} y={y + 38} dominantBaseline="central" className={`${time} font-mono text-[11px]`}>
              {step?.time ?? ""}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
