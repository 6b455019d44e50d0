// Which runtime runs the code, why, and the learner's switch between them.
import { useId } from "react";
import { RUNTIME_LABELS, type RuntimeKind } from "../../../lib/sandbox/runtimes/runtime";

export interface RuntimeSwitchProps {
  kind: RuntimeKind;
  notice?: string;
  boot: { elapsedMs: number; timeoutMs: number } | null;
  onChange(kind: RuntimeKind): void;
}

export function RuntimeSwitch({ kind, notice, boot, onChange }: RuntimeSwitchProps) {
  const id = useId();
  return (
    <div className="grid gap-1 text-sm">
      <fieldset className="flex flex-wrap items-center gap-3">
        <legend className="sr-only">Entorno de ejecución</legend>
        <span className="text-muted" aria-hidden="true">
          Entorno:
        </span>
        {(["webcontainer", "navegador"] as const).map((option) => (
          <label key={option} className="flex items-center gap-1">
            <input type="radio" name={`${id}-runtime`} checked={kind === option} onChange={() => onChange(option)} />
            {RUNTIME_LABELS[option]}
          </label>
        ))}
      </fieldset>
      {boot ? (
        <p className="flex items-center gap-2 text-muted" role="status">
          <label htmlFor={`${id}-boot`}>Arrancando WebContainer… {Math.round(boot.elapsedMs / 1000)} s de {Math.round(boot.timeoutMs / 1000)} s como máximo</label>
          <progress id={`${id}-boot`} max={boot.timeoutMs} value={boot.elapsedMs} />
        </p>
      ) : null}
      {notice ? <p className="text-muted" data-runtime-notice="">{notice}</p> : null}
    </div>
  );
}
