// The WebContainer runtime: real Node.js in the browser. Mounts the project tree that lib/sandbox/project.ts
// builds (no npm install), spawns `node harness.js --interactive` and parses its single output stream.
import type { FileSystemTree } from "@webcontainer/api";
import { INTERACTIVE_FLAG } from "../harness/harness-source";
import { buildProjectTree } from "../project";
import type { RunResult } from "../run-result";
import type { ScenarioRequest } from "../scenario";
import { transpile } from "../transpile";
import { RunRecorder } from "./run-recorder";
import { DEFAULT_TIME_LIMIT_MS, timeLimitMessage, type RunInput, type RunOptions, type SandboxRun, type SandboxRuntime } from "./runtime";

/** The part of a WebContainerProcess we use. */
export interface ContainerProcess {
  output: ReadableStream<string>;
  input: WritableStream<string>;
  exit: Promise<number>;
  kill(): void;
}

/** The part of a booted WebContainer we use (a fake one in tests). */
export interface ContainerLike {
  mount(tree: FileSystemTree, options?: { mountPoint?: string }): Promise<void>;
  spawn(command: string, args: string[], options?: { cwd?: string; output?: boolean; terminal?: { cols: number; rows: number } }): Promise<ContainerProcess>;
  fs: {
    mkdir(path: string, options: { recursive: true }): Promise<unknown>;
    rm(path: string, options?: { force?: boolean; recursive?: boolean }): Promise<void>;
  };
}

export interface WebContainerRuntimeOptions {
  container: ContainerLike;
  /** The library's package.json and built dist/ files (generated at build time). */
  library: Record<string, string>;
}

export class WebContainerRuntime implements SandboxRuntime {
  readonly kind = "webcontainer" as const;
  readonly #container: ContainerLike;
  readonly #library: Record<string, string>;
  #runs = 0;

  constructor(options: WebContainerRuntimeOptions) {
    this.#container = options.container;
    this.#library = options.library;
  }

  start(input: RunInput, options: RunOptions = {}): SandboxRun {
    const recorder = new RunRecorder(input.id, options.onItem);
    const timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    // Each run in its own folder, so that files of an earlier run never count as this one's.
    const folder = `runs/${++this.#runs}`;
    let resolveResult!: (result: RunResult) => void;
    const result = new Promise<RunResult>((resolve) => (resolveResult = resolve));
    let process: ContainerProcess | undefined;
    let writer: WritableStreamDefaultWriter<string> | undefined;
    let ended = false;
    let stopRequested = false;
    let busy: ReturnType<typeof setTimeout> | undefined;
    // The terminal may echo what we type into the harness's stdin: those lines are not the program's output.
    const echoes = new Set<string>();

    const end = () => {
      if (ended) return;
      ended = true;
      clearTimeout(busy);
      process?.kill();
      resolveResult(recorder.result());
      void this.#container.fs.rm(folder, { recursive: true, force: true }).catch(() => {});
    };
    const armBusy = () => {
      clearTimeout(busy);
      busy = setTimeout(() => {
        recorder.addError({ phase: "timeout", message: timeLimitMessage(timeLimitMs), fatal: true });
        end();
      }, timeLimitMs);
    };
    const write = (message: unknown) => {
      const line = JSON.stringify(message);
      echoes.add(line);
      void writer?.write(`${line}\n`).catch(() => {});
    };

    const run = async () => {
      const compiled = transpile(input.serverTs);
      if (!compiled.ok) {
        const { line, column, message } = compiled.error;
        recorder.addError({ phase: "syntax", message, line, column, fatal: true });
        end();
        return;
      }
      const tree = buildProjectTree({ serverJs: compiled.code, scenario: input.scenario, library: this.#library });
      await this.#container.fs.mkdir(folder, { recursive: true });
      await this.#container.mount(tree, { mountPoint: folder });
      if (ended) return;
      process = await this.#container.spawn("node", ["harness.js", INTERACTIVE_FLAG], { cwd: folder, output: true, terminal: { cols: 1000, rows: 40 } });
      if (ended) {
        process.kill();
        return;
      }
      writer = process.input.getWriter();
      const reader = process.output.getReader();
      let partial = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done || ended) break;
        const lines = (partial + value).split("\n");
        partial = lines.pop() ?? "";
        for (const line of lines) {
          const text = line.replace(/\r$/, "").trim();
          if (echoes.delete(text)) continue;
          for (const item of recorder.pushText(`${line}\n`)) if (item.type === "idle" || item.type === "end") clearTimeout(busy);
        }
      }
      if (partial !== "") recorder.pushText(partial);
      const code = await process.exit;
      if (!ended && !recorder.ended && !stopRequested) {
        recorder.addError({ phase: "harness", message: `el proceso terminó con el código ${code} sin informar del final.`, fatal: true });
      }
      end();
    };

    armBusy();
    run().catch((error: unknown) => {
      recorder.addError({ phase: "harness", message: `WebContainer no pudo ejecutar el ejemplo: ${error instanceof Error ? error.message : String(error)}`, fatal: true });
      end();
    });

    return {
      kind: this.kind,
      result,
      sendRequest: (request: ScenarioRequest) => {
        if (ended) return;
        armBusy();
        write({ type: "request", request });
      },
      stop: () => {
        if (ended) return;
        stopRequested = true;
        recorder.markStopped();
        end();
      },
      finish: () => {
        if (ended) return;
        stopRequested = true;
        write({ type: "stop" });
      },
    };
  }
}
