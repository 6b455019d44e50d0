/** One heading of a page, as exported by app/_mdx/rehype-table-of-contents.mjs. */
export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}
