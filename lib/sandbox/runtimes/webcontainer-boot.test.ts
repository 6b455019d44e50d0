import { describe, expect, it } from "vitest";
import { chooseRuntime, fallbackNotice } from "./runtime-selection";
import { createBooter, webContainerUnavailableReason } from "./webcontainer-boot";
import { FakeWebContainer } from "./fake-webcontainer";

describe("createBooter", () => {
  it("boots once however often it is asked (StrictMode runs effects twice)", async () => {
    let boots = 0;
    const container = new FakeWebContainer();
    const bootWithin = createBooter(async () => {
      boots++;
      return container;
    });
    const [a, b] = await Promise.all([bootWithin(1000), bootWithin(1000)]);
    expect(boots).toBe(1);
    expect(a).toEqual({ ok: true, container });
    expect(b).toEqual({ ok: true, container });
  });

  it("gives up after its time limit when the boot never settles (offline), and falls back to Navegador", async () => {
    const bootWithin = createBooter(() => new Promise<FakeWebContainer>(() => {}));
    const progress: number[] = [];
    const outcome = await bootWithin(600, ({ elapsedMs }) => progress.push(elapsedMs));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reason).toMatch(/no arrancó en 1 s/);
    expect(progress.length).toBeGreaterThan(0);
    const choice = { kind: "navegador", notice: fallbackNotice(outcome.reason) };
    expect(choice.notice).toMatch(/^Usas el entorno Navegador porque WebContainer no arrancó/);
    // The same session does not wait again on the next page.
    expect(chooseRuntime("auto", undefined, outcome.reason)).toEqual(choice);
  });

  it("a boot that fails says why", async () => {
    const bootWithin = createBooter<FakeWebContainer>(() => Promise.reject(new Error("Unable to create more instances")));
    expect(await bootWithin(1000)).toEqual({ ok: false, reason: "WebContainer falló al arrancar: Unable to create more instances" });
  });

  it("a later call succeeds when the boot finished after an earlier call gave up", async () => {
    let finish!: (container: FakeWebContainer) => void;
    const bootWithin = createBooter(() => new Promise<FakeWebContainer>((resolve) => (finish = resolve)));
    expect((await bootWithin(20)).ok).toBe(false);
    const container = new FakeWebContainer();
    finish(container);
    expect(await bootWithin(20)).toEqual({ ok: true, container });
  });
});

describe("webContainerUnavailableReason", () => {
  it("needs cross-origin isolation and SharedArrayBuffer", () => {
    expect(webContainerUnavailableReason({ crossOriginIsolated: true, hasSharedArrayBuffer: true })).toBeUndefined();
    expect(webContainerUnavailableReason({ crossOriginIsolated: false, hasSharedArrayBuffer: true })).toMatch(/aislada entre orígenes/);
    expect(webContainerUnavailableReason({ crossOriginIsolated: true, hasSharedArrayBuffer: false })).toMatch(/SharedArrayBuffer/);
  });
});
