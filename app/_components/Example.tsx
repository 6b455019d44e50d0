import type { ReactNode } from "react";
import { CodeBlock } from "./CodeBlock";
import { loadExample } from "./example-files";
import { displayBody, statusLine } from "./http-status";
import { Sandbox } from "./Sandbox";
import { Timeline } from "./Timeline";

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

/** The harness names the scenario's requests r1, r2… in order, even when they go out concurrently. */
function scenarioIndex(requestId: string, fallback: number): number {
  const match = /^r(\d+)$/.exec(requestId);
  return match ? Number(match[1]) - 1 : fallback;
}

function CodePane({ label, children }: { label: string; children: ReactNode }) {
  return (
    <figure className="min-w-0">
      <figcaption className="rounded-t-lg border border-b-0 border-line bg-surface px-3 py-1.5 text-sm font-semibold text-fg">
        {label}
      </figcaption>
      {children}
    </figure>
  );
}

function RunPart({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="min-w-0">
      <p id={id} className="mb-1.5 text-sm font-semibold tracking-wide text-muted uppercase">
        {title}
      </p>
      {children}
    </section>
  );
}

/**
 * One example of the course: the FastAPI original beside its TypeScript port, then what the
 * recorded run (`npm run record`, real Node + background-tasks) answered, printed and wrote.
 * Everything is read and rendered at build time, so the page is complete without JavaScript.
 */
export async function Example({ id }: { id: string }) {
  const { fastapi, server, scenario, recording } = loadExample(id);
  const prefix = `ejemplo-${id}`;

  return (
    <section
      aria-labelledby={`${prefix}-titulo`}
      className="not-prose @container my-8 rounded-xl border border-line p-3 sm:p-4"
      data-example={id}
    >
      <p id={`${prefix}-titulo`} className="mb-3 font-semibold text-fg">
        <span className="text-muted">Ejemplo: </span>
        {scenario.title}
      </p>

      <div className={fastapi === null ? "example-code grid gap-4" : "example-code grid gap-4 @[56rem]:grid-cols-2"}>
        {fastapi !== null ? (
          <CodePane label="FastAPI (Python)">
            <CodeBlock code={fastapi} lang="python" />
          </CodePane>
        ) : null}
        <CodePane label="TypeScript con background-tasks">
          <Sandbox exampleId={id} files={{ "server.ts": server }} scenario={scenario}>
            <CodeBlock code={server} lang="typescript" />
          </Sandbox>
        </CodePane>
      </div>

      <p id={`${prefix}-grabada`} className="mt-6 mb-3 font-semibold text-fg">
        Ejecución grabada <span className="font-normal text-muted">(el código original, ejecutado con Node.js al construir el curso)</span>
      </p>
      <div className="grid gap-4 @[56rem]:grid-cols-2" aria-labelledby={`${prefix}-grabada`} role="group">
        <RunPart id={`${prefix}-respuesta`} title="Respuesta">
          {recording.responses.length === 0 ? (
            <p className="text-sm text-muted">La ejecución no recibió ninguna respuesta.</p>
          ) : (
            <ol className="space-y-3">
              {recording.responses.map((response, index) => {
                const label = scenario.requests[scenarioIndex(response.requestId, index)]?.label;
                return (
                  <li key={`${response.requestId}-${index}`} className="min-w-0">
                    {label ? <p className="mb-1 text-sm text-fg">{label}</p> : null}
                    <pre tabIndex={0} className="text-sm">
                      <span className="text-muted">{`${response.method} ${response.path}`}</span>
                      {"\n"}
                      <strong className={response.status >= 400 ? "text-err" : "text-fg"}>
                        {statusLine(response.status)}
                      </strong>
                      {"\n"}
                      {displayBody(response.body, headerValue(response.headers, "content-type"))}
                    </pre>
                  </li>
                );
              })}
            </ol>
          )}
        </RunPart>

        <RunPart id={`${prefix}-consola`} title="Consola">
          {recording.console.length === 0 && recording.error === undefined ? (
            <p className="text-sm text-muted">La ejecución no escribió nada en la consola.</p>
          ) : (
            <pre tabIndex={0} className="text-sm">
              {recording.console.map((line, index) => (
                <span key={index} className={line.stream === "stderr" ? "text-err" : undefined}>
                  {line.text.endsWith("\n") ? line.text : `${line.text}\n`}
                </span>
              ))}
              {recording.error !== undefined ? (
                <span className="text-err">{`La ejecución terminó con un error: ${recording.error}\n`}</span>
              ) : null}
            </pre>
          )}
        </RunPart>

        <RunPart id={`${prefix}-archivos`} title="Archivos">
          {Object.keys(recording.files).length === 0 ? (
            <p className="text-sm text-muted">La ejecución no escribió ningún archivo.</p>
          ) : (
            <ul className="space-y-3">
              {Object.entries(recording.files).map(([name, contents]) => (
                <li key={name} className="min-w-0">
                  <figure>
                    <figcaption className="mb-1 font-mono text-sm text-fg">{name}</figcaption>
                    <pre tabIndex={0} className="text-sm">
                      {contents === "" ? "(vacío)" : contents}
                    </pre>
                  </figure>
                </li>
              ))}
            </ul>
          )}
        </RunPart>
      </div>
      <div className="mt-5" data-recorded-timeline={id}>
        <Timeline events={recording.events} />
      </div>
    </section>
  );
}
