// Each challenge: its check fails on a real run of the example it starts from and passes on a real run of its solution.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readExample, runExample } from "../../lib/sandbox/example-project";
import { readLibraryFiles } from "../../lib/sandbox/library-files";
import type { RunResult } from "../../lib/sandbox/run-result";
import { lessons } from "../lessons";
import { challengeById, challengeForLesson, challenges, challengesForExample, checkChallenge } from "./index";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const library = readLibraryFiles();

describe("the challenge list", () => {
  it("has one challenge per lesson, with unique ids", () => {
    expect(challenges.map((challenge) => challenge.lessonSlug)).toEqual(lessons.map((lesson) => lesson.slug));
    expect(new Set(challenges.map((challenge) => challenge.id)).size).toBe(challenges.length);
    for (const lesson of lessons) expect(challengeForLesson(lesson.slug)?.lessonSlug).toBe(lesson.slug);
  });

  it.each(challenges.map((challenge) => challenge.id))("%s points at an existing example and solution", (id) => {
    const challenge = challengeById(id)!;
    expect(existsSync(join(ROOT, "content/examples", challenge.startsFrom, "scenario.json"))).toBe(true);
    expect(existsSync(join(ROOT, "content", challenge.solutionFile))).toBe(true);
    expect(challengesForExample(challenge.startsFrom)).toContain(challenge);
  });

  it("never solves an unknown id or a failed run", () => {
    const failed: RunResult = { id: "x", events: [], responses: [], console: [], files: {}, errors: [], drained: true, unfinished: [], error: "boom" };
    expect(checkChallenge("no-such-challenge", failed).solved).toBe(false);
    expect(checkChallenge("c-audit-log", failed)).toEqual({ solved: false, message: "La ejecución falló: boom" });
  });
});

describe.each(challenges.map((challenge) => challenge.id))("challenge %s", (id) => {
  const challenge = challengeById(id)!;
  const start = readExample(challenge.startsFrom);

  it("is not solved by the example it starts from", async () => {
    const run = await runExample(start, library);
    expect(run.error).toBeUndefined();
    const verdict = checkChallenge(id, run);
    expect(verdict.solved, verdict.message).toBe(false);
    expect(verdict.message).not.toBe("");
  });

  it("is solved by its solution", async () => {
    const serverTs = readFileSync(join(ROOT, "content", challenge.solutionFile), "utf8");
    const run = await runExample({ id, serverTs, scenario: start.scenario }, library);
    expect(run.error).toBeUndefined();
    const verdict = checkChallenge(id, run);
    expect(verdict, JSON.stringify(run.files)).toEqual({ solved: true, message: expect.stringMatching(/^¡Resuelto!/) });
  });
});
