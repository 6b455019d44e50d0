"use client";

import { useEffect, useId, useState, type ReactNode } from "react";
import { RETO_CHECKED_EVENT, RETOS_STORAGE_KEY, readSolved, type RetoCheckedDetail } from "./reto-storage";
import { requestLoadCode } from "./sandbox/load-code-event";

/** The interactive part of a Reto: solved badge, last verdict, and the «Ver solución» toggle. */
export function RetoPanel({ id, exampleId, solution, solutionCode }: { id: string; exampleId: string; solution: ReactNode; solutionCode: string }) {
  const [solved, setSolved] = useState(false);
  const [verdict, setVerdict] = useState<RetoCheckedDetail["verdict"] | null>(null);
  const [showSolution, setShowSolution] = useState(false);
  const solutionId = useId();

  useEffect(() => {
    const refresh = () => setSolved(readSolved(window.localStorage).includes(id));
    const onChecked = (event: Event) => {
      const detail = (event as CustomEvent<RetoCheckedDetail>).detail;
      if (detail.id !== id) return;
      setVerdict(detail.verdict);
      refresh();
    };
    const onStorage = (event: StorageEvent) => {
      if (event.key === RETOS_STORAGE_KEY) refresh();
    };
    refresh();
    window.addEventListener(RETO_CHECKED_EVENT, onChecked);
    window.addEventListener("storage", onStorage);
    return () => {
      window.removeEventListener(RETO_CHECKED_EVENT, onChecked);
      window.removeEventListener("storage", onStorage);
    };
  }, [id]);

  return (
    <div className="mt-3">
      <p aria-live="polite" className="min-h-[1.5rem] text-sm">
        {solved ? (
          <span className="rounded bg-done-bg px-2 py-0.5 font-semibold text-done-fg" data-reto-estado="resuelto">
            Resuelto
          </span>
        ) : (
          <span className="text-muted" data-reto-estado="pendiente">
            Sin resolver: edita el ejemplo y ejecútalo para comprobarlo.
          </span>
        )}
        {verdict ? <span className="mt-1 block text-fg">{verdict.message}</span> : null}
      </p>
      <button
        type="button"
        className="mt-3 rounded-md border border-line bg-surface px-4 py-2 font-semibold text-fg hover:border-accent"
        aria-expanded={showSolution}
        aria-controls={solutionId}
        onClick={() => setShowSolution((shown) => !shown)}
      >
        {showSolution ? "Ocultar solución" : "Ver solución"}
      </button>
      <div id={solutionId} hidden={!showSolution} className="mt-3">
        {solution}
        <button
          type="button"
          className="mt-3 rounded-md border border-line bg-surface px-4 py-2 font-semibold text-fg hover:border-accent"
          onClick={() => requestLoadCode(window, { exampleId, code: solutionCode })}
        >
          Cargar la solución en el editor
        </button>
        <p className="mt-1 text-sm text-muted">Sustituye el código del ejemplo por la solución; después pulsa Ejecutar en el ejemplo. Restablecer devuelve el original.</p>
      </div>
    </div>
  );
}
