// The subset of node:fs that the Navegador runtime offers: text files in memory, sync and promise APIs.

type Data = string | Uint8Array;
type Encoding = string | { encoding?: string | null; flag?: string } | null | undefined;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** What readFileSync returns without an encoding: bytes whose toString() gives the text, like a Buffer. */
export class FileBytes extends Uint8Array {
  override toString(): string {
    return decoder.decode(this);
  }
}

/** A Node-style error (`code`, `syscall`, `path`) so that learner code checking `error.code` works. */
export class FsError extends Error {
  readonly code: string;
  readonly syscall: string;
  readonly path: string;

  constructor(code: "ENOENT" | "EEXIST" | "EISDIR" | "ENOTDIR" | "ENOTEMPTY", syscall: string, path: string) {
    const text = { ENOENT: "no such file or directory", EEXIST: "file already exists", EISDIR: "illegal operation on a directory", ENOTDIR: "not a directory", ENOTEMPTY: "directory not empty" }[code];
    super(`${code}: ${text}, ${syscall} '${path}'`);
    this.name = "Error";
    this.code = code;
    this.syscall = syscall;
    this.path = path;
  }
}

type Entry = { type: "file"; text: string } | { type: "dir" };

/** Files relative to the project folder ("log.txt", "out/a.txt"); "/" is the project folder itself. */
export class MemoryFs {
  readonly #entries = new Map<string, Entry>([["", { type: "dir" }]]);

  writeFileSync = (path: string, data: Data, options?: Encoding): void => {
    const flag = typeof options === "object" && options !== null ? options.flag : undefined;
    if (flag?.startsWith("a")) this.appendFileSync(path, data);
    else this.#write("open", path, text(data), false);
  };

  appendFileSync = (path: string, data: Data): void => {
    this.#write("open", path, text(data), true);
  };

  readFileSync = (path: string, options?: Encoding): string | FileBytes => {
    const key = normalize(path);
    const entry = this.#entries.get(key);
    if (!entry) throw new FsError("ENOENT", "open", path);
    if (entry.type === "dir") throw new FsError("EISDIR", "read", path);
    const encoding = typeof options === "string" ? options : options?.encoding;
    return encoding ? entry.text : new FileBytes(encoder.encode(entry.text));
  };

  existsSync = (path: string): boolean => this.#entries.has(normalize(path));

  mkdirSync = (path: string, options?: { recursive?: boolean }): string | undefined => {
    const key = normalize(path);
    const existing = this.#entries.get(key);
    if (existing) {
      if (options?.recursive && existing.type === "dir") return undefined;
      throw new FsError("EEXIST", "mkdir", path);
    }
    const parent = parentOf(key);
    if (!this.#entries.has(parent)) {
      if (!options?.recursive) throw new FsError("ENOENT", "mkdir", path);
      this.mkdirSync(parent, { recursive: true });
    }
    this.#entries.set(key, { type: "dir" });
    return options?.recursive ? path : undefined;
  };

  readdirSync = (path: string): string[] => {
    const key = normalize(path);
    const entry = this.#entries.get(key);
    if (!entry) throw new FsError("ENOENT", "scandir", path);
    if (entry.type !== "dir") throw new FsError("ENOTDIR", "scandir", path);
    return [...this.#entries.keys()].filter((name) => name !== "" && parentOf(name) === key).map((name) => name.slice(key === "" ? 0 : key.length + 1)).sort();
  };

  unlinkSync = (path: string): void => {
    const key = normalize(path);
    const entry = this.#entries.get(key);
    if (!entry) throw new FsError("ENOENT", "unlink", path);
    if (entry.type === "dir") throw new FsError("EISDIR", "unlink", path);
    this.#entries.delete(key);
  };

  rmSync = (path: string, options?: { recursive?: boolean; force?: boolean }): void => {
    const key = normalize(path);
    const entry = this.#entries.get(key);
    if (!entry) {
      if (options?.force) return;
      throw new FsError("ENOENT", "rm", path);
    }
    if (entry.type === "dir") {
      const children = [...this.#entries.keys()].filter((name) => name.startsWith(`${key}/`));
      if (children.length > 0 && !options?.recursive) throw new FsError("ENOTEMPTY", "rm", path);
      for (const child of children) this.#entries.delete(child);
    }
    if (key !== "") this.#entries.delete(key);
  };

  /** node:fs/promises: the same operations, asynchronous. */
  readonly promises = {
    writeFile: async (path: string, data: Data, options?: Encoding) => this.writeFileSync(path, data, options),
    appendFile: async (path: string, data: Data) => this.appendFileSync(path, data),
    readFile: async (path: string, options?: Encoding) => this.readFileSync(path, options),
    mkdir: async (path: string, options?: { recursive?: boolean }) => this.mkdirSync(path, options),
    readdir: async (path: string) => this.readdirSync(path),
    unlink: async (path: string) => this.unlinkSync(path),
    rm: async (path: string, options?: { recursive?: boolean; force?: boolean }) => this.rmSync(path, options),
    access: async (path: string) => {
      if (!this.existsSync(path)) throw new FsError("ENOENT", "access", path);
    },
  };

  /** The node:fs module the learner's code gets (with `promises`, as Node has). */
  module(): Record<string, unknown> {
    const { writeFileSync, appendFileSync, readFileSync, existsSync, mkdirSync, readdirSync, unlinkSync, rmSync, promises } = this;
    return { writeFileSync, appendFileSync, readFileSync, existsSync, mkdirSync, readdirSync, unlinkSync, rmSync, promises };
  }

  /** Every file by its path, in path order, as the harness reports the files a run wrote. */
  snapshot(maxFiles = 50, maxChars = 100_000): Record<string, string> {
    const files: Record<string, string> = {};
    const paths = [...this.#entries].filter(([, entry]) => entry.type === "file").map(([path]) => path).sort();
    for (const path of paths.slice(0, maxFiles)) {
      const entry = this.#entries.get(path) as { type: "file"; text: string };
      files[path] = entry.text.length > maxChars ? `${entry.text.slice(0, maxChars)}\n[… recortado …]` : entry.text;
    }
    return files;
  }

  #write(syscall: string, path: string, data: string, append: boolean): void {
    const key = normalize(path);
    if (key === "") throw new FsError("EISDIR", syscall, path);
    const existing = this.#entries.get(key);
    if (existing?.type === "dir") throw new FsError("EISDIR", syscall, path);
    const parent = this.#entries.get(parentOf(key));
    if (!parent) throw new FsError("ENOENT", syscall, path);
    if (parent.type !== "dir") throw new FsError("ENOTDIR", syscall, path);
    this.#entries.set(key, { type: "file", text: append && existing ? existing.text + data : data });
  }
}

function text(data: Data): string {
  if (typeof data === "string") return data;
  if (data instanceof Uint8Array) return decoder.decode(data);
  return String(data);
}

/** "./a/../b.txt" → "b.txt"; "/b.txt" → "b.txt" (the project folder is the root). */
function normalize(path: string | URL): string {
  const raw = typeof path === "string" ? path : path instanceof URL ? path.pathname : String(path);
  const parts: string[] = [];
  for (const part of raw.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}

function parentOf(key: string): string {
  const at = key.lastIndexOf("/");
  return at < 0 ? "" : key.slice(0, at);
}
