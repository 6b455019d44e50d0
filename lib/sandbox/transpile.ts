// TypeScript → JavaScript for the learner's code, with sucrase (the same transpiler in the page, tests and build).
import { transform } from "sucrase";

export interface TranspileError {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** "Error de sintaxis en la línea X, columna Y: …" */
  message: string;
}

export type TranspileResult = { ok: true; code: string } | { ok: false; error: TranspileError };

// sucrase's messages, in Spanish; anything else is shown as sucrase wrote it.
const MESSAGES: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^Unexpected token, expected "(.+)"$/, (m) => `se esperaba «${m[1]}»`],
  [/^Unexpected token$/, () => "símbolo inesperado"],
  [/^Unexpected character '(.+)'$/, (m) => `carácter inesperado «${m[1]}»`],
  [/^Unexpectedly reached the end of input\.?$/, () => "el código termina antes de tiempo (¿falta cerrar algo?)"],
  [/^Unterminated string constant$/, () => "cadena de texto sin cerrar"],
  [/^Unterminated template$/, () => "plantilla de texto (`…`) sin cerrar"],
  [/^Unterminated regular expression$/, () => "expresión regular sin cerrar"],
  [/^Unterminated comment$/, () => "comentario sin cerrar"],
];

/**
 * Strips the types and keeps everything else, ESM imports included. sucrase keeps line numbers,
 * so a line in an error's stack is also the line in the learner's TypeScript.
 */
export function transpile(source: string): TranspileResult {
  try {
    const { code } = transform(source, { transforms: ["typescript"], disableESTransforms: true, keepUnusedImports: false });
    return { ok: true, code };
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const raw = error instanceof Error ? error.message : String(error);
    const detail = raw.replace(/\s*\(\d+:\d+\)$/, "");
    const line = loc?.line ?? 1;
    const column = loc?.column ?? 1;
    return { ok: false, error: { line, column, message: `Error de sintaxis en la línea ${line}, columna ${column}: ${spanish(detail)}` } };
  }
}

function spanish(message: string): string {
  for (const [pattern, translate] of MESSAGES) {
    const match = pattern.exec(message);
    if (match) return translate(match);
  }
  return message;
}
