// The course's challenges, one per lesson, and the lookups the page and the sandbox call.
import type { RunResult } from "../../lib/sandbox/run-result";
import { aStockUpdate } from "./a-stock-update";
import { bThumbnail } from "./b-thumbnail";
import { cAuditLog } from "./c-audit-log";
import type { Challenge, ChallengeVerdict } from "./challenge";
import { dYieldTheLoop } from "./d-yield-the-loop";
import { eUrgentFlag } from "./e-urgent-flag";
import { fRequestLineDependency } from "./f-request-line-dependency";
import { gResponseTaskList } from "./g-response-task-list";
import { hWorkerThreadReport } from "./h-worker-thread-report";
import { iAcceptedStatus } from "./i-accepted-status";

export type { Challenge, ChallengeVerdict } from "./challenge";

export const challenges: readonly Challenge[] = [
  aStockUpdate,
  bThumbnail,
  cAuditLog,
  dYieldTheLoop,
  eUrgentFlag,
  fRequestLineDependency,
  gResponseTaskList,
  hWorkerThreadReport,
  iAcceptedStatus,
];

export function challengeById(id: string): Challenge | undefined {
  return challenges.find((challenge) => challenge.id === id);
}

/** The challenges that start from an example: the sandbox checks each run of that example against them. */
export function challengesForExample(exampleId: string): Challenge[] {
  return challenges.filter((challenge) => challenge.startsFrom === exampleId);
}

export function challengeForLesson(slug: string): Challenge | undefined {
  return challenges.find((challenge) => challenge.lessonSlug === slug);
}

/** Checks a run against a challenge; an unknown id or a failed run is never solved. */
export function checkChallenge(id: string, run: RunResult): ChallengeVerdict {
  const challenge = challengeById(id);
  if (!challenge) return { solved: false, message: `No existe el reto «${id}».` };
  if (run.error !== undefined) return { solved: false, message: `La ejecución falló: ${run.error}` };
  return challenge.check(run);
}
