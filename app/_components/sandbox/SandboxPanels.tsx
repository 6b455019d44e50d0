// The live run's panels, each a labelled region: Respuesta, Consola, Archivos, Eventos, Petición, and the timeline.
import { useId, type ReactNode } from "react";
import { formatRunError } from "../../../lib/sandbox/run-result";
import { displayBody, statusLine } from "../http-status";
import { Timeline } from "../Timeline";
import { TimelineTable } from "../TimelineTable";
import { errorTitle, type RunView } from "./run-view";

function Panel({ title, children, wide = false }: { title: string; children: ReactNode; wide?: boolean }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={`min-w-0 ${wide ? "@[56rem]:col-span-2" : ""}`}>
      <h3 id={id} className="mb-1.5 text-sm font-semibold tracking-wide text-muted uppercase">
        {title}
      </h3>
      {children}
    </section>
  );
}

export interface SandboxPanelsProps {
  view: RunView;
  live: boolean;
  /** Shown above the panels when they hold the build-time recording rather than a live run. */
  recorded: boolean;
  request: ReactNode;
}

export function SandboxPanels({ view, live, recorded, request }: SandboxPanelsProps) {
  const fatal = view.errors.filter((error) => error.fatal);
  const others = view.errors.filter((error) => !error.fatal);
  return (
    <div className="grid gap-4 @[56rem]:grid-cols-2">
      {recorded ? <p className="text-sm text-muted @[56rem]:col-span-2">Resultado grabado al construir el sitio. Pulsa Ejecutar (o Ctrl+Intro en el editor) para verlo en directo.</p> : null}
      {view.errors.length > 0 || (view.ending && view.status === "ended") ? (
        <div role="alert" className="rounded-lg border border-err p-3 text-sm @[56rem]:col-span-2" data-run-errors="">
          <ul className="space-y-1">
            {[...fatal, ...others].map((error, index) => (
              <li key={index}>
                <strong className="text-err">{errorTitle(error)}.</strong> {formatRunError(error)}
              </li>
            ))}
            {view.ending && fatal.length === 0 ? <li className="text-muted">{view.ending}</li> : null}
          </ul>
        </div>
      ) : null}

      <Panel title="Respuesta">
        {view.responses.length === 0 ? (
          <p className="text-sm text-muted">{live ? "Esperando respuestas…" : "Todavía no hay respuestas."}</p>
        ) : (
          <ol className="space-y-3">
            {view.responses.map((response, index) => (
              <li key={`${response.requestId}-${index}`} className="min-w-0">
                <pre tabIndex={0} className="text-sm" data-request-id={response.requestId}>
                  <span className="text-muted">{`${response.method} ${response.path}`}</span>
                  {"\n"}
                  <strong className={response.status >= 400 ? "text-err" : "text-fg"}>{statusLine(response.status)}</strong>
                  {"\n"}
                  {Object.entries(response.headers)
                    .map(([name, value]) => `${name}: ${value}`)
                    .join("\n")}
                  {"\n\n"}
                  {displayBody(response.body, response.headers["content-type"])}
                </pre>
              </li>
            ))}
          </ol>
        )}
      </Panel>

      <Panel title="Consola">
        {view.console.length === 0 ? (
          <p className="text-sm text-muted">Nada en la consola.</p>
        ) : (
          <pre tabIndex={0} className="text-sm">
            {view.console.map((line, index) => (
              <span key={index} className={line.stream === "stderr" ? "text-err" : undefined}>
                {line.text.endsWith("\n") ? line.text : `${line.text}\n`}
              </span>
            ))}
          </pre>
        )}
      </Panel>

      <Panel title="Archivos">
        {Object.keys(view.files).length === 0 ? (
          <p className="text-sm text-muted">Ningún archivo escrito.</p>
        ) : (
          <ul className="space-y-3">
            {Object.entries(view.files).map(([name, contents]) => (
              <li key={name} className="min-w-0">
                <figure>
                  <figcaption className="mb-1 font-mono text-sm text-fg">{name}</figcaption>
                  <pre tabIndex={0} className="text-sm" data-file={name}>
                    {contents === "" ? "(vacío)" : contents}
                  </pre>
                </figure>
              </li>
            ))}
          </ul>
        )}
      </Panel>

      <Panel title="Petición">{request}</Panel>

      <Panel title="Eventos" wide>
        <TimelineTable events={view.events} live={live} />
      </Panel>

      <div className="min-w-0 @[56rem]:col-span-2">
        {/* Its text alternative is the Eventos table just above. */}
        <Timeline events={view.events} live={live} table={false} />
      </div>
    </div>
  );
}
