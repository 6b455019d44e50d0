import AxeBuilder from "@axe-core/playwright";
import { expect, pages, test } from "./site";

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    for (const entry of pages) {
      test(`${entry.path} has no serious or critical violation`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(entry.path);
        await expect(page.locator("html")).toHaveClass(colorScheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
        // Open every "A fondo" so that its contents are checked too.
        await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
          .analyze();
        const blocking = results.violations
          .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
          .map((violation) => ({
            id: violation.id,
            impact: violation.impact,
            help: violation.help,
            targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
          }));
        expect(blocking).toEqual([]);
      });
    }
  });
}
