// The recorded timeline: drawn on the server (so it is there without JavaScript), its details reachable
// with the keyboard, and its table as the text alternative.
import { expect, test } from "./site";

const LESSON_C = "/lecciones/background-tasks";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("lesson C shows the recorded timeline, its summary and its table", async ({ page }) => {
    await page.goto(LESSON_C);
    const recorded = page.locator('[data-recorded-timeline="c-send-notification"]');
    const timeline = recorded.getByRole("group", { name: "Línea de tiempo" });
    await expect(timeline).toBeVisible();
    for (const kind of ["client.sent", "request.received", "response.sent", "client.received", "task"]) {
      await expect(timeline.locator(`.tl-item[data-kind="${kind}"]`).first()).toBeAttached();
    }
    // The sentence under it states the key fact of the run.
    await expect(recorded.locator("figure")).toContainText(/respuesta/i);
    await recorded.getByText("Ver los eventos como tabla").click();
    const table = recorded.getByRole("table");
    await expect(table).toBeVisible();
    await expect(table).toContainText("writeNotification");
  });
});

test("a task's details are reachable with the keyboard", async ({ page }) => {
  await page.goto(LESSON_C);
  const recorded = page.locator('[data-recorded-timeline="c-send-notification"]');
  const task = recorded.locator('.tl-item[data-kind="task"]').first();
  await task.focus();
  await expect(task).toBeFocused();
  const name = await task.evaluate((element) => {
    const id = element.getAttribute("aria-labelledby");
    return id ? (document.getElementById(id)?.textContent ?? "") : "";
  });
  expect(name).toContain("writeNotification");
  expect(name).toContain("johndoe@example.com");
  // The details show on focus, drawn next to the item.
  const tip = task.locator(".tl-tip");
  await expect(tip).toBeVisible();
  // Tab moves on to the next item of the timeline: every item is a stop.
  await page.keyboard.press("Shift+Tab");
  await expect(recorded.locator(".tl-item:focus")).toHaveCount(1);
});

test("the recorded response-received marker stands left of the first task's span", async ({ page }) => {
  await page.goto(LESSON_C);
  const recorded = page.locator('[data-recorded-timeline="c-send-notification"]');
  const sent = Number(await recorded.locator('.tl-item[data-kind="response.sent"]').first().getAttribute("data-x"));
  const taskStart = Number(await recorded.locator('.tl-item[data-kind="task"]').first().getAttribute("data-x0"));
  expect(sent).toBeLessThanOrEqual(taskStart);
});
