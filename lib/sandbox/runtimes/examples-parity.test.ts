// For every example: the exact tree WebContainer would mount, run with real Node, and the Navegador
// runtime must give the same event kinds per request, the same responses and the same files.
import { describe, expect, it } from "vitest";
import type { RunResult } from "../run-result";
import { listExampleIds, readExample, runExample } from "../example-project";
import { readLibraryFiles } from "../library-files";
import { NavegadorRuntime } from "./navegador-runtime";
import { createNodeThreadWorker } from "./node-thread-worker";

const library = readLibraryFiles();
const ids = listExampleIds();
const navegador = new NavegadorRuntime({ createWorker: createNodeThreadWorker });
/** Examples that need Node modules the worker does not have: Navegador must say so and point to WebContainer. */
const NODE_ONLY = /from "node:(?!fs")(?!fs\/promises")[^"]+"/;

function runInNavegador(id: string, serverTs: string, scenario: ReturnType<typeof readExample>["scenario"]): Promise<RunResult> {
  const run = navegador.start({ id, serverTs, scenario }, { timeLimitMs: 20_000, onItem: (item) => item.type === "idle" && run.finish() });
  return run.result;
}

/** What both runtimes must agree on. Timing differs; order within a request and the outcome must not. */
function outcome(result: RunResult) {
  // The client is another process (thread) than the server: its events interleave with the server's by timing.
  const serverKinds: Record<string, string[]> = {};
  const clientKinds: Record<string, string[]> = {};
  for (const event of result.events) {
    if (event.kind === "log") continue;
    const into = event.kind.startsWith("client.") ? clientKinds : serverKinds;
    (into[event.requestId] ??= []).push(event.kind);
  }
  return {
    serverKinds,
    clientKinds,
    responses: result.responses.map(({ requestId, method, path, status, headers, body }) => ({ requestId, method, path, status, contentType: headers["content-type"], body })),
    files: result.files,
    errors: result.errors.map(({ phase, message, line, requestId }) => ({ phase, message, line, requestId })),
    drained: result.drained,
    error: result.error,
  };
}

describe("WebContainer's tree in Node and the Navegador runtime agree", () => {
  it("there are examples", () => expect(ids.length).toBeGreaterThan(0));

  it.each(ids)("%s", async (id) => {
    const example = readExample(id);
    const [node, browser] = await Promise.all([runExample(example, library), runInNavegador(id, example.serverTs, example.scenario)]);
    if (NODE_ONLY.test(example.serverTs)) {
      expect(node.error).toBeUndefined();
      expect(browser.error).toMatch(/El entorno Navegador no tiene el módulo «node:[a-z_/]+».*cambia el entorno a WebContainer/);
      return;
    }
    expect(node.error).toBeUndefined();
    expect(outcome(browser)).toEqual(outcome(node));
  }, 60_000);
});
