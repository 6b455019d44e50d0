// Which challenges this learner has solved, kept in localStorage under "segundo-plano:retos" (an array of ids).
import type { RunResult } from "../../lib/sandbox/run-result";
import { checkChallenge, type ChallengeVerdict } from "../../content/challenges";

import { RETOS_STORAGE_KEY } from "./reto-storage";
import { parseVisited } from "./visited-lessons";

export { RETOS_STORAGE_KEY };
/** Dispatched on window after each checked run; detail: { id, verdict }. */
export const RETO_CHECKED_EVENT = "segundo-plano:reto-comprobado";

export interface RetoCheckedDetail {
  id: string;
  verdict: ChallengeVerdict;
}

type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

/** Parses the stored value; anything malformed counts as "nothing solved". */
export function parseSolved(raw: string | null): string[] {
  return parseVisited(raw); // the same shape: a JSON array of unique ids
}

export function readSolved(storage: KeyValueStorage): string[] {
  try {
    return parseSolved(storage.getItem(RETOS_STORAGE_KEY));
  } catch {
    return []; // storage disabled (private mode, blocked cookies)
  }
}

/** Adds `id` to the solved list (once); returns the new list. */
export function markSolved(storage: KeyValueStorage, id: string): string[] {
  const solved = readSolved(storage);
  if (solved.includes(id)) return solved;
  const next = [...solved, id];
  try {
    storage.setItem(RETOS_STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage full or disabled: the verdict still shows, it just is not remembered.
  }
  return next;
}

/**
 * What the sandbox calls after a run of a challenge's code: checks it, remembers a success and tells
 * the page (the Reto panel listens for RETO_CHECKED_EVENT).
 */
export function recordChallengeRun(id: string, run: RunResult, storage: KeyValueStorage = window.localStorage, target: EventTarget | undefined = typeof window === "undefined" ? undefined : window): ChallengeVerdict {
  const verdict = checkChallenge(id, run);
  if (verdict.solved) markSolved(storage, id);
  target?.dispatchEvent(new CustomEvent<RetoCheckedDetail>(RETO_CHECKED_EVENT, { detail: { id, verdict } }));
  return verdict;
}
