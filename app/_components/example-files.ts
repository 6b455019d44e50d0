import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { RunResult } from "../../lib/sandbox/run-result";
import { parseScenario as checkScenario, type Scenario } from "../../lib/sandbox/scenario";

// Everything an <Example id> shows, read from disk at build time.
// Contract: content/examples/<id>/{server.ts, fastapi.py, scenario.json} and the recording
// .generated/recordings/<id>.json written by `npm run record` (lib/sandbox/run-result.ts).

export interface ExampleFiles {
  id: string;
  /** The FastAPI original, when the example has one. */
  fastapi: string | null;
  server: string;
  scenario: Scenario;
  recording: RunResult;
}

export class ExampleFileError extends Error {
  override name = "ExampleFileError";
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ExampleFileError(`${what} is not valid JSON (${file}): ${(error as Error).message}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function parseScenario(value: unknown, file: string): Scenario {
  try {
    return checkScenario(value);
  } catch (error) {
    throw new ExampleFileError(`${file}: ${(error as Error).message}`);
  }
}

/** Checks the parts of a recording the page shows; the rest is the harness's business. */
export function parseRecording(value: unknown, file: string, id: string): RunResult {
  if (
    !isRecord(value) ||
    !Array.isArray(value.responses) ||
    !Array.isArray(value.console) ||
    !isRecord(value.files)
  ) {
    throw new ExampleFileError(`${file} is not a recording of example "${id}" (needs responses, console, files)`);
  }
  for (const response of value.responses) {
    if (!isRecord(response) || typeof response.status !== "number" || typeof response.body !== "string") {
      throw new ExampleFileError(`${file}: every response needs a numeric "status" and a string "body"`);
    }
  }
  for (const line of value.console) {
    if (!isRecord(line) || typeof line.text !== "string") {
      throw new ExampleFileError(`${file}: every console line needs "stream" and "text"`);
    }
  }
  if (value.id !== undefined && value.id !== id) {
    throw new ExampleFileError(`${file} records example "${String(value.id)}", not "${id}"`);
  }
  return value as unknown as RunResult;
}

/** Reads one example; throws (failing the build) when any required file is missing or malformed. */
export function loadExample(id: string, root: string = process.cwd()): ExampleFiles {
  if (!ID_PATTERN.test(id)) throw new ExampleFileError(`<Example id="${id}">: not a valid example id`);
  const dir = path.join(root, "content", "examples", id);
  const serverFile = path.join(dir, "server.ts");
  const scenarioFile = path.join(dir, "scenario.json");
  const fastapiFile = path.join(dir, "fastapi.py");
  const recordingFile = path.join(root, ".generated", "recordings", `${id}.json`);

  if (!existsSync(serverFile)) throw new ExampleFileError(`<Example id="${id}">: missing ${serverFile}`);
  if (!existsSync(scenarioFile)) throw new ExampleFileError(`<Example id="${id}">: missing ${scenarioFile}`);
  if (!existsSync(recordingFile)) {
    throw new ExampleFileError(
      `<Example id="${id}">: missing recording ${recordingFile}. Every example must be recorded: run \`npm run record\` before \`next build\`.`,
    );
  }

  return {
    id,
    fastapi: existsSync(fastapiFile) ? readFileSync(fastapiFile, "utf8") : null,
    server: readFileSync(serverFile, "utf8"),
    scenario: parseScenario(readJson(scenarioFile, "scenario"), scenarioFile),
    recording: parseRecording(readJson(recordingFile, "recording"), recordingFile, id),
  };
}
