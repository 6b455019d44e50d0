import { describe, expect, it } from "vitest";
import { transpile } from "./transpile";

describe("transpile", () => {
  it("strips the types, keeps the ESM imports and every line where it was", () => {
    const source = [
      'import { writeFileSync } from "node:fs";',
      'import { App, type RequestContext } from "background-tasks";',
      "interface Order {",
      "  email: string;",
      "}",
      "export const app = new App();",
      'function write(order: Order, ctx?: RequestContext): void { writeFileSync("a", order.email); }',
    ].join("\n");
    const result = transpile(source);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const lines = result.code.split("\n");
    expect(lines[0]).toBe('import { writeFileSync } from "node:fs";');
    expect(lines[1]).toBe('import { App, } from "background-tasks";');
    expect(lines[5]).toBe("export const app = new App();");
    expect(lines[6]).toContain("function write(order, ctx)");
    expect(result.code).not.toContain("interface");
  });

  it.each([
    ["const a = ;", 1, 11, "símbolo inesperado"],
    ['const ok = 1;\nconst s = "abc', 2, 11, "cadena de texto sin cerrar"],
    ["let x = 1;\n\nfoo(1 2)", 3, 7, "se esperaba «,»"],
    ["const t = `abc", 1, 12, "plantilla de texto (`…`) sin cerrar"],
  ])("reports %j at its line and column, in Spanish", (source, line, column, detail) => {
    const result = transpile(source);
    expect(result).toEqual({
      ok: false,
      error: { line, column, message: `Error de sintaxis en la línea ${line}, columna ${column}: ${detail}` },
    });
  });
});
