// Runs a project tree with real Node: writes it to a temporary folder and spawns `node harness.js`.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { FileSystemTree } from "@webcontainer/api";
import { DRAIN_FLAG, INTERACTIVE_FLAG } from "./harness/harness-source";
import { flattenTree } from "./project";
import { RunStreamParser, type RunResult, type StreamItem } from "./run-result";
import type { ScenarioRequest } from "./scenario";

export interface NodeRunOptions {
  /** The example's id, copied into the result. */
  id: string;
  tree: FileSystemTree;
  /** The run is killed when it has not ended after this long (default 20 s). */
  timeoutMs?: number;
  /** How long the harness's `app.close()` may wait for tasks at the end (default 10 s). */
  drainMs?: number;
  /** Keep serving requests sent with `send()` until `stop()`. */
  interactive?: boolean;
  /** Every harness message and console line, as it arrives. */
  onItem?: (item: StreamItem) => void;
  /** Keep the temporary folder (for debugging). */
  keepFolder?: boolean;
}

export interface NodeRun {
  /** Resolves once the process has exited, whatever the reason. */
  readonly result: Promise<RunResult>;
  /** The folder the project was written to. */
  readonly folder: string;
  /** Sends another request to the running server. */
  send(request: ScenarioRequest): void;
  /** Asks the harness to finish: drain the tasks, report, exit. */
  stop(): void;
  /** Kills the run at once (harness and client). */
  kill(): void;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

export function timeLimitMessage(timeoutMs: number): string {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return `La ejecución superó el límite de ${seconds} s y se detuvo. ¿Hay un bucle infinito o una tarea que nunca termina?`;
}

/** Writes every file of the tree under `folder`. */
export function writeTree(tree: FileSystemTree, folder: string): void {
  for (const [path, contents] of Object.entries(flattenTree(tree))) {
    const target = join(folder, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contents);
  }
}

export function startNodeRun(options: NodeRunOptions): NodeRun {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const folder = mkdtempSync(join(tmpdir(), "segundo-plano-"));
  writeTree(options.tree, folder);

  const args = ["harness.js"];
  if (options.interactive) args.push(INTERACTIVE_FLAG);
  if (options.drainMs !== undefined) args.push(`${DRAIN_FLAG}${options.drainMs}`);
  // Its own process group, so that a kill also reaches the client process.
  const child = spawn(process.execPath, args, { cwd: folder, stdio: ["pipe", "pipe", "pipe"], detached: true });
  const parser = new RunStreamParser(options.onItem);
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => parser.push(chunk, "stdout"));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => parser.push(chunk, "stderr"));
  child.stdin.on("error", () => {
    // The harness may exit before reading everything we wrote.
  });

  const killGroup = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup();
  }, timeoutMs);

  const result = new Promise<RunResult>((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      killGroup(); // the client, should it still be alive
      parser.end();
      if (timedOut) parser.addError({ phase: "timeout", message: timeLimitMessage(timeoutMs), fatal: true });
      else if (!parser.ended) {
        const how = signal ? `la señal ${signal}` : `el código ${code}`;
        parser.addError({ phase: "harness", message: `el proceso terminó con ${how} sin informar del final.`, fatal: true });
      }
      if (!options.keepFolder) rmSync(folder, { recursive: true, force: true });
      resolve(parser.result(options.id));
    });
  });

  const write = (message: unknown) => {
    if (child.stdin.writable) child.stdin.write(`${JSON.stringify(message)}\n`);
  };
  return {
    result,
    folder,
    send: (request) => write({ type: "request", request }),
    stop: () => write({ type: "stop" }),
    kill: killGroup,
  };
}

/** Runs the scenario to its end and returns what it produced. */
export function runInNode(options: NodeRunOptions): Promise<RunResult> {
  return startNodeRun(options).result;
}
