import type { TocEntry } from "./table-of-contents";

/** "En esta página": the page's ## and ### headings, built at build time. */
export function TableOfContents({ entries }: { entries: readonly TocEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby="toc-title" className="text-sm">
      <p id="toc-title" className="mb-2 font-semibold text-fg">
        En esta página
      </p>
      <ul className="space-y-1.5">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? "pl-4" : undefined}>
            <a href={`#${entry.id}`} className="text-muted no-underline hover:text-accent hover:underline">
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
