// `tsx lib/sandbox/runtimes/generate-assets.ts`: what the page's sandbox needs of the built library, as JSON
// the bundler can import lazily: .generated/sandbox/library-files.json (package.json + dist/*.js, mounted
// by WebContainer) and library-types.json (package.json + dist/*.d.ts, for the editor's TypeScript).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LIBRARY_ROOT, readLibraryFiles } from "../library-files";

export const ASSETS_DIR = fileURLToPath(new URL("../../../.generated/sandbox/", import.meta.url));

export function readLibraryTypes(root = LIBRARY_ROOT): Record<string, string> {
  const types: Record<string, string> = { "package.json": readFileSync(join(root, "package.json"), "utf8") };
  for (const name of readdirSync(join(root, "dist")).sort()) {
    if (name.endsWith(".d.ts")) types[`dist/${name}`] = readFileSync(join(root, "dist", name), "utf8");
  }
  return types;
}

export function generateAssets(outDir = ASSETS_DIR): { files: number; types: number } {
  const files = readLibraryFiles();
  const types = readLibraryTypes();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "library-files.json"), JSON.stringify(files));
  writeFileSync(join(outDir, "library-types.json"), JSON.stringify(types));
  return { files: Object.keys(files).length, types: Object.keys(types).length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { files, types } = generateAssets();
    console.log(`sandbox assets: ${files} library files, ${types} type files in ${ASSETS_DIR}`);
  } catch (error) {
    console.error(`sandbox assets: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
