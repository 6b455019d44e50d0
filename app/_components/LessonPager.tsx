import Link from "next/link";
import type { LessonInfo } from "@/content/lessons";

/** Previous / next lesson links at the end of a lesson. */
export function LessonPager({ previous, next }: { previous?: LessonInfo; next?: LessonInfo }) {
  return (
    <nav aria-label="Lección anterior y siguiente" className="mt-12 grid gap-3 border-t border-line pt-6 sm:grid-cols-2">
      {previous ? (
        <Link
          href={`/lecciones/${previous.slug}`}
          rel="prev"
          className="rounded-lg border border-line p-4 no-underline hover:border-accent"
        >
          <span className="block text-sm text-muted">← Anterior</span>
          <span className="font-semibold text-fg">
            {previous.letter}. {previous.title}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link
          href={`/lecciones/${next.slug}`}
          rel="next"
          className="rounded-lg border border-line p-4 text-right no-underline hover:border-accent"
        >
          <span className="block text-sm text-muted">Siguiente →</span>
          <span className="font-semibold text-fg">
            {next.letter}. {next.title}
          </span>
        </Link>
      ) : null}
    </nav>
  );
}
