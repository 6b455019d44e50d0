import type { ComponentType } from "react";
import type { MDXComponents } from "mdx/types";
import type { TocEntry } from "./table-of-contents";

/** What a compiled .mdx/.md module exports here (see next.config.js and app/_mdx/). */
export interface MdxPage {
  default: ComponentType<{ components?: MDXComponents }>;
  tableOfContents: readonly TocEntry[];
}
