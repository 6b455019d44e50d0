"use client";

import { useEffect, useSyncExternalStore } from "react";
import { parseVisited, VISITED_STORAGE_KEY, withVisit } from "./visited-lessons";

// The one client module for progress: it records visits and shows them after hydration.
// The server snapshot is "nothing visited", so the server HTML is complete and stable.

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cachedList: string[] = [];

function read(): string[] {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(VISITED_STORAGE_KEY);
  } catch {
    raw = null;
  }
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedList = parseVisited(raw);
  }
  return cachedList;
}

const serverSnapshot: string[] = [];

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  const onStorage = (event: StorageEvent) => {
    if (event.key === VISITED_STORAGE_KEY) onChange();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onStorage);
  };
}

function useVisited(): string[] {
  return useSyncExternalStore(subscribe, read, () => serverSnapshot);
}

/** Remembers that the learner opened this lesson. Renders nothing. */
export function MarkVisited({ slug }: { slug: string }) {
  useEffect(() => {
    try {
      localStorage.setItem(VISITED_STORAGE_KEY, JSON.stringify(withVisit(read(), slug)));
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

/** "Has visitado 3 de 9 lecciones." */
export function ProgressSummary({ slugs }: { slugs: readonly string[] }) {
  const visited = useVisited();
  const count = slugs.filter((slug) => visited.includes(slug)).length;
  return (
    <p className="text-sm text-muted" aria-live="polite" data-testid="progress-summary">
      {count === 0
        ? "Aún no has abierto ninguna lección. Empieza por la primera."
        : `Has visitado ${count} de ${slugs.length} lecciones.`}
    </p>
  );
}
