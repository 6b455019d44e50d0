// The learner's edits, per example, in this browser's localStorage (never sent anywhere).

const PREFIX = "segundo-plano:codigo:";

export function savedCodeKey(exampleId: string): string {
  return `${PREFIX}${exampleId}`;
}

/** The saved edit, or null when there is none (or storage is unavailable). */
export function readSavedCode(storage: Pick<Storage, "getItem"> | undefined, exampleId: string): string | null {
  try {
    return storage?.getItem(savedCodeKey(exampleId)) ?? null;
  } catch {
    return null;
  }
}

/** Saves an edit; the original code is not an edit, so it clears the entry. */
export function writeSavedCode(storage: Pick<Storage, "setItem" | "removeItem"> | undefined, exampleId: string, code: string, original: string): void {
  try {
    if (code === original) storage?.removeItem(savedCodeKey(exampleId));
    else storage?.setItem(savedCodeKey(exampleId), code);
  } catch {
    // Private mode or a full quota: the edit lives on in the page until it is closed.
  }
}
