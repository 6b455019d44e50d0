// console.log's text in the Navegador runtime: a small util.format, and errors shown with the learner's lines.

/** The learner's module as it appears in stacks (the worker evaluates it under this name). */
export const SERVER_SCRIPT = "server.js";

/** The 1-based line (and column) in server.ts of the innermost frame of the learner's code. */
export function locateInServer(error: unknown): { line?: number; column?: number } {
  const stack = error instanceof Error && typeof error.stack === "string" ? error.stack : "";
  const match = /server\.js:(\d+):(\d+)/.exec(stack);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : {};
}

/** "Error: message" and only the frames of the learner's file, as "    at fn (server.ts:7)" — like the harness. */
export function describeError(error: Error): string {
  const head = `${error.name || "Error"}: ${error.message}`;
  const frames: string[] = [];
  for (const line of String(error.stack ?? "").split("\n")) {
    // V8: "    at fn (server.js:7:9)" or "    at server.js:7:9"; Firefox/Safari: "fn@server.js:7:9".
    const v8 = /^\s+at (?:(.*?) \()?[^()]*server\.js:(\d+):\d+\)?$/.exec(line);
    const other = v8 ? null : /^(.*?)@[^@]*server\.js:(\d+):\d+$/.exec(line);
    const match = v8 ?? other;
    if (!match) continue;
    const name = match[1] && match[1] !== "eval" ? match[1] : "";
    frames.push(name ? `    at ${name} (server.ts:${match[2]})` : `    at server.ts:${match[2]}`);
  }
  return [head, ...frames].join("\n");
}

/** Node's util.format, for the cases console.log meets in a lesson. */
export function formatConsoleArgs(args: readonly unknown[]): string {
  if (args.length === 0) return "";
  const rest = [...args];
  let text = "";
  if (typeof rest[0] === "string") {
    const template = rest.shift() as string;
    text = template.replace(/%[sdifjoOc%]/g, (token) => {
      if (token === "%%") return "%";
      if (rest.length === 0) return token;
      const value = rest.shift();
      switch (token) {
        case "%s":
          return typeof value === "string" ? value : inspect(value, 1);
        case "%d":
        case "%i": {
          const number = Number(value);
          return String(token === "%i" ? Math.trunc(number) : number);
        }
        case "%f":
          return String(Number(value));
        case "%j":
          try {
            return JSON.stringify(value) ?? "undefined";
          } catch {
            return "[Circular]";
          }
        case "%c":
          return "";
        default:
          return inspect(value, 2);
      }
    });
  } else {
    text = inspect(rest.shift(), 2);
  }
  for (const value of rest) text += ` ${typeof value === "string" ? value : inspect(value, 2)}`;
  return text;
}

/** Roughly util.inspect: `{ a: 1, b: 'x' }`, `[ 1, 2 ]`, `[Function: name]`. */
export function inspect(value: unknown, depth: number, seen: Set<object> = new Set()): string {
  if (value instanceof Error) return describeError(value);
  switch (typeof value) {
    case "string":
      return seen.size === 0 ? value : `'${value.replace(/'/g, "\\'")}'`;
    case "function":
      return `[Function: ${value.name || "(anonymous)"}]`;
    case "bigint":
      return `${value}n`;
    case "symbol":
      return value.toString();
    case "object":
      break;
    default:
      return String(value);
  }
  if (value === null) return "null";
  if (seen.has(value)) return "[Circular *]";
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Map || value instanceof Set) return `${value.constructor.name}(${value.size})`;
  const nested = new Set(seen).add(value);
  if (Array.isArray(value)) {
    if (depth < 0) return "[Array]";
    if (value.length === 0) return "[]";
    return `[ ${value.map((item) => inspect(item, depth - 1, nested)).join(", ")} ]`;
  }
  if (depth < 0) return "[Object]";
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "{}";
  const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
  return `{ ${entries.map(([name, item]) => `${key(name)}: ${inspect(item, depth - 1, nested)}`).join(", ")} }`;
}
