// Lessons D–I in the Navegador runtime: each runs its main example and draws its timeline; lesson H shows
// the CPU-heavy task delaying another client; lesson I steps through with the keyboard; a Reto gets solved.
import type { Locator, Page } from "@playwright/test";
import { challengeForLesson } from "../content/challenges";
import { expect, lessons, test } from "./site";

const mainExamples = lessons
  .filter((lesson) => "DEFGHI".includes(lesson.letter))
  .map((lesson) => ({ lesson, exampleId: challengeForLesson(lesson.slug)!.startsFrom }));

async function runExample(page: Page, slug: string, exampleId: string): Promise<Locator> {
  await page.goto(`/lecciones/${slug}?runtime=navegador`);
  const sandbox = page.locator(`[data-sandbox="${exampleId}"]`);
  await sandbox.scrollIntoViewIfNeeded();
  await sandbox.getByRole("button", { name: "Ejecutar", exact: true }).click();
  // "serving": the scenario has been answered and its tasks have drained.
  await expect(sandbox.locator('[data-run-status="serving"]')).toBeVisible({ timeout: 20_000 });
  return sandbox;
}

for (const { lesson, exampleId } of mainExamples) {
  test(`${lesson.letter}. ${lesson.title}: the main example runs live and draws its timeline`, async ({ page }) => {
    const sandbox = await runExample(page, lesson.slug, exampleId);
    const answers = sandbox.getByRole("region", { name: "Respuesta", exact: true });
    await expect(answers).toContainText(/\b20[0-2]\b/);
    const timeline = sandbox.getByRole("group", { name: "Línea de tiempo" });
    await expect(timeline).toBeVisible();
    await expect(timeline.locator('.tl-item[data-kind="task"]').first()).toBeVisible();
    await expect(timeline.locator('.tl-item[data-kind="client.received"]').first()).toBeVisible();
  });
}

test("H. the CPU-heavy task delays the second client's request, and the timeline shows it", async ({ page }) => {
  const sandbox = await runExample(page, "advertencia", "h-cpu-blocking");
  const timeline = sandbox.getByRole("group", { name: "Línea de tiempo" });
  const task = timeline.locator('.tl-item[data-kind="task"][data-request="1"]').first();
  const sent = timeline.locator('.tl-item[data-kind="client.sent"][data-request="2"]');
  const received = timeline.locator('.tl-item[data-kind="request.received"][data-request="2"]');
  await expect(received).toHaveCount(1);
  const taskStart = Number(await task.getAttribute("data-x0"));
  const taskEnd = Number(await task.getAttribute("data-x1"));
  const sentAt = Number(await sent.getAttribute("data-x"));
  const receivedAt = Number(await received.getAttribute("data-x"));
  // The second client asked while the task was running; the server only heard it once the task let go.
  expect(sentAt).toBeGreaterThan(taskStart);
  expect(sentAt).toBeLessThan(taskEnd);
  expect(receivedAt).toBeGreaterThanOrEqual(taskEnd);
  // And the rendered picture agrees with the model: the received marker stands right of the task's bar.
  const bar = await task.locator(".tl-bar").boundingBox();
  const mark = await received.locator(".tl-mark").boundingBox();
  if (!bar || !mark) throw new Error("the task bar or the marker did not render");
  expect(mark.x + mark.width / 2).toBeGreaterThanOrEqual(bar.x + bar.width - 1);
});

test("I. the flow diagram steps forward and back with the keyboard", async ({ page }) => {
  await page.goto("/lecciones/resumen-visual");
  const controls = page.getByRole("group", { name: "Recorrer el diagrama" });
  const next = controls.getByRole("button", { name: "Siguiente" });
  const previous = controls.getByRole("button", { name: "Anterior" });
  const status = page.locator('[aria-live="polite"]').filter({ hasText: /^Paso \d+ de \d+/ });
  await expect(status).toContainText("Paso 1 de");
  const total = Number((await status.textContent())!.match(/de (\d+)/)![1]);
  expect(total).toBeGreaterThanOrEqual(5);

  await next.focus();
  const sentences = new Set<string>();
  for (let step = 2; step <= total; step++) {
    await page.keyboard.press("Enter");
    await expect(status).toContainText(`Paso ${step} de ${total}`);
    sentences.add((await status.textContent()) ?? "");
  }
  expect(sentences.size).toBe(total - 1);
  await expect(next).toHaveAttribute("aria-disabled", "true");
  await page.keyboard.press("Enter"); // past the last step nothing moves
  await expect(status).toContainText(`Paso ${total} de ${total}`);

  await previous.focus();
  await page.keyboard.press("Enter");
  await expect(status).toContainText(`Paso ${total - 1} de ${total}`);
});

test("a Reto goes from unsolved to solved when its solution runs, and the home page counts it", async ({ page }) => {
  await page.goto("/lecciones/background-tasks?runtime=navegador");
  const reto = page.locator('[data-reto="c-audit-log"]');
  await expect(reto.locator('[data-reto-estado="pendiente"]')).toBeVisible();

  // The original code does not solve it.
  const sandbox = page.locator('[data-sandbox="c-send-notification"]');
  await sandbox.getByRole("button", { name: "Ejecutar", exact: true }).click();
  await expect(sandbox.locator('[data-run-status="serving"]')).toBeVisible({ timeout: 20_000 });
  await expect(reto.locator('[data-reto-estado="pendiente"]')).toBeVisible();

  await reto.getByRole("button", { name: "Ver solución" }).click();
  await reto.getByRole("button", { name: "Cargar la solución en el editor" }).click();
  await sandbox.getByRole("button", { name: "Ejecutar", exact: true }).click();
  await expect(reto.locator('[data-reto-estado="resuelto"]')).toBeVisible({ timeout: 20_000 });

  await page.goto("/");
  await expect(page.locator('[data-reto-resuelto="c-audit-log"]')).toBeVisible();
  await expect(page.getByTestId("progress-summary")).toContainText("resuelto 1 de 9 retos");
});
