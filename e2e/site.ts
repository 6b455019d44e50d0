import { readFileSync } from "node:fs";
import path from "node:path";
import { test as base, expect } from "@playwright/test";
import { lessons } from "../content/lessons";

export { expect, lessons };

/** Every page of the site, with the h1 it must show. */
export const pages = [
  { path: "/", h1: "Segundo Plano", title: /Segundo Plano/ },
  ...lessons.map((lesson) => ({
    path: `/lecciones/${lesson.slug}`,
    h1: lesson.title,
    title: new RegExp(`${lesson.letter}\\. ${escapeRegExp(lesson.title)} · Segundo Plano`),
  })),
  { path: "/biblioteca", h1: "La biblioteca background-tasks", title: /Biblioteca background-tasks · Segundo Plano/ },
  { path: "/esta-pagina-no-existe", h1: "Página no encontrada", title: /Página no encontrada · Segundo Plano/ },
];

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The example ids a lesson's MDX uses, read from its source. */
export function exampleIdsOf(slug: string): string[] {
  const source = readFileSync(path.join(process.cwd(), "content", `${slug}.mdx`), "utf8");
  return [...source.matchAll(/<Example\s+id="([^"]+)"/g)].map((match) => match[1] as string);
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Every test runs with a network guard: a request to any other origin is aborted and recorded,
 * and the test fails if there was one. So "not one request leaves the site" holds on every page.
 */
export const test = base.extend<{ offsiteRequests: string[] }>({
  offsiteRequests: [
    async ({ context }, use) => {
      const offsite: string[] = [];
      await context.route(
        (url) => (url.protocol === "http:" || url.protocol === "https:" || url.protocol === "ws:" || url.protocol === "wss:") && !LOCAL_HOSTS.has(url.hostname),
        async (route) => {
          offsite.push(route.request().url());
          await route.abort("blockedbyclient");
        },
      );
      await use(offsite);
      expect(offsite, "requests that tried to leave the site's origin").toEqual([]);
    },
    { auto: true },
  ],
});
