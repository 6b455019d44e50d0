// require() for the learner's code in the Navegador runtime: the library, an in-memory fs, and nothing else.
import type { MemoryFs } from "./memory-fs";

export class UnsupportedModuleError extends Error {
  override name = "Error";
  readonly code = "ERR_MODULE_NOT_FOUND";

  constructor(specifier: string) {
    super(
      `El entorno Navegador no tiene el módulo «${specifier}». Aquí solo están "background-tasks", node:fs y node:fs/promises. ` +
        "Para usar Node.js completo, cambia el entorno a WebContainer.",
    );
  }
}

/** The modules the learner's code may import, by specifier. */
export function createRequire(library: Record<string, unknown>, fs: MemoryFs): (specifier: string) => unknown {
  const fsModule = fs.module();
  const modules: Record<string, unknown> = {
    "background-tasks": library,
    "node:fs": fsModule,
    fs: fsModule,
    "node:fs/promises": fs.promises,
    "fs/promises": fs.promises,
  };
  return (specifier) => {
    if (Object.hasOwn(modules, specifier)) return modules[specifier];
    throw new UnsupportedModuleError(specifier);
  };
}
