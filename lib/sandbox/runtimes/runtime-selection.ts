// Which runtime a page uses, and the Spanish notice that says why.
import type { RuntimeKind } from "./runtime";

/** `?runtime=navegador` or `?runtime=webcontainer` in the address; "auto" otherwise. */
export type RuntimePreference = RuntimeKind | "auto";

export const RUNTIME_PARAM = "runtime";

export function preferenceFromSearch(search: string): RuntimePreference {
  const value = new URLSearchParams(search).get(RUNTIME_PARAM)?.toLowerCase();
  return value === "navegador" || value === "webcontainer" ? value : "auto";
}

export interface RuntimeChoice {
  kind: RuntimeKind;
  /** Shown beside the runtime's name when it is not the one the learner would expect. */
  notice?: string;
}

/**
 * Before booting: the preference, what the page offers (`unavailable` from webContainerUnavailableReason)
 * and an earlier failed boot in this session decide.
 */
export function chooseRuntime(preference: RuntimePreference, unavailable: string | undefined, earlierFailure?: string): RuntimeChoice {
  if (preference === "navegador") return { kind: "navegador", notice: "Usas el entorno Navegador porque la dirección lo pide (?runtime=navegador)." };
  if (unavailable) return { kind: "navegador", notice: fallbackNotice(unavailable) };
  if (earlierFailure && preference === "auto") return { kind: "navegador", notice: fallbackNotice(earlierFailure) };
  return { kind: "webcontainer" };
}

/** After a boot that failed or ran out of time. */
export function fallbackNotice(reason: string): string {
  return `Usas el entorno Navegador porque ${reason}. Puedes volver a intentarlo con WebContainer.`;
}
