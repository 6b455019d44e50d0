// Routes with FastAPI's path syntax: "/items/{item_id}" and "/files/{file_path:path}".

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

type ParamName<S extends string> = S extends `${infer Name}:${string}` ? Name : S;
type ParamNames<Path extends string> = Path extends `${string}{${infer Param}}${infer Rest}`
  ? ParamName<Param> | ParamNames<Rest>
  : never;

/** `{ email: string }` for `"/send-notification/{email}"`. */
export type PathParams<Path extends string> = { [K in ParamNames<Path>]: string };

export interface CompiledPath {
  pattern: string;
  /** Exact match for paths without parameters (the fast path). */
  literal: string | null;
  regex: RegExp | null;
  names: string[];
}

const PARAM = /\{([A-Za-z_][A-Za-z0-9_]*)(?::(path|str|int))?\}/g;

export function compilePath(pattern: string): CompiledPath {
  if (!pattern.startsWith("/")) throw new Error(`La ruta "${pattern}" debe empezar por "/"`);
  const names: string[] = [];
  let source = "";
  let last = 0;
  for (const match of pattern.matchAll(PARAM)) {
    const [whole, name, converter] = match;
    if (names.includes(name!)) throw new Error(`La ruta "${pattern}" repite el parámetro "${name}"`);
    names.push(name!);
    source += escapeRegex(pattern.slice(last, match.index)) + (converter === "path" ? "(.+)" : converter === "int" ? "(-?\\d+)" : "([^/]+)");
    last = match.index! + whole.length;
  }
  if (names.length === 0) return { pattern, literal: pattern, regex: null, names };
  source += escapeRegex(pattern.slice(last));
  return { pattern, literal: null, regex: new RegExp(`^${source}$`), names };
}

/** The decoded parameters when `path` matches, else `null`. */
export function matchPath(compiled: CompiledPath, path: string): Record<string, string> | null {
  if (compiled.literal !== null) return compiled.literal === path ? {} : null;
  const match = compiled.regex!.exec(path);
  if (!match) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < compiled.names.length; i++) params[compiled.names[i]!] = safeDecode(match[i + 1]!);
  return params;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
