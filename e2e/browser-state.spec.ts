import { expect, lessons, test } from "./site";

const lessonC = lessons.find((lesson) => lesson.letter === "C")!;

test("a lesson page is cross-origin isolated", async ({ page }) => {
  await page.goto(`/lecciones/${lessonC.slug}`);
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
  // Client-side navigation keeps the first document, so it stays isolated too.
  await page.getByRole("navigation", { name: "Lecciones del curso" }).locator(`a[href="/lecciones/${lessons[0]!.slug}"]`).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lessons[0]!.title);
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
});

test("the theme follows the system until chosen, and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  const toggle = page.getByRole("switch", { name: "Tema oscuro" });
  await expect(html).not.toHaveClass(/\bdark\b/);
  await expect(toggle).toHaveAttribute("aria-checked", "false");

  await toggle.click();
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(toggle).toHaveAttribute("aria-checked", "true");

  await page.reload();
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(page.getByRole("switch", { name: "Tema oscuro" })).toHaveAttribute("aria-checked", "true");

  await page.getByRole("switch", { name: "Tema oscuro" }).click();
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  // An explicit "light" wins over a dark system.
  await expect(html).not.toHaveClass(/\bdark\b/);
});

test("the theme is applied before any JavaScript bundle runs (no flash)", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  // Without the bundles only the inline boot script can set the theme.
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  await page.goto(`/lecciones/${lessonC.slug}`);
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe("rgb(15, 17, 23)");
});

test("visited lessons are remembered and shown on the home page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("progress-summary")).toHaveText(/Aún no has abierto ninguna lección/);
  await page.goto(`/lecciones/${lessonC.slug}`);
  const sidebarEntry = page.getByRole("navigation", { name: "Lecciones del curso" }).locator(`a[href="/lecciones/${lessonC.slug}"]`);
  await expect(sidebarEntry).toContainText("Visitada");
  await page.goto("/");
  await expect(page.getByTestId("progress-summary")).toHaveText(`Has visitado 1 de ${lessons.length} lecciones y resuelto 0 de ${lessons.length} retos.`);
  await expect(page.getByRole("progressbar", { name: /Progreso del curso/ })).toHaveAttribute("value", String(Math.round((1 / (2 * lessons.length)) * 100)));
  await expect(page.locator(`[data-lesson="${lessonC.slug}"]`)).toContainText("Visitada");
  await expect(page.locator(`[data-lesson="${lessons[0]!.slug}"]`)).not.toContainText("Visitada");
});
