// A challenge (Reto): a short task the learner solves by editing an example, checked from the run.
import type { RunResult } from "../../lib/sandbox/run-result";

export interface ChallengeVerdict {
  solved: boolean;
  /** In Spanish: what is right, or the first thing still missing. */
  message: string;
}

export interface Challenge {
  id: string;
  /** The lesson the challenge belongs to (content/lessons.ts). */
  lessonSlug: string;
  /** In Spanish; inline code goes between backticks. */
  title: string;
  statement: string;
  /** The example (content/examples/<id>) whose server.ts the learner starts from, with its scenario. */
  startsFrom: string;
  /** The full server.ts that solves it, as a path relative to content/ (e.g. "challenges/solutions/x.ts"). */
  solutionFile: string;
  /** Pure: reads only the run's trace, responses and files. */
  check(run: RunResult): ChallengeVerdict;
}

export function solved(message: string): ChallengeVerdict {
  return { solved: true, message };
}

export function notYet(message: string): ChallengeVerdict {
  return { solved: false, message };
}
