// The library's built package as the project tree wants it: package.json and dist/**/*.js (Node side).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** lib/background-tasks, where `npm run build:lib` writes dist/. */
export const LIBRARY_ROOT = fileURLToPath(new URL("../background-tasks/", import.meta.url));

/** Reads package.json and every built .js file; throws a clear message when the library is not built. */
export function readLibraryFiles(root = LIBRARY_ROOT): Record<string, string> {
  const dist = join(root, "dist");
  if (!existsSync(join(dist, "index.js"))) {
    throw new Error(`The library is not built (${join(dist, "index.js")} is missing): run \`npm run build:lib\` first.`);
  }
  const files: Record<string, string> = { "package.json": readFileSync(join(root, "package.json"), "utf8") };
  for (const path of walk(dist)) {
    if (path.endsWith(".js")) files[relative(root, path).split(sep).join("/")] = readFileSync(path, "utf8");
  }
  return files;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : entry.isFile() ? [path] : [];
  });
}
