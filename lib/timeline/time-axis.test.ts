import { describe, expect, it } from "vitest";
import { formatTick, formatTime } from "./format-time";
import { niceStep, timeTicks } from "./time-axis";

describe("timeTicks", () => {
  it("labels a 1.6 s run in Spanish, switching to seconds at 1 s", () => {
    expect(timeTicks(1600, 5).map((tick) => tick.label)).toEqual(["0 ms", "500 ms", "1 s", "1,5 s"]);
  });

  it("uses steps of 250 ms when they fit best", () => {
    expect(timeTicks(1000, 4).map((tick) => tick.label)).toEqual(["0 ms", "250 ms", "500 ms", "750 ms", "1 s"]);
  });

  it("stays readable for a 2 ms run", () => {
    expect(timeTicks(2, 5).map((tick) => tick.label)).toEqual(["0 ms", "0,5 ms", "1 ms", "1,5 ms", "2 ms"]);
  });

  it("stays readable for a 10 s run", () => {
    expect(timeTicks(10_000, 5).map((tick) => tick.label)).toEqual(["0 s", "2 s", "4 s", "6 s", "8 s", "10 s"]);
  });

  it("goes below a millisecond without float noise in labels", () => {
    const labels = timeTicks(0.03, 5).map((tick) => tick.label);
    expect(labels).toEqual(["0 ms", "0,01 ms", "0,02 ms", "0,03 ms"]);
  });

  it("keeps positions between 0 and 1 and never more ticks than asked plus the origin", () => {
    for (const domain of [0.004, 0.7, 3.2, 17, 240, 999, 1234, 59_000, 3_600_000]) {
      const ticks = timeTicks(domain, 5);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(6);
      for (const tick of ticks) expect(tick.x).toBeGreaterThanOrEqual(0);
      for (const tick of ticks) expect(tick.x).toBeLessThanOrEqual(1 + 1e-9);
      expect(new Set(ticks.map((tick) => tick.label)).size).toBe(ticks.length);
    }
  });

  it("picks steps of 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceStep(10, 5)).toBe(2);
    expect(niceStep(1000, 4)).toBe(250);
    expect(niceStep(7, 5)).toBe(2);
    expect(niceStep(0, 5)).toBe(1);
  });
});

describe("formatTime", () => {
  it("gives the precision a reader needs at each size", () => {
    expect(formatTime(0)).toBe("0 ms");
    expect(formatTime(0.256)).toBe("0,26 ms");
    expect(formatTime(3.21)).toBe("3,2 ms");
    expect(formatTime(42.4)).toBe("42 ms");
    expect(formatTime(1534)).toBe("1,53 s");
    expect(formatTime(12_000)).toBe("12 s");
  });

  it("formats ticks with the step's decimals", () => {
    expect(formatTick(1500, 500)).toBe("1,5 s");
    expect(formatTick(750, 250)).toBe("750 ms");
    expect(formatTick(1.25, 0.25)).toBe("1,25 ms");
  });
});
