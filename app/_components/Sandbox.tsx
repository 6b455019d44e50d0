"use client";
// An example's live sandbox. This island is small: it shows the code and the buttons, keeps the
// learner's edits, and loads the workspace (editor, runtimes, panels) only when the learner touches it.
import { useCallback, useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";
import type { RunResult } from "../../lib/sandbox/run-result";
import type { Scenario } from "../../lib/sandbox/scenario";
import { readSavedCode, writeSavedCode } from "./sandbox/saved-code";
import { SandboxToolbar } from "./sandbox/SandboxToolbar";
import type { SandboxWorkspaceHandle, SandboxWorkspaceProps } from "./sandbox/SandboxWorkspace";
import { onLoadCode } from "./sandbox/load-code-event";
import { codeFromHash, shareHash } from "./sandbox/share-link";

export interface SandboxProps {
  exampleId: string;
  /** The example's editable files; server.ts is the one that runs. */
  files: { "server.ts": string };
  scenario: Scenario;
  /** The build-time run, shown in the panels until the learner runs the code. */
  recording?: Pick<RunResult, "events" | "responses" | "console" | "files"> & { error?: string };
  /** The original server.ts, highlighted on the server: shown until the editor is ready (and while unedited). */
  children?: ReactNode;
}

export function Sandbox({ exampleId, files, scenario, recording, children }: SandboxProps) {
  const original = files["server.ts"];
  const [code, setCode] = useState(original);
  const [active, setActive] = useState(false);
  const [runOnMount, setRunOnMount] = useState(false);
  const [running, setRunning] = useState(false);
  const [shareNote, setShareNote] = useState("");
  const [Workspace, setWorkspace] = useState<ComponentType<SandboxWorkspaceProps> | null>(null);
  const control = useRef<SandboxWorkspaceHandle | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // A shared link wins over a saved edit; either is restored after hydration (storage is browser-only).
  useEffect(() => {
    const shared = codeFromHash(location.hash, exampleId);
    if (shared !== null) {
      setCode(shared);
      writeSavedCode(localStorage, exampleId, shared, original);
      root.current?.scrollIntoView({ block: "start" });
      return;
    }
    const saved = readSavedCode(globalThis.localStorage, exampleId);
    if (saved !== null) setCode(saved);
  }, [exampleId, original]);

  const activate = useCallback(() => setActive(true), []);

  useEffect(() => {
    if (!active || Workspace) return;
    let cancelled = false;
    void import("./sandbox/SandboxWorkspace").then((module) => {
      if (!cancelled) setWorkspace(() => module.SandboxWorkspace);
    });
    return () => {
      cancelled = true;
    };
  }, [active, Workspace]);

  const changeCode = useCallback(
    (next: string) => {
      setCode(next);
      writeSavedCode(globalThis.localStorage, exampleId, next, original);
    },
    [exampleId, original],
  );

  // A Reto's "Cargar la solución en el editor" puts its code here; the learner then runs it.
  useEffect(
    () =>
      onLoadCode(window, exampleId, (next) => {
        changeCode(next);
        setActive(true);
        root.current?.scrollIntoView({ block: "start" });
      }),
    [exampleId, changeCode],
  );

  const edited = code !== original;
  const staticCode = edited || !children ? (
    <pre className="m-0 overflow-x-auto rounded-b-lg border border-line p-3 text-sm" tabIndex={0} aria-label="Código de server.ts">
      <code>{code}</code>
    </pre>
  ) : (
    children
  );

  return (
    <div ref={root} className="grid gap-3" data-sandbox={exampleId} onPointerEnter={activate} onPointerDown={activate} onFocusCapture={activate}>
      <SandboxToolbar
        running={running}
        edited={edited}
        shareHref={shareHash(exampleId, code)}
        shareNote={shareNote}
        onRun={() => {
          if (control.current) control.current.run();
          else {
            setRunOnMount(true);
            setActive(true);
          }
        }}
        onStop={() => control.current?.stop()}
        onReset={() => {
          changeCode(original);
          setShareNote("");
        }}
        onShare={() => {
          const hash = shareHash(exampleId, code);
          history.replaceState(null, "", hash);
          const fallback = "El enlace con tu código está en la barra de direcciones: cópialo desde ahí.";
          if (!navigator.clipboard) return setShareNote(fallback);
          navigator.clipboard.writeText(location.href).then(
            () => setShareNote("Enlace copiado. Lleva tu código tras el #, una parte de la dirección que no se envía al servidor."),
            () => setShareNote(fallback),
          );
        }}
      />
      {Workspace ? (
        <Workspace
          exampleId={exampleId}
          code={code}
          edited={edited}
          onCodeChange={changeCode}
          scenario={scenario}
          recording={recording}
          staticCode={staticCode}
          runOnMount={runOnMount}
          onRunningChange={setRunning}
          controlRef={control}
        />
      ) : (
        <figure className="min-w-0">
          <figcaption className="rounded-t-lg border border-b-0 border-line bg-surface px-3 py-1.5 text-sm font-semibold text-fg">
            server.ts {edited ? <span className="font-normal text-muted">(editado por ti; se guarda en este navegador)</span> : null}
          </figcaption>
          {staticCode}
        </figure>
      )}
    </div>
  );
}
