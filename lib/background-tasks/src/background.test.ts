import { describe, expect, it } from "vitest";
import { BackgroundTask, BackgroundTasks, tasksOf } from "./background.js";

describe("BackgroundTask", () => {
  it("captures the function and its arguments, and names itself after the function", async () => {
    const calls: unknown[][] = [];
    function record(...args: unknown[]) {
      calls.push(args);
    }
    const task = new BackgroundTask(record, 1, "two");
    expect(task.name).toBe("record");
    await task.run();
    expect(calls).toEqual([[1, "two"]]);
    expect(new BackgroundTask(() => {}).name).toBe("anonymous");
  });

  it("refuses something that is not a function", () => {
    expect(() => new BackgroundTask(42 as unknown as () => void)).toThrow(TypeError);
  });
});

describe("BackgroundTasks", () => {
  it("runs in order, awaiting each task, and stops at the first error", async () => {
    const order: string[] = [];
    const tasks = new BackgroundTasks();
    tasks.addTask(async (label: string) => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      order.push(label);
    }, "slow first");
    tasks.addTask((label: string) => order.push(label), "then sync");
    tasks.addTask(() => {
      throw new Error("stop");
    });
    tasks.addTask((label: string) => order.push(label), "never");
    expect(tasks.size).toBe(4);
    await expect(tasks.run()).rejects.toThrow("stop");
    expect(order).toEqual(["slow first", "then sync"]);
  });

  it("is iterable and flattens with a single task", () => {
    const single = new BackgroundTask(() => {});
    const list = new BackgroundTasks([single]);
    expect([...list]).toEqual([single]);
    expect(tasksOf(list)).toEqual([single]);
    expect(tasksOf(single)).toEqual([single]);
    expect(tasksOf(null)).toEqual([]);
  });
});
