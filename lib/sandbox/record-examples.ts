// `npm run record`: runs every example of content/examples with real Node and writes .generated/recordings/<id>.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listExampleIds, readExample, runExample } from "./example-project";
import { readLibraryFiles } from "./library-files";

const OUT_DIR = fileURLToPath(new URL("../../.generated/recordings/", import.meta.url));

async function main(): Promise<number> {
  const library = readLibraryFiles();
  const ids = listExampleIds();
  if (ids.length === 0) {
    console.error("record: no examples found in content/examples (folders with server.ts and scenario.json).");
    return 1;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const failures: string[] = [];
  for (const id of ids) {
    const started = performance.now();
    const result = await runExample(readExample(id), library);
    writeFileSync(join(OUT_DIR, `${id}.json`), `${JSON.stringify(result, null, 2)}\n`);
    const ms = Math.round(performance.now() - started);
    if (result.error !== undefined) {
      failures.push(`${id}: ${result.error}`);
      console.error(`record: ✗ ${id} (${ms} ms): ${result.error}`);
    } else {
      console.log(`record: ✓ ${id} (${ms} ms, ${result.events.length} events, ${result.responses.length} responses)`);
    }
  }
  if (failures.length > 0) {
    console.error(`record: ${failures.length} example(s) failed:\n  ${failures.join("\n  ")}`);
    return 1;
  }
  console.log(`record: ${ids.length} recordings in ${OUT_DIR}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`record: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
