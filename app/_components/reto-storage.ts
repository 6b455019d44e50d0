// Where solved challenges are remembered (localStorage, an array of challenge ids) and the event a
// checked run dispatches. No challenge code here: lesson pages and the home page import this in their
// first load; the checks (RetoProgress) load with the sandbox.
import type { ChallengeVerdict } from "../../content/challenges/challenge";
import { parseVisited } from "./visited-lessons";

export const RETOS_STORAGE_KEY = "segundo-plano:retos";
/** Dispatched on window after each checked run; detail: { id, verdict }. */
export const RETO_CHECKED_EVENT = "segundo-plano:reto-comprobado";

export interface RetoCheckedDetail {
  id: string;
  verdict: ChallengeVerdict;
}

export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

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
