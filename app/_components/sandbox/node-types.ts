// Declarations the editor's TypeScript gets for Node's modules: node:fs in full detail (what the examples
// use and the Navegador runtime offers), any other node: module loosely (WebContainer runs them).
export const NODE_TYPES = `
declare module "node:fs" {
  type Data = string | Uint8Array;
  type Options = BufferEncoding | { encoding?: BufferEncoding | null; flag?: string } | null;
  type BufferEncoding = "utf8" | "utf-8" | "ascii" | "latin1" | "base64" | "hex";
  export function writeFileSync(path: string, data: Data, options?: Options): void;
  export function appendFileSync(path: string, data: Data, options?: Options): void;
  export function readFileSync(path: string, options: BufferEncoding | { encoding: BufferEncoding }): string;
  export function readFileSync(path: string): Uint8Array;
  export function existsSync(path: string): boolean;
  export function mkdirSync(path: string, options?: { recursive?: boolean }): string | undefined;
  export function readdirSync(path: string): string[];
  export function unlinkSync(path: string): void;
  export function rmSync(path: string, options?: { recursive?: boolean; force?: boolean }): void;
  export const promises: typeof import("node:fs/promises");
}
declare module "node:fs/promises" {
  type Data = string | Uint8Array;
  type BufferEncoding = "utf8" | "utf-8" | "ascii" | "latin1" | "base64" | "hex";
  export function writeFile(path: string, data: Data, options?: BufferEncoding | { encoding?: BufferEncoding; flag?: string }): Promise<void>;
  export function appendFile(path: string, data: Data, options?: BufferEncoding | { encoding?: BufferEncoding }): Promise<void>;
  export function readFile(path: string, options: BufferEncoding | { encoding: BufferEncoding }): Promise<string>;
  export function readFile(path: string): Promise<Uint8Array>;
  export function mkdir(path: string, options?: { recursive?: boolean }): Promise<string | undefined>;
  export function readdir(path: string): Promise<string[]>;
  export function unlink(path: string): Promise<void>;
  export function rm(path: string, options?: { recursive?: boolean; force?: boolean }): Promise<void>;
  export function access(path: string): Promise<void>;
}
declare module "fs" { export * from "node:fs"; }
declare module "fs/promises" { export * from "node:fs/promises"; }
declare module "node:*";
declare var process: { env: Record<string, string | undefined>; argv: string[]; exit(code?: number): never };
declare function require(id: string): any;
`;
