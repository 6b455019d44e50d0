"use client";
// The code editor: Monaco with TypeScript and the library's types. Imported lazily by the sandbox,
// never in a lesson's first load.
import MonacoEditor from "@monaco-editor/react";
import { useEffect, useRef, useState } from "react";
import { setUpMonaco } from "./sandbox/monaco-setup";

export interface EditorProps {
  /** Distinct per example: the model's path, so each editor has its own file. */
  exampleId: string;
  value: string;
  onChange(value: string): void;
  /** Ctrl/Cmd+Enter. */
  onRun(): void;
  /** A line to mark as wrong (a syntax error, the line that threw). */
  errorMarker?: { line: number; column?: number; message: string } | null;
  /** Called once the editor is ready to type in. */
  onReady?(): void;
}

const monaco = setUpMonaco();

function isDark(): boolean {
  return document.documentElement.classList.contains("dark");
}

export default function Editor({ exampleId, value, onChange, onRun, errorMarker, onReady }: EditorProps) {
  const runRef = useRef(onRun);
  runRef.current = onRun;
  const [dark, setDark] = useState(isDark);
  const editorRef = useRef<import("monaco-editor").editor.IStandaloneCodeEditor | null>(null);

  useEffect(() => {
    const observer = new MutationObserver(() => setDark(isDark()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      "segundo-plano",
      errorMarker
        ? [{ severity: monaco.MarkerSeverity.Error, message: errorMarker.message, startLineNumber: errorMarker.line, startColumn: errorMarker.column ?? 1, endLineNumber: errorMarker.line, endColumn: errorMarker.column ? errorMarker.column + 1 : model.getLineMaxColumn(errorMarker.line) }]
        : [],
    );
  }, [errorMarker]);

  const lines = value.split("\n").length;
  return (
    <>
    <div className="overflow-hidden rounded-b-lg border border-line" style={{ height: `${Math.min(Math.max(lines + 2, 8), 40) * 19 + 16}px` }}>
      <MonacoEditor
        path={`file:///${exampleId}/server.ts`}
        defaultLanguage="typescript"
        value={value}
        theme={dark ? "vs-dark" : "vs"}
        onChange={(next) => onChange(next ?? "")}
        onMount={(editor) => {
          editorRef.current = editor;
          editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => runRef.current());
          // No keyboard trap: Tab passes through the editor until the learner edits; Esc releases it again.
          const tabMoves = (on: boolean) => editor.updateOptions({ tabFocusMode: on });
          editor.onDidChangeModelContent(() => tabMoves(false));
          editor.onDidBlurEditorWidget(() => tabMoves(true));
          editor.onKeyDown((event) => {
            if (event.keyCode === monaco.KeyCode.Escape) tabMoves(true);
          });
          onReady?.();
        }}
        loading={<pre className="m-0 p-3 text-sm">{value}</pre>}
        options={{
          ariaLabel: "Código de server.ts (editable). Ctrl+Intro o Cmd+Intro lo ejecuta. Mientras escribes, Tab sangra; pulsa Esc y luego Tab para salir del editor.",
          tabFocusMode: true,
          fontFamily: "var(--font-mono, ui-monospace, monospace)",
          fontSize: 14,
          lineHeight: 19,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          automaticLayout: true,
          tabSize: 2,
          padding: { top: 8, bottom: 8 },
          fixedOverflowWidgets: true,
        }}
      />
    </div>
    <p className="mt-1 text-xs text-muted">
      <kbd>Ctrl</kbd>+<kbd>Intro</kbd> ejecuta. Mientras escribes, <kbd>Tab</kbd> sangra el código; pulsa <kbd>Esc</kbd> y después <kbd>Tab</kbd> para salir del editor.
    </p>
    </>
  );
}
