import { compile, run } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";
import rehypeTableOfContents from "./rehype-table-of-contents.mjs";

async function tableOfContentsOf(source: string) {
  const code = await compile(source, {
    outputFormat: "function-body",
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeSlug, rehypeTableOfContents],
  });
  const module = await run(code, { ...runtime, baseUrl: import.meta.url });
  return module.tableOfContents as unknown;
}

describe("rehypeTableOfContents", () => {
  it("exports the ## and ### headings with rehype-slug's ids", async () => {
    const toc = await tableOfContentsOf(
      [
        "Intro.",
        "## ¿Por qué usarlas?",
        "### El caso de `BackgroundTasks`",
        "#### Too deep",
        "## Añadir la tarea",
        "## Añadir la tarea",
      ].join("\n\n"),
    );
    expect(toc).toEqual([
      { depth: 2, id: "por-qué-usarlas", text: "¿Por qué usarlas?" },
      { depth: 3, id: "el-caso-de-backgroundtasks", text: "El caso de BackgroundTasks" },
      { depth: 2, id: "añadir-la-tarea", text: "Añadir la tarea" },
      { depth: 2, id: "añadir-la-tarea-1", text: "Añadir la tarea" },
    ]);
  });

  it("skips headings inside code and exports an empty list when there are none", async () => {
    expect(await tableOfContentsOf("Solo texto.\n\n```md\n## not a heading\n```")).toEqual([]);
  });
});
