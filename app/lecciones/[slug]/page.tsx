import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { lessonBySlug, lessons } from "../../../content/lessons";
import { LessonPager } from "../../_components/LessonPager";
import { LessonSidebar } from "../../_components/LessonSidebar";
import type { MdxPage } from "../../_components/mdx-page";
import { TableOfContents } from "../../_components/TableOfContents";
import { MarkVisited } from "../../_components/VisitedLessons";

interface Props {
  params: Promise<{ slug: string }>;
}

// Every lesson is rendered at build time; any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return lessons.map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = lessonBySlug((await params).slug);
  if (!lesson) return {};
  return { title: `${lesson.letter}. ${lesson.title}`, description: lesson.summary };
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const lesson = lessonBySlug(slug);
  if (!lesson) notFound();
  const index = lessons.indexOf(lesson);
  const page = (await import(`../../../content/${slug}.mdx`)) as MdxPage;
  const Content = page.default;

  return (
    <div className="mx-auto max-w-[96rem] px-4 pt-6 sm:px-6 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10 lg:pt-10">
      <LessonSidebar lessons={lessons} current={lesson.slug} />
      <main
        id="contenido"
        className="mt-6 min-w-0 lg:mt-0 2xl:grid 2xl:grid-cols-[minmax(0,1fr)_13rem] 2xl:gap-x-10"
      >
        <header className="2xl:col-start-1">
          <p className="text-sm font-medium text-muted">
            Lección {lesson.letter} de {lessons.length}
          </p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">{lesson.title}</h1>
          <p className="mt-3 max-w-[46rem] text-lg text-muted">{lesson.summary}</p>
        </header>
        {page.tableOfContents.length > 0 ? (
          <div className="mt-6 rounded-lg border border-line p-4 2xl:sticky 2xl:top-4 2xl:col-start-2 2xl:row-span-3 2xl:row-start-1 2xl:mt-0 2xl:self-start 2xl:border-0 2xl:p-0">
            <TableOfContents entries={page.tableOfContents} />
          </div>
        ) : null}
        <div className="prose mt-8 min-w-0 2xl:col-start-1">
          <Content />
        </div>
        <div className="2xl:col-start-1">
          <LessonPager previous={lessons[index - 1]} next={lessons[index + 1]} />
        </div>
      </main>
      <MarkVisited slug={lesson.slug} />
    </div>
  );
}
