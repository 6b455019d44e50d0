import Link from "next/link";
import { lessons } from "../content/lessons";
import { ProgressSummary, SolvedBadge, VisitedBadge } from "./_components/VisitedLessons";
import { challengeForLesson } from "../content/challenges";

const outcomes = [
  "Qué es una tarea en segundo plano y por qué responder primero al cliente hace rápida una API.",
  "Escribir endpoints que añaden tareas con BackgroundTasks, desde el handler y desde una dependencia.",
  "En qué orden pasa todo: la respuesta llega al cliente y solo después se ejecutan las tareas, una tras otra.",
  "Cuándo no usarlas: el trabajo pesado de CPU bloquea el servidor y pide un worker thread o una cola de tareas.",
];

export default function HomePage() {
  return (
    <main id="contenido" className="mx-auto max-w-5xl px-4 pt-10 sm:px-6 sm:pt-16">
      <section aria-labelledby="portada">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">Curso interactivo</p>
        <h1 id="portada" className="mt-2 text-4xl font-bold tracking-tight sm:text-5xl">
          Segundo Plano
        </h1>
        <p className="mt-4 max-w-3xl text-lg leading-relaxed text-muted sm:text-xl">
          Aprende a hacer el trabajo lento <strong className="text-fg">después</strong> de responder: una API que
          envía un correo, procesa una imagen o escribe un registro sin hacer esperar al cliente. Cada ejemplo aparece
          dos veces, el original de FastAPI en Python y su versión en TypeScript con la biblioteca{" "}
          <Link href="/biblioteca">background-tasks</Link>, junto con lo que pasó al ejecutarlo de verdad: la
          respuesta, la consola y los archivos escritos.
        </p>
        <p className="mt-6 flex flex-wrap gap-3">
          <Link
            href={`/lecciones/${lessons[0]?.slug ?? ""}`}
            className="rounded-lg bg-accent px-5 py-2.5 font-semibold text-accent-fg no-underline hover:opacity-90"
          >
            Empezar por la lección A
          </Link>
          <Link
            href="/biblioteca"
            className="rounded-lg border border-line px-5 py-2.5 font-semibold text-fg no-underline hover:border-accent"
          >
            Ver la biblioteca
          </Link>
        </p>
      </section>

      <section aria-labelledby="aprenderas" className="mt-14">
        <h2 id="aprenderas" className="text-2xl font-bold tracking-tight">
          Lo que aprenderás
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {outcomes.map((outcome) => (
            <li key={outcome} className="rounded-lg border border-line bg-surface p-4 leading-relaxed">
              {outcome}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="lecciones" className="mt-14">
        <h2 id="lecciones" className="scroll-mt-6 text-2xl font-bold tracking-tight">
          Las {lessons.length} lecciones
        </h2>
        <div className="mt-2">
          <ProgressSummary
            slugs={lessons.map((lesson) => lesson.slug)}
            retoIds={lessons.flatMap((lesson) => challengeForLesson(lesson.slug)?.id ?? [])}
          />
        </div>
        <ol className="mt-4 space-y-3">
          {lessons.map((lesson) => (
            <li key={lesson.slug}>
              <Link
                href={`/lecciones/${lesson.slug}`}
                prefetch={false}
                className="flex gap-4 rounded-lg border border-line p-4 no-underline hover:border-accent"
                data-lesson={lesson.slug}
              >
                <span
                  aria-hidden="true"
                  className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-surface font-semibold text-fg"
                >
                  {lesson.letter}
                </span>
                <span className="flex min-w-0 flex-1 flex-col gap-1">
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold text-fg">
                      <span className="sr-only">Lección {lesson.letter}: </span>
                      {lesson.title}
                    </span>
                    <VisitedBadge slug={lesson.slug} />
                    {challengeForLesson(lesson.slug) ? <SolvedBadge retoId={challengeForLesson(lesson.slug)!.id} /> : null}
                  </span>
                  <span className="text-sm leading-relaxed text-muted">{lesson.summary}</span>
                </span>
              </Link>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
