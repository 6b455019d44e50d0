// Lesson H shows the h-bullmq code in fenced blocks (the example is not recorded): keep them identical to the files.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const here = path.dirname(new URL(import.meta.url).pathname);
const lesson = readFileSync(path.join(here, "../../advertencia.mdx"), "utf8");

function fencedBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((match) => `${match[1]}\n${match[2]}`);
}

describe("lesson H shows the h-bullmq files exactly", () => {
  const blocks = fencedBlocks(lesson);
  for (const [file, lang] of [
    ["fastapi.py", "python"],
    ["report-job.ts", "ts"],
    ["redis-connection.ts", "ts"],
    ["server.ts", "ts"],
    ["worker.ts", "ts"],
  ] as const) {
    it(`${file} appears as a \`\`\`${lang} block`, () => {
      expect(blocks).toContain(`${lang}\n${readFileSync(path.join(here, file), "utf8")}`);
    });
  }
});
