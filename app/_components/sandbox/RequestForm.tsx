// Petición: one more request to the running server (method, path, query, JSON body).
import { useId, useState } from "react";
import type { ScenarioRequest } from "../../../lib/sandbox/scenario";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const field = "w-full rounded-md border border-line bg-bg px-2 py-1 font-mono text-sm text-fg";

export interface RequestFormProps {
  initial: ScenarioRequest | undefined;
  serving: boolean;
  onSend(request: ScenarioRequest): void;
}

export function RequestForm({ initial, serving, onSend }: RequestFormProps) {
  const id = useId();
  const [method, setMethod] = useState<string>(initial?.method?.toUpperCase() ?? "GET");
  const [path, setPath] = useState(initial?.path ?? "/");
  const [query, setQuery] = useState(initial?.query ? new URLSearchParams(initial.query).toString() : "");
  const [body, setBody] = useState(initial?.body === undefined ? "" : JSON.stringify(initial.body, null, 2));
  const [problem, setProblem] = useState("");

  return (
    <form
      className="grid gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (!path.startsWith("/")) {
          setProblem("La ruta debe empezar por «/».");
          return;
        }
        const request: ScenarioRequest = { method, path };
        const params = new URLSearchParams(query.replace(/^\?/, ""));
        if ([...params.keys()].length > 0) request.query = Object.fromEntries(params);
        if (body.trim() !== "") {
          try {
            request.body = JSON.parse(body);
          } catch (error) {
            setProblem(`El cuerpo no es JSON válido: ${error instanceof Error ? error.message : String(error)}`);
            return;
          }
        }
        setProblem("");
        onSend(request);
      }}
    >
      <div className="grid grid-cols-[auto_1fr] gap-2">
        <label className="text-sm text-muted" htmlFor={`${id}-method`}>
          Método
        </label>
        <select id={`${id}-method`} className={field} value={method} onChange={(event) => setMethod(event.target.value)}>
          {METHODS.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
        <label className="text-sm text-muted" htmlFor={`${id}-path`}>
          Ruta
        </label>
        <input id={`${id}-path`} className={field} value={path} onChange={(event) => setPath(event.target.value)} spellCheck={false} />
        <label className="text-sm text-muted" htmlFor={`${id}-query`}>
          Consulta
        </label>
        <input id={`${id}-query`} className={field} value={query} onChange={(event) => setQuery(event.target.value)} placeholder="q=hola&limite=5" spellCheck={false} />
        <label className="text-sm text-muted" htmlFor={`${id}-body`}>
          Cuerpo (JSON)
        </label>
        <textarea id={`${id}-body`} className={field} rows={3} value={body} onChange={(event) => setBody(event.target.value)} spellCheck={false} />
      </div>
      {problem ? (
        <p className="text-sm text-err" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="flex items-center gap-2">
        <button type="submit" className="rounded-md border border-line px-3 py-1.5 text-sm font-medium text-fg hover:bg-surface">
          Enviar petición
        </button>
        <span className="text-sm text-muted">{serving ? "El servidor está en marcha." : "Si el servidor no está en marcha, se arranca con tu código."}</span>
      </div>
    </form>
  );
}
