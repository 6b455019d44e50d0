"use client";
// The sandbox once touched: the editor, the runtime that runs the code, and the live panels.
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type ComponentType, type ReactNode, type RefObject } from "react";
import { navegadorRuntime, initialChoice, webContainerRuntime } from "../../../lib/sandbox/runtimes/browser-runtimes";
import type { RunResult } from "../../../lib/sandbox/run-result";
import type { RuntimeKind, SandboxRun, SandboxRuntime } from "../../../lib/sandbox/runtimes/runtime";
import { fallbackNotice, type RuntimeChoice } from "../../../lib/sandbox/runtimes/runtime-selection";
import type { Scenario, ScenarioRequest } from "../../../lib/sandbox/scenario";
import { challengesForExample } from "../../../content/challenges";
import type { EditorProps } from "../Editor";
import { recordChallengeRun } from "../RetoProgress";
import { RequestForm } from "./RequestForm";
import { applyItem, EMPTY_RUN, type RunView } from "./run-view";
import { RuntimeSwitch } from "./RuntimeSwitch";
import { SandboxPanels } from "./SandboxPanels";

export interface SandboxWorkspaceHandle {
  run(): void;
  stop(): void;
}

export interface SandboxWorkspaceProps {
  exampleId: string;
  code: string;
  edited: boolean;
  onCodeChange(code: string): void;
  scenario: Scenario;
  recording?: Pick<RunResult, "events" | "responses" | "console" | "files"> & { error?: string };
  staticCode: ReactNode;
  runOnMount: boolean;
  onRunningChange(running: boolean): void;
  controlRef: RefObject<SandboxWorkspaceHandle | null>;
}

export function SandboxWorkspace({ exampleId, code, edited, onCodeChange, scenario, recording, staticCode, runOnMount, onRunningChange, controlRef }: SandboxWorkspaceProps) {
  const [Editor, setEditor] = useState<ComponentType<EditorProps> | null>(null);
  const [editorReady, setEditorReady] = useState(false);
  const [choice, setChoice] = useState<RuntimeChoice | null>(null);
  const [boot, setBoot] = useState<{ elapsedMs: number; timeoutMs: number } | null>(null);
  const [view, setView] = useState<RunView>(() =>
    recording ? { ...EMPTY_RUN, events: recording.events, responses: recording.responses, console: recording.console, files: recording.files } : EMPTY_RUN,
  );
  const [hasRun, setHasRun] = useState(false);
  const viewRef = useRef(view);
  const frame = useRef(0);
  const current = useRef<{ id: number; run: SandboxRun | null }>({ id: 0, run: null });
  const codeRef = useRef(code);
  codeRef.current = code;
  const choiceRef = useRef(choice);
  choiceRef.current = choice;

  useEffect(() => {
    let cancelled = false;
    void import("../Editor").then((module) => {
      if (!cancelled) setEditor(() => module.default);
    });
    const first = initialChoice();
    setChoice(first);
    // WebContainer boots from StackBlitz's servers: only when the learner runs something, never on a visit.
    if (first.kind === "navegador") navegadorRuntime().warm();
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame.current);
      current.current.run?.stop();
      current.current = { id: current.current.id + 1, run: null };
    };
    // Once per mount: the runtime is chosen when the workspace first appears.
  }, []);

  function prepareWebContainer(retry: boolean): Promise<SandboxRuntime> {
    setBoot({ elapsedMs: 0, timeoutMs: 1 });
    return webContainerRuntime((progress) => setBoot(progress), retry).then((outcome) => {
      setBoot(null);
      if (outcome.ok) return outcome.runtime;
      setChoice({ kind: "navegador", notice: fallbackNotice(outcome.reason) });
      navegadorRuntime().warm();
      return navegadorRuntime();
    });
  }

  const commit = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      setView(viewRef.current);
    });
  }, []);

  const stop = useCallback(() => {
    current.current.run?.stop();
  }, []);

  const start = useCallback(
    async (runScenario: Scenario, extra?: ScenarioRequest) => {
      current.current.run?.stop();
      const id = current.current.id + 1;
      current.current = { id, run: null };
      setHasRun(true);
      viewRef.current = { ...EMPTY_RUN, status: "starting" };
      setView(viewRef.current);
      onRunningChange(true);
      const kind: RuntimeKind = choiceRef.current?.kind ?? "navegador";
      const runtime = kind === "webcontainer" ? await prepareWebContainer(false) : navegadorRuntime();
      if (current.current.id !== id) return;
      const run = runtime.start(
        { id: exampleId, serverTs: codeRef.current, scenario: runScenario },
        {
          onItem: (item) => {
            if (current.current.id !== id) return;
            viewRef.current = applyItem(viewRef.current, item);
            commit();
            // The scenario has been answered and its tasks have drained: check this example's Retos.
            if (item.type === "idle") checkChallenges(exampleId, viewRef.current);
          },
        },
      );
      current.current.run = run;
      if (extra) run.sendRequest(extra);
      const result = await run.result;
      if (current.current.id !== id) return;
      current.current.run = null;
      cancelAnimationFrame(frame.current);
      frame.current = 0;
      viewRef.current = { ...viewRef.current, status: "ended", ending: result.error ?? "La ejecución terminó." };
      setView(viewRef.current);
      onRunningChange(false);
    },
    // prepareWebContainer only sets state: it need not be a dependency.
    [commit, exampleId, onRunningChange],
  );

  const run = useCallback(() => void start(scenario), [start, scenario]);
  useImperativeHandle(controlRef, () => ({ run, stop }), [run, stop]);

  const autoRun = useRef(runOnMount);
  useEffect(() => {
    if (autoRun.current) {
      autoRun.current = false;
      run();
    }
  }, [run]);

  const sendRequest = (request: ScenarioRequest) => {
    const active = current.current.run;
    if (active && view.status !== "ended") active.sendRequest(request);
    else void start({ title: scenario.title, requests: [] }, request);
  };

  const switchRuntime = (kind: RuntimeKind) => {
    current.current.run?.stop();
    if (kind === "navegador") {
      setChoice({ kind, notice: "Elegiste el entorno Navegador." });
      navegadorRuntime().warm();
    } else {
      setChoice({ kind });
      void prepareWebContainer(true);
    }
  };

  const errorLine = view.errors.find((error) => error.line !== undefined);
  const errorMarker = useMemo(
    () => (errorLine ? { line: errorLine.line!, column: errorLine.column, message: errorLine.message } : null),
    [errorLine],
  );
  const live = view.status !== "idle" && view.status !== "ended";
  return (
    // data-has-run: the example then stacks its panes so that the live panels get the full width.
    <div className="grid gap-4" data-workspace data-has-run={hasRun ? "" : undefined}>
      {choice ? <RuntimeSwitch kind={choice.kind} notice={choice.notice} boot={boot} onChange={switchRuntime} /> : null}
      <figure className="min-w-0">
        <figcaption className="rounded-t-lg border border-b-0 border-line bg-surface px-3 py-1.5 text-sm font-semibold text-fg">
          server.ts {edited ? <span className="font-normal text-muted">(editado por ti; se guarda en este navegador)</span> : null}
          {!editorReady ? <span className="font-normal text-muted"> · cargando el editor…</span> : null}
        </figcaption>
        {Editor ? (
          <div className={editorReady ? undefined : "hidden"}>
            <Editor
              exampleId={exampleId}
              value={code}
              onChange={onCodeChange}
              onRun={run}
              onReady={() => setEditorReady(true)}
              errorMarker={errorMarker}
            />
          </div>
        ) : null}
        {!editorReady ? staticCode : null}
      </figure>
      <p className="text-sm text-muted" role="status" data-run-status={view.status}>
        {statusText(view, hasRun)}
      </p>
      <SandboxPanels view={view} live={live} recorded={!hasRun && recording !== undefined} request={<RequestForm initial={scenario.requests[0]} serving={view.status === "serving"} onSend={sendRequest} />} />
    </div>
  );
}

function statusText(view: RunView, hasRun: boolean): string {
  switch (view.status) {
    case "idle":
      return hasRun ? "" : "Listo para ejecutar.";
    case "starting":
      return "Arrancando…";
    case "running":
      return "Ejecutando…";
    case "serving":
      return "Las peticiones del ejemplo terminaron y sus tareas también. El servidor sigue en marcha: envía más desde Petición, o pulsa Detener.";
    case "ended":
      return view.ending ?? "La ejecución terminó.";
  }
}

/** Checks a finished scenario against every Reto that starts from this example. */
function checkChallenges(exampleId: string, view: RunView): void {
  const challenges = challengesForExample(exampleId);
  if (challenges.length === 0) return;
  const fatal = view.errors.find((error) => error.fatal);
  const run: RunResult = {
    id: exampleId,
    events: [...view.events].sort((a, b) => a.t - b.t),
    responses: view.responses,
    console: view.console,
    files: view.files,
    errors: view.errors,
    drained: true,
    unfinished: [],
    ...(fatal ? { error: fatal.message } : {}),
  };
  for (const challenge of challenges) recordChallengeRun(challenge.id, run);
}
