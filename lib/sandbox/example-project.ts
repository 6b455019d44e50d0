// An example folder of content/examples as a runnable project, and its run with real Node (Node side).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runInNode, type NodeRunOptions } from "./node-runner";
import { buildProjectTree } from "./project";
import { RunStreamParser, type RunResult } from "./run-result";
import { parseScenario, type Scenario } from "./scenario";
import { transpile } from "./transpile";

export const EXAMPLES_ROOT = fileURLToPath(new URL("../../content/examples/", import.meta.url));

export interface ExampleFiles {
  id: string;
  dir: string;
  serverTs: string;
  scenario: Scenario;
}

/** The ids of every folder that holds server.ts and scenario.json, sorted. */
export function listExampleIds(root = EXAMPLES_ROOT): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, "server.ts")) && existsSync(join(root, entry.name, "scenario.json")))
    .map((entry) => entry.name)
    .sort();
}

export function readExample(id: string, root = EXAMPLES_ROOT): ExampleFiles {
  const dir = join(root, id);
  const scenarioPath = join(dir, "scenario.json");
  let scenario: Scenario;
  try {
    scenario = parseScenario(JSON.parse(readFileSync(scenarioPath, "utf8")));
  } catch (error) {
    throw new Error(`${scenarioPath}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { id, dir, serverTs: readFileSync(join(dir, "server.ts"), "utf8"), scenario };
}

/**
 * Transpiles and runs an example's code with the given library files. A syntax error gives a
 * result with that error and nothing run, as the page shows it.
 */
export async function runExample(
  example: Pick<ExampleFiles, "id" | "serverTs" | "scenario">,
  library: Record<string, string>,
  options: Omit<NodeRunOptions, "id" | "tree"> = {},
): Promise<RunResult> {
  const compiled = transpile(example.serverTs);
  if (!compiled.ok) {
    const parser = new RunStreamParser();
    const { line, column, message } = compiled.error;
    parser.addError({ phase: "syntax", message, line, column, fatal: true });
    return parser.result(example.id);
  }
  const tree = buildProjectTree({ serverJs: compiled.code, scenario: example.scenario, library });
  return runInNode({ ...options, id: example.id, tree });
}
