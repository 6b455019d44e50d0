// The exact project folder a run mounts (WebContainer) or writes (Node): a pure function of its inputs.
import type { DirectoryNode, FileNode, FileSystemTree } from "@webcontainer/api";
import { clientSource } from "./harness/client-source";
import { harnessSource } from "./harness/harness-source";
import type { Scenario } from "./scenario";

export interface ProjectInput {
  /** The learner's server.ts, already transpiled to ESM JavaScript. */
  serverJs: string;
  scenario: Scenario;
  /**
   * The library's package by relative path: "package.json" and the built "dist/…" files.
   * Mounted at node_modules/background-tasks/.
   */
  library: Record<string, string>;
}

export const PROJECT_PACKAGE_JSON = `${JSON.stringify({ type: "module" }, null, 2)}\n`;

/** package.json, node_modules/background-tasks/, server.js, harness.js, client.js, scenario.json. */
export function buildProjectTree({ serverJs, scenario, library }: ProjectInput): FileSystemTree {
  if (!("package.json" in library)) throw new Error("library needs its package.json");
  if (!Object.keys(library).some((path) => path.startsWith("dist/"))) throw new Error("library needs its built dist/ files");
  return {
    "package.json": file(PROJECT_PACKAGE_JSON),
    node_modules: { directory: { "background-tasks": { directory: treeOf(library) } } },
    "server.js": file(serverJs),
    "harness.js": file(harnessSource),
    "client.js": file(clientSource),
    "scenario.json": file(`${JSON.stringify(scenario, null, 2)}\n`),
  };
}

/** Every file of a tree by its path ("node_modules/background-tasks/dist/index.js"), for writing it out. */
export function flattenTree(tree: FileSystemTree, prefix = ""): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  for (const [name, node] of Object.entries(tree)) {
    const path = prefix + name;
    if ("directory" in node) Object.assign(files, flattenTree(node.directory, `${path}/`));
    else if ("contents" in node.file) files[path] = node.file.contents;
  }
  return files;
}

function file(contents: string): FileNode {
  return { file: { contents } };
}

function treeOf(files: Record<string, string>): FileSystemTree {
  const root: FileSystemTree = {};
  for (const path of Object.keys(files).sort()) {
    const parts = path.split("/");
    if (parts.some((part) => part === "" || part === "." || part === "..")) throw new Error(`invalid library path: ${path}`);
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      const existing = dir[part];
      if (existing !== undefined && !("directory" in existing)) throw new Error(`library path clash at ${part}`);
      const node: DirectoryNode = existing ?? { directory: {} };
      dir[part] = node;
      dir = node.directory;
    }
    dir[parts[parts.length - 1]!] = file(files[path]!);
  }
  return root;
}
