// A fake WebContainer for tests: records what is mounted and spawned; each spawned process's output is scripted.
import type { FileSystemTree } from "@webcontainer/api";
import type { ContainerLike, ContainerProcess } from "./webcontainer-runtime";

export interface FakeProcess extends ContainerProcess {
  command: string;
  args: string[];
  cwd: string | undefined;
  /** Everything written to its stdin. */
  readonly typed: string[];
  killed: boolean;
  /** Pushes output as the terminal would deliver it. */
  print(chunk: string): void;
  exitWith(code: number): void;
}

export class FakeWebContainer implements ContainerLike {
  readonly mounts: { tree: FileSystemTree; mountPoint: string | undefined }[] = [];
  readonly processes: FakeProcess[] = [];
  readonly folders: string[] = [];
  readonly removed: string[] = [];
  /** Called with each new process, to script its output. */
  onSpawn: (process: FakeProcess) => void = () => {};

  readonly fs = {
    mkdir: async (path: string) => {
      this.folders.push(path);
      return path;
    },
    rm: async (path: string) => {
      this.removed.push(path);
    },
  };

  async mount(tree: FileSystemTree, options?: { mountPoint?: string }): Promise<void> {
    this.mounts.push({ tree, mountPoint: options?.mountPoint });
  }

  async spawn(command: string, args: string[], options?: { cwd?: string }): Promise<ContainerProcess> {
    let push!: (chunk: string) => void;
    let close!: () => void;
    const output = new ReadableStream<string>({
      start(controller) {
        push = (chunk) => controller.enqueue(chunk);
        close = () => {
          try {
            controller.close();
          } catch {
            // Already closed.
          }
        };
      },
    });
    let exitWith!: (code: number) => void;
    const exit = new Promise<number>((resolve) => (exitWith = resolve));
    const typed: string[] = [];
    const process: FakeProcess = {
      command,
      args,
      cwd: options?.cwd,
      typed,
      killed: false,
      output,
      input: new WritableStream<string>({ write: (chunk) => void typed.push(chunk) }),
      exit,
      kill: () => {
        process.killed = true;
        close();
        exitWith(137);
      },
      print: (chunk) => push(chunk),
      exitWith: (code) => {
        close();
        exitWith(code);
      },
    };
    this.processes.push(process);
    this.onSpawn(process);
    return process;
  }
}
