// Which challenges this learner has solved, kept in localStorage under "segundo-plano:retos" (an array of ids).
import type { RunResult } from "../../lib/sandbox/run-result";
import { checkChallenge, type ChallengeVerdict } from "../../content/challenges";

import { readSolved, RETO_CHECKED_EVENT, RETOS_STORAGE_KEY, type KeyValueStorage, type RetoCheckedDetail } from "./reto-storage";

export { parseSolved, readSolved, RETO_CHECKED_EVENT, RETOS_STORAGE_KEY, type RetoCheckedDetail } from "./reto-storage";

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
