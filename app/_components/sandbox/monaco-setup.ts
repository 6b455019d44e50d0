// Monaco from the local package (never a CDN), its workers, and TypeScript that knows background-tasks.
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import libraryTypes from "../../../.generated/sandbox/library-types.json";
import { NODE_TYPES } from "./node-types";

export type Monaco = typeof monaco;

let configured = false;

/** Idempotent: the first editor of the page configures Monaco for all of them. */
export function setUpMonaco(): Monaco {
  if (configured) return monaco;
  configured = true;
  self.MonacoEnvironment = {
    getWorker(_workerId: string, label: string) {
      if (label === "typescript" || label === "javascript") {
        return new Worker(new URL("monaco-editor/language/typescript/ts.worker", import.meta.url), { type: "module", name: "monaco-ts" });
      }
      return new Worker(new URL("monaco-editor/editor/editor.worker", import.meta.url), { type: "module", name: "monaco-editor" });
    },
  };
  loader.config({ monaco });

  const ts = monaco.typescript;
  ts.typescriptDefaults.setCompilerOptions({
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    strict: true,
    noEmit: true,
    esModuleInterop: true,
    allowNonTsExtensions: true,
    lib: ["es2022", "dom"],
  });
  ts.typescriptDefaults.setEagerModelSync(true);
  // The library's own declarations, where Node's module resolution looks for them.
  for (const [path, text] of Object.entries(libraryTypes as Record<string, string>)) {
    ts.typescriptDefaults.addExtraLib(text, `file:///node_modules/background-tasks/${path}`);
  }
  ts.typescriptDefaults.addExtraLib(NODE_TYPES, "file:///node_modules/@types/segundo-plano-node/index.d.ts");
  return monaco;
}
