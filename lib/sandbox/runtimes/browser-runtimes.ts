// Browser only: the page's runtimes, built once per page — the Navegador worker and the one WebContainer.
import { NavegadorRuntime, type WorkerLike } from "./navegador-runtime";
import { chooseRuntime, fallbackNotice, preferenceFromSearch, type RuntimeChoice } from "./runtime-selection";
import { createBooter, DEFAULT_BOOT_TIMEOUT_MS, webContainerUnavailableReason, type BootProgress } from "./webcontainer-boot";
import { WebContainerRuntime, type ContainerLike } from "./webcontainer-runtime";

const FAILURE_KEY = "segundo-plano:webcontainer-fallo";

let navegador: NavegadorRuntime | undefined;

export function navegadorRuntime(): NavegadorRuntime {
  navegador ??= new NavegadorRuntime({
    createWorker: () => new Worker(new URL("./navegador.worker.ts", import.meta.url), { type: "module", name: "segundo-plano-navegador" }) as unknown as WorkerLike,
  });
  return navegador;
}

// Module level: one boot per page, however many sandboxes and StrictMode effects ask.
const bootWithin = createBooter(async () => {
  const { WebContainer } = await import("@webcontainer/api");
  return (await WebContainer.boot({ coep: "require-corp", workdirName: "segundo-plano" })) as unknown as ContainerLike;
});

let webContainer: Promise<{ ok: true; runtime: WebContainerRuntime } | { ok: false; reason: string }> | undefined;

function unavailableReason(): string | undefined {
  return webContainerUnavailableReason({ crossOriginIsolated: globalThis.crossOriginIsolated === true, hasSharedArrayBuffer: typeof SharedArrayBuffer === "function" });
}

function rememberedFailure(): string | undefined {
  try {
    return sessionStorage.getItem(FAILURE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** What this page should use before anything boots. */
export function initialChoice(): RuntimeChoice {
  return chooseRuntime(preferenceFromSearch(location.search), unavailableReason(), rememberedFailure());
}

/**
 * The WebContainer runtime once booted within the time limit; otherwise why not (and the session
 * remembers it, so the next page does not wait again unless the learner asks).
 */
export function webContainerRuntime(onProgress?: (progress: BootProgress) => void, retry = false): Promise<{ ok: true; runtime: WebContainerRuntime } | { ok: false; reason: string }> {
  const unavailable = unavailableReason();
  if (unavailable) return Promise.resolve({ ok: false, reason: unavailable });
  if (retry || !webContainer) {
    webContainer = Promise.all([bootWithin(DEFAULT_BOOT_TIMEOUT_MS, onProgress), import("../../../.generated/sandbox/library-files.json")]).then(([outcome, library]) => {
      if (!outcome.ok) {
        try {
          sessionStorage.setItem(FAILURE_KEY, outcome.reason);
        } catch {
          // Nothing to remember it in.
        }
        webContainer = undefined;
        return outcome;
      }
      try {
        sessionStorage.removeItem(FAILURE_KEY);
      } catch {
        // Nothing to forget.
      }
      return { ok: true as const, runtime: new WebContainerRuntime({ container: outcome.container, library: library.default as Record<string, string> }) };
    });
  }
  return webContainer;
}

export { fallbackNotice };
