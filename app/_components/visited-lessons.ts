// Which lessons this learner has opened, kept in localStorage (no account, no server).

export const VISITED_STORAGE_KEY = "segundo-plano:lecciones-visitadas";

/** Parses the stored value; anything malformed counts as "nothing visited". */
export function parseVisited(raw: string | null): string[] {
  if (raw === null) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return [...new Set(value.filter((item): item is string => typeof item === "string"))];
  } catch {
    return [];
  }
}

/** The list after visiting `slug`, in first-visit order, without duplicates. */
export function withVisit(visited: readonly string[], slug: string): string[] {
  return visited.includes(slug) ? [...visited] : [...visited, slug];
}
