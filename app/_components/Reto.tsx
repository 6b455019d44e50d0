import { readFileSync } from "node:fs";
import path from "node:path";
import type { ReactNode } from "react";
import { challengeById } from "../../content/challenges";
import { CodeBlock } from "./CodeBlock";
import { RetoPanel } from "./RetoPanel";

/** Text with `inline code` between backticks, as challenge statements are written. */
function withInlineCode(text: string): ReactNode[] {
  return text.split("`").map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part));
}

/**
 * <Reto id="…" />: a challenge of the lesson. The statement and the solution are rendered at build
 * time; solving is checked by the sandbox (recordChallengeRun) and remembered in localStorage.
 */
export function Reto({ id }: { id: string }) {
  const challenge = challengeById(id);
  if (!challenge) throw new Error(`<Reto id="${id}">: no such challenge in content/challenges`);
  const solution = readFileSync(path.join(process.cwd(), "content", challenge.solutionFile), "utf8");
  const scenarioFile = path.join(process.cwd(), "content", "examples", challenge.startsFrom, "scenario.json");
  const startTitle = (JSON.parse(readFileSync(scenarioFile, "utf8")) as { title: string }).title;
  const titleId = `reto-${id}-titulo`;

  return (
    <section aria-labelledby={titleId} className="not-prose my-8 rounded-xl border-2 border-accent/40 p-4" data-reto={id} data-reto-ejemplo={challenge.startsFrom}>
      <p id={titleId} className="font-semibold text-fg">
        <span className="text-accent">Reto: </span>
        {challenge.title}
      </p>
      <p className="mt-2 text-fg">{withInlineCode(challenge.statement)}</p>
      <p className="mt-2 text-sm text-muted">
        Parte del ejemplo «{startTitle}». Al ejecutarlo, se comprueban la línea de tiempo, las respuestas y los archivos de tu ejecución.
      </p>
      <RetoPanel id={id} exampleId={challenge.startsFrom} solutionCode={solution} solution={<CodeBlock code={solution} lang="typescript" />} />
    </section>
  );
}
