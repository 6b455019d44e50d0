import type { Metadata } from "next";
import type { MDXComponents } from "mdx/types";
import * as readme from "../../lib/background-tasks/README.md";
import type { MdxPage } from "../_components/mdx-page";
import { TableOfContents } from "../_components/TableOfContents";

export const metadata: Metadata = {
  title: "Biblioteca background-tasks",
  description: "Referencia en español de background-tasks: las tareas en segundo plano de FastAPI, en TypeScript.",
};

const library = readme as unknown as MdxPage;

// The README's own "# title" would be a second h1: the page heading replaces it.
const components: MDXComponents = { h1: () => null };

export default function LibraryPage() {
  const Readme = library.default;
  return (
    <main
      id="contenido"
      className="mx-auto max-w-[80rem] px-4 pt-8 sm:px-6 lg:grid lg:grid-cols-[minmax(0,1fr)_14rem] lg:gap-x-10 lg:pt-12"
    >
      <header className="lg:col-start-1">
        <p className="text-sm font-medium text-muted">Referencia</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">La biblioteca background-tasks</h1>
        <p className="mt-3 max-w-[46rem] text-lg text-muted">
          Las tareas en segundo plano de FastAPI, con la misma semántica, para Node.js y para cualquier entorno con{" "}
          <code className="font-mono text-base">fetch</code>. Es la biblioteca que ejecutan todos los ejemplos del curso.
        </p>
      </header>
      {library.tableOfContents.length > 0 ? (
        <div className="mt-6 rounded-lg border border-line p-4 lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0 lg:self-start lg:border-0 lg:p-0">
          <TableOfContents entries={library.tableOfContents} />
        </div>
      ) : null}
      <div className="prose mt-8 min-w-0 lg:col-start-1">
        <Readme components={components} />
      </div>
    </main>
  );
}
