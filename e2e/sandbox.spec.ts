// The live sandbox on lesson C, in the Navegador runtime (CI has no network, so never a WebContainer).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./site";

const LESSON_C = "/lecciones/background-tasks";
const EXAMPLE = "c-send-notification";
const ORIGINAL = readFileSync(path.join(process.cwd(), "content", "examples", EXAMPLE, "server.ts"), "utf8");
const MONACO_SIGNATURE = "MonacoEnvironment";

/** The lesson's code with another address: the task writes it and the response carries it. */
const EDITED = ORIGINAL.replace("params.email", '"ana.garcia@example.com"').replace(
  'message: "Notification sent in the background"',
  'message: "Notification sent to ana.garcia@example.com"',
);

function sandbox(page: Page): Locator {
  return page.locator(`[data-sandbox="${EXAMPLE}"]`);
}

function region(page: Page, name: string): Locator {
  return sandbox(page).getByRole("region", { name, exact: true });
}

async function openEditor(page: Page): Promise<Locator> {
  await page.goto(`${LESSON_C}?runtime=navegador`);
  const box = sandbox(page);
  await box.scrollIntoViewIfNeeded();
  await box.click({ position: { x: 5, y: 5 } });
  const editor = box.locator(".monaco-editor").first();
  await expect(editor).toBeVisible({ timeout: 30_000 });
  return editor;
}

/** Replaces the whole code as a learner would paste it. */
async function typeCode(page: Page, editor: Locator, code: string): Promise<void> {
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  // A paste, not typing: typed newlines would get the editor's auto-indentation.
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    document.activeElement?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, code);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), `segundo-plano:codigo:${EXAMPLE}`)).toBe(code === ORIGINAL ? null : code);
}

async function eventKinds(page: Page): Promise<string[]> {
  return region(page, "Eventos").locator("tbody tr[data-kind]").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-kind") ?? ""));
}

test.describe("sandbox (Navegador runtime)", () => {
  test("a page with no interaction loads no Monaco code; touching the example does", async ({ page }) => {
    const scripts: Promise<string>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script" || response.url().endsWith(".js")) scripts.push(response.text().catch(() => ""));
    });
    await page.goto(`${LESSON_C}?runtime=navegador`);
    await page.waitForLoadState("networkidle");
    const firstLoad = await Promise.all(scripts);
    expect(firstLoad.length).toBeGreaterThan(0);
    expect(firstLoad.filter((text) => text.includes(MONACO_SIGNATURE))).toHaveLength(0);

    await sandbox(page).scrollIntoViewIfNeeded();
    await sandbox(page).click({ position: { x: 5, y: 5 } });
    await expect(sandbox(page).locator(".monaco-editor").first()).toBeVisible({ timeout: 30_000 });
    const all = await Promise.all(scripts);
    expect(all.some((text) => text.includes(MONACO_SIGNATURE))).toBe(true);
  });

  test("an edited address shows in Respuesta and in log.txt, and response.sent comes before task.start", async ({ page }) => {
    const editor = await openEditor(page);
    await typeCode(page, editor, EDITED);
    await sandbox(page).getByRole("button", { name: "Ejecutar", exact: true }).click();
    await expect(region(page, "Respuesta")).toContainText("Notification sent to ana.garcia@example.com");
    await expect(region(page, "Archivos").locator('[data-file="log.txt"]')).toHaveText("notification for ana.garcia@example.com: some notification");
    await expect.poll(() => eventKinds(page)).toContain("task.end");
    const kinds = await eventKinds(page);
    expect(kinds.indexOf("response.sent")).toBeGreaterThanOrEqual(0);
    expect(kinds.indexOf("response.sent")).toBeLessThan(kinds.indexOf("task.start"));
  });

  test("in a live run the response-received marker stands left of the first task's span", async ({ page }) => {
    await openEditor(page);
    await sandbox(page).getByRole("button", { name: "Ejecutar", exact: true }).click();
    const received = sandbox(page).locator('.tl-item[data-kind="client.received"] .tl-mark').first();
    const task = sandbox(page).locator('.tl-item[data-kind="task"] .tl-bar').first();
    await expect(received).toBeVisible();
    await expect(task).toBeVisible();
    await expect(sandbox(page).locator('[data-run-status="serving"]')).toBeVisible();
    const marker = await received.boundingBox();
    const span = await task.boundingBox();
    if (!marker || !span) throw new Error("the timeline did not render the marker and the span");
    expect(marker.x + marker.width / 2).toBeLessThan(span.x);
  });

  test("a syntax error shows its line, and the code typed stays", async ({ page }) => {
    const editor = await openEditor(page);
    const broken = ORIGINAL.replace("export const app = new App();", "export const app = new App(;");
    const line = broken.split("\n").findIndex((text) => text.includes("new App(;")) + 1;
    await typeCode(page, editor, broken);
    await sandbox(page).getByRole("button", { name: "Ejecutar", exact: true }).click();
    await expect(sandbox(page).locator("[data-run-errors]")).toContainText(`Error de sintaxis en la línea ${line}`);
    expect(await page.evaluate((key) => localStorage.getItem(key), `segundo-plano:codigo:${EXAMPLE}`)).toBe(broken);
  });

  test("Detener stops an endless loop in a task, and the page still answers", async ({ page }) => {
    const editor = await openEditor(page);
    await typeCode(page, editor, ORIGINAL.replace("writeFileSync(\"log.txt\", content);", "writeFileSync(\"log.txt\", content);\n  while (true) {}"));
    await sandbox(page).getByRole("button", { name: "Ejecutar", exact: true }).click();
    await expect.poll(() => eventKinds(page)).toContain("task.start");
    const stop = sandbox(page).getByRole("button", { name: "Detener", exact: true });
    // Detener terminates the worker that spins (no timing asserted here: see bench:sandbox for figures).
    await stop.click();
    await expect(sandbox(page).locator('[data-run-status="ended"]')).toContainText("Detuviste la ejecución");
    await expect(stop).toBeDisabled();
    // The page answers: its own script runs, and the sandbox runs again.
    expect(await page.evaluate(() => 6 * 7)).toBe(42);
    await typeCode(page, editor, ORIGINAL);
    await sandbox(page).getByRole("button", { name: "Ejecutar", exact: true }).click();
    await expect(region(page, "Archivos").locator('[data-file="log.txt"]')).toHaveText("notification for johndoe@example.com: some notification");
  });

  test("a reload brings the edit back, and Restablecer removes it", async ({ page }) => {
    const editor = await openEditor(page);
    await typeCode(page, editor, EDITED);
    await page.reload();
    await expect(sandbox(page)).toContainText('"ana.garcia@example.com"');
    await expect(sandbox(page)).toContainText("editado por ti");
    await sandbox(page).getByRole("button", { name: "Restablecer", exact: true }).click();
    await expect(sandbox(page)).not.toContainText("ana.garcia@example.com");
    expect(await page.evaluate((key) => localStorage.getItem(key), `segundo-plano:codigo:${EXAMPLE}`)).toBeNull();
    await page.reload();
    await expect(sandbox(page)).not.toContainText("editado por ti");
  });

  test("Compartir puts the code in the fragment, and opening that link loads it", async ({ page }) => {
    const editor = await openEditor(page);
    await typeCode(page, editor, EDITED);
    await sandbox(page).getByRole("link", { name: "Compartir", exact: true }).click();
    const shared = page.url();
    expect(new URL(shared).hash).toMatch(/^#codigo=c-send-notification:/);
    await page.evaluate(() => localStorage.clear());
    await page.goto("about:blank");
    await page.goto(shared);
    await expect(sandbox(page)).toContainText('"ana.garcia@example.com"');
  });

  test("a request from Petición gets its response", async ({ page }) => {
    await openEditor(page);
    const form = region(page, "Petición");
    await form.getByLabel("Ruta").fill("/send-notification/luis@example.com");
    await form.getByRole("button", { name: "Enviar petición" }).click();
    await expect(region(page, "Respuesta")).toContainText("POST /send-notification/luis@example.com");
    await expect(region(page, "Respuesta")).toContainText("Notification sent in the background");
    await expect(region(page, "Archivos").locator('[data-file="log.txt"]')).toHaveText("notification for luis@example.com: some notification");
  });
});
