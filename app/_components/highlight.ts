import { createHighlighter, type Highlighter } from "shiki";

// Build-time highlighting for example sources (MDX fences go through @shikijs/rehype with
// the same themes). Runs only in server components: no highlighter reaches the browser.

export const CODE_THEMES = { light: "github-light-default", dark: "github-dark-default" } as const;
export type CodeLanguage = "python" | "typescript" | "json" | "text";

let highlighter: Promise<Highlighter> | undefined;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    themes: [CODE_THEMES.light, CODE_THEMES.dark],
    langs: ["python", "typescript", "json"],
  });
  return highlighter;
}

/** HTML of a `<pre class="shiki">` with light colours inline and dark ones as CSS variables. */
export async function highlight(code: string, lang: CodeLanguage): Promise<string> {
  const shiki = await getHighlighter();
  return shiki.codeToHtml(code.replace(/\n$/, ""), {
    lang,
    themes: CODE_THEMES,
    defaultColor: "light",
  });
}
