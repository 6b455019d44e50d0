import type { Locator, Page } from "@playwright/test";
import { expect, lessons, test } from "./site";

/** Presses Tab until `target` has focus (as a keyboard user would), then returns. */
async function tabTo(page: Page, target: Locator, maxPresses = 400) {
  const handle = await target.elementHandle();
  if (!handle) throw new Error("tab target not found");
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press("Tab");
    if (await handle.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`could not reach the element with ${maxPresses} presses of Tab`);
}

const [first, second, third] = lessons;

test("the skip link is the first stop and jumps to the main content", async ({ page }) => {
  await page.goto(`/lecciones/${second!.slug}`);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Saltar al contenido" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#contenido$/);
});

test("the sidebar works with the keyboard", async ({ page }) => {
  await page.goto(`/lecciones/${first!.slug}`);
  const sidebar = page.getByRole("navigation", { name: "Lecciones del curso" });
  const target = sidebar.locator(`a[href="/lecciones/${third!.slug}"]`);
  await tabTo(page, target);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/lecciones/${third!.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(third!.title);
  await expect(sidebar.locator('a[aria-current="page"]')).toHaveAttribute("href", `/lecciones/${third!.slug}`);
});

test("previous and next work with the keyboard", async ({ page }) => {
  await page.goto(`/lecciones/${second!.slug}`);
  const pager = page.getByRole("navigation", { name: "Lección anterior y siguiente" });

  await tabTo(page, pager.locator('a[rel="next"]'));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/lecciones/${third!.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(third!.title);

  await tabTo(page, pager.locator('a[rel="prev"]'));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/lecciones/${second!.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second!.title);
});
