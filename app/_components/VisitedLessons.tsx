"use client";

import { useEffect, useSyncExternalStore } from "react";
import { RETO_CHECKED_EVENT, RETOS_STORAGE_KEY } from "./reto-storage";
import { parseVisited, VISITED_STORAGE_KEY, withVisit } from "./visited-lessons";


// The one client module for progress: it records visits and shows them after hydration.
// The server snapshot is "nothing visited", so the server HTML is complete and stable.

const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; list: string[] }>();

/** The id list stored under `key`, the same array while the stored text does not change. */
function read(key: string): string[] {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(key);
  } catch {
    raw = null;
  }
  const cached = cache.get(key);
  if (cached && cached.raw === raw) return cached.list;
  const list = parseVisited(raw);
  cache.set(key, { raw, list });
  return list;
}

const serverSnapshot: string[] = [];

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  // Other tabs (storage event) and this one (a Reto solved here dispatches its checked event).
  window.addEventListener("storage", onChange);
  window.addEventListener(RETO_CHECKED_EVENT, onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onChange);
    window.removeEventListener(RETO_CHECKED_EVENT, onChange);
  };
}

function useStoredIds(key: string): string[] {
  return useSyncExternalStore(
    subscribe,
    () => read(key),
    () => serverSnapshot,
  );
}

const useVisited = () => useStoredIds(VISITED_STORAGE_KEY);
const useSolved = () => useStoredIds(RETOS_STORAGE_KEY);

/** Remembers that the learner opened this lesson. Renders nothing. */
export function MarkVisited({ slug }: { slug: string }) {
  useEffect(() => {
    try {
      localStorage.setItem(VISITED_STORAGE_KEY, JSON.stringify(withVisit(read(VISITED_STORAGE_KEY), slug)));
    } catch {
      return;
    }
    for (const listener of listeners) listener();
  }, [slug]);
  return null;
}

/** "Visitada" next to a lesson the learner has opened. */
export function VisitedBadge({ slug }: { slug: string }) {
  const visited = useVisited();
  if (!visited.includes(slug)) return null;
  return (
    <span className="ml-auto shrink-0 rounded-full bg-done-bg px-2 py-0.5 text-xs font-medium text-done-fg" data-visited>
      <span aria-hidden="true">✓ </span>Visitada
    </span>
  );
}

/** "Reto resuelto" next to a lesson whose challenge the learner has solved. */
export function SolvedBadge({ retoId }: { retoId: string }) {
  const solved = useSolved();
  if (!solved.includes(retoId)) return null;
  return (
    <span className="shrink-0 rounded-full bg-done-bg px-2 py-0.5 text-xs font-medium text-done-fg" data-reto-resuelto={retoId}>
      <span aria-hidden="true">★ </span>Reto resuelto
    </span>
  );
}

/** "Has visitado 3 de 9 lecciones y resuelto 1 de 9 retos." */
export function ProgressSummary({ slugs, retoIds }: { slugs: readonly string[]; retoIds: readonly string[] }) {
  const visited = useVisited();
  const solved = useSolved();
  const seen = slugs.filter((slug) => visited.includes(slug)).length;
  const done = retoIds.filter((id) => solved.includes(id)).length;
  const percent = Math.round(((seen + done) / (slugs.length + retoIds.length)) * 100);
  return (
    <div data-testid="progress-summary">
      <p className="text-sm text-muted" aria-live="polite">
        {seen === 0 && done === 0
          ? "Aún no has abierto ninguna lección. Empieza por la primera."
          : `Has visitado ${seen} de ${slugs.length} lecciones y resuelto ${done} de ${retoIds.length} retos.`}
      </p>
      <progress className="mt-2 h-2 w-full max-w-xs accent-[var(--c-accent)]" max={100} value={percent} aria-label={`Progreso del curso: ${percent} %`} />
    </div>
  );
}
