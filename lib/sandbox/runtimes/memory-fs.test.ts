import { describe, expect, it } from "vitest";
import { FsError, MemoryFs } from "./memory-fs";

describe("MemoryFs", () => {
  it("writes, appends and reads text files as node:fs does", async () => {
    const fs = new MemoryFs();
    fs.writeFileSync("log.txt", "a");
    fs.appendFileSync("./log.txt", "b");
    fs.writeFileSync("log.txt", "c", { flag: "a" });
    expect(fs.readFileSync("log.txt", "utf8")).toBe("abc");
    expect(fs.readFileSync("/log.txt").toString()).toBe("abc");
    await fs.promises.appendFile("log.txt", "d");
    expect(await fs.promises.readFile("log.txt", "utf8")).toBe("abcd");
    expect(fs.existsSync("log.txt")).toBe(true);
    fs.unlinkSync("log.txt");
    expect(fs.existsSync("log.txt")).toBe(false);
  });

  it("has folders, and Node's error codes", () => {
    const fs = new MemoryFs();
    expect(() => fs.writeFileSync("out/a.txt", "x")).toThrow(FsError);
    expect(() => fs.readFileSync("nope.txt", "utf8")).toThrow(/^ENOENT: no such file or directory, open 'nope.txt'$/);
    fs.mkdirSync("out/deep", { recursive: true });
    fs.writeFileSync("out/deep/a.txt", "x");
    fs.writeFileSync("out/b.txt", "y");
    expect(fs.readdirSync("out")).toEqual(["b.txt", "deep"]);
    expect(() => fs.mkdirSync("out")).toThrow(/EEXIST/);
    expect(() => fs.rmSync("out")).toThrow(/ENOTEMPTY/);
    expect(fs.snapshot()).toEqual({ "out/b.txt": "y", "out/deep/a.txt": "x" });
    fs.rmSync("out", { recursive: true });
    expect(fs.snapshot()).toEqual({});
  });

  it("reports at most 50 files and cuts long ones, as the harness does", () => {
    const fs = new MemoryFs();
    for (let i = 0; i < 60; i++) fs.writeFileSync(`f${String(i).padStart(2, "0")}.txt`, "x");
    fs.writeFileSync("big.txt", "y".repeat(200_001));
    const files = fs.snapshot();
    expect(Object.keys(files)).toHaveLength(50);
    expect(files["big.txt"]).toMatch(/\n\[… recortado …\]$/);
  });
});
