// Booting the page's one WebContainer: once per page (StrictMode-safe), within a time limit, with progress.

export const DEFAULT_BOOT_TIMEOUT_MS = 15_000;

export type BootOutcome<C> = { ok: true; container: C } | { ok: false; reason: string };

export interface BootProgress {
  elapsedMs: number;
  timeoutMs: number;
}

/** What the browser must offer before we even try. */
export interface BootEnvironment {
  crossOriginIsolated: boolean;
  hasSharedArrayBuffer: boolean;
}

/** Why WebContainer cannot run on this page, in Spanish; undefined when it may. */
export function webContainerUnavailableReason(env: BootEnvironment): string | undefined {
  if (!env.crossOriginIsolated) {
    return "esta página no está aislada entre orígenes (cross-origin isolation), y WebContainer lo necesita";
  }
  if (!env.hasSharedArrayBuffer) return "este navegador no ofrece SharedArrayBuffer, que WebContainer necesita";
  return undefined;
}

/**
 * Returns `bootWithin(timeoutMs)`. The underlying boot starts at most once per booter (a page may boot
 * only one WebContainer); each call races it against its own time limit, because offline it never
 * settles. A later call may still succeed if the boot finished meanwhile.
 */
export function createBooter<C>(boot: () => Promise<C>) {
  let booting: Promise<C> | undefined;
  return function bootWithin(timeoutMs = DEFAULT_BOOT_TIMEOUT_MS, onProgress?: (progress: BootProgress) => void): Promise<BootOutcome<C>> {
    const started = Date.now();
    try {
      booting ??= boot();
    } catch (error) {
      booting = Promise.reject(error);
    }
    const pending = booting;
    return new Promise((resolve) => {
      let settled = false;
      const tick = onProgress ? setInterval(() => onProgress({ elapsedMs: Math.min(Date.now() - started, timeoutMs), timeoutMs }), 250) : undefined;
      const settle = (outcome: BootOutcome<C>) => {
        if (settled) return;
        settled = true;
        clearInterval(tick);
        clearTimeout(timer);
        resolve(outcome);
      };
      const timer = setTimeout(() => {
        const seconds = Math.round(timeoutMs / 1000);
        settle({ ok: false, reason: `WebContainer no arrancó en ${seconds} s (descarga su entorno de StackBlitz: ¿hay conexión a internet?)` });
      }, timeoutMs);
      pending.then(
        (container) => settle({ ok: true, container }),
        (error: unknown) => settle({ ok: false, reason: `WebContainer falló al arrancar: ${error instanceof Error ? error.message : String(error)}` }),
      );
    });
  };
}
