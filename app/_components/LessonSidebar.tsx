import Link from "next/link";
import type { LessonInfo } from "@/content/lessons";
import { VisitedBadge } from "./VisitedLessons";

/**
 * All nine lessons. Narrow screens: one horizontally scrolling row above the lesson;
 * wide screens: a vertical list in the left column. No prefetching: nine prefetches on every
 * page load would cost the main thread more than a static page takes to load on click.
 */
export function LessonSidebar({ lessons, current }: { lessons: readonly LessonInfo[]; current: string }) {
  return (
    <nav aria-label="Lecciones del curso" className="lg:sticky lg:top-4 lg:self-start">
      <p className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">Lecciones</p>
      <ol className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-2 lg:mx-0 lg:flex-col lg:gap-0.5 lg:overflow-visible lg:px-0">
        {lessons.map((lesson) => {
          const isCurrent = lesson.slug === current;
          return (
            <li key={lesson.slug} className="shrink-0 lg:shrink">
              <Link
                href={`/lecciones/${lesson.slug}`}
                prefetch={false}
                aria-current={isCurrent ? "page" : undefined}
                className={
                  "flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm no-underline lg:border-transparent " +
                  (isCurrent
                    ? "border-accent bg-surface font-semibold text-fg lg:border-l-accent"
                    : "border-line text-fg hover:bg-surface")
                }
              >
                <span className="font-mono text-xs text-muted" aria-hidden="true">
                  {lesson.letter}
                </span>
                <span className="whitespace-nowrap lg:whitespace-normal">{lesson.title}</span>
                <VisitedBadge slug={lesson.slug} />
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
