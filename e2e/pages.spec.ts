import { exampleIdsOf, expect, lessons, pages, test } from "./site";

test.describe("every page renders", () => {
  for (const entry of pages) {
    test(`${entry.path} has its title, landmarks and headings`, async ({ page }) => {
      const response = await page.goto(entry.path);
      expect(response?.status()).toBe(entry.path === "/esta-pagina-no-existe" ? 404 : 200);
      await expect(page).toHaveTitle(entry.title);
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(entry.h1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("banner")).toBeVisible();
      await expect(page.getByRole("main")).toBeVisible();
      await expect(page.getByRole("contentinfo")).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Principal" })).toBeVisible();
    });
  }

  test("the home page lists the nine lessons in order", async ({ page }) => {
    await page.goto("/");
    const list = page.getByRole("region", { name: /lecciones/ }).getByRole("listitem");
    await expect(list).toHaveCount(lessons.length);
    for (const [index, lesson] of lessons.entries()) {
      await expect(list.nth(index).getByRole("link")).toHaveAttribute("href", `/lecciones/${lesson.slug}`);
      await expect(list.nth(index)).toContainText(lesson.title);
    }
  });

  test("/biblioteca renders the library's reference with its sections", async ({ page }) => {
    await page.goto("/biblioteca");
    const sections = page.locator("main .prose h2");
    expect(await sections.count()).toBeGreaterThan(0);
    await expectTableOfContentsMatchesHeadings(page);
  });
});

test.describe("lessons", () => {
  for (const [index, lesson] of lessons.entries()) {
    test(`${lesson.letter}. ${lesson.title}: sections, table of contents, examples`, async ({ page }) => {
      await page.goto(`/lecciones/${lesson.slug}`);
      const sidebar = page.getByRole("navigation", { name: "Lecciones del curso" });
      await expect(sidebar.getByRole("link")).toHaveCount(lessons.length);
      await expect(sidebar.locator('a[aria-current="page"]')).toHaveAttribute("href", `/lecciones/${lesson.slug}`);

      expect(await page.locator("main .prose h2").count()).toBeGreaterThan(0);
      await expectTableOfContentsMatchesHeadings(page);

      const pager = page.getByRole("navigation", { name: "Lección anterior y siguiente" });
      const previous = lessons[index - 1];
      const next = lessons[index + 1];
      if (previous) await expect(pager.locator('a[rel="prev"]')).toHaveAttribute("href", `/lecciones/${previous.slug}`);
      else await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);
      if (next) await expect(pager.locator('a[rel="next"]')).toHaveAttribute("href", `/lecciones/${next.slug}`);
      else await expect(pager.locator('a[rel="next"]')).toHaveCount(0);

      for (const id of exampleIdsOf(lesson.slug)) {
        const example = page.locator(`[data-example="${id}"]`);
        await expect(example, `example ${id}`).toBeVisible();
        await expect(example.locator("figcaption", { hasText: "TypeScript con background-tasks" })).toBeVisible();
        for (const part of ["Respuesta", "Consola", "Archivos"]) {
          await expect(example.getByRole("region", { name: part, exact: true })).toBeVisible();
        }
        // The recorded run answered every request with a status line.
        await expect(example.getByRole("region", { name: "Respuesta", exact: true }).locator("pre").first()).toContainText(
          /\b[1-5]\d\d\b/,
        );
      }
    });
  }
});

async function expectTableOfContentsMatchesHeadings(page: import("@playwright/test").Page) {
  const toc = page.getByRole("navigation", { name: "En esta página" });
  const links = toc.getByRole("link");
  const headings = page.locator("main .prose :is(h2, h3)");
  const texts = await headings.allTextContents();
  await expect(links).toHaveCount(texts.length);
  for (const [index, text] of texts.entries()) {
    const link = links.nth(index);
    await expect(link).toHaveText(text.trim());
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^#./);
    await expect(page.locator(`[id="${decodeURIComponent(href!.slice(1))}"]`)).toHaveText(text);
  }
}
