import type { Root } from "hast";

/** Adds `export const tableOfContents: { depth: 2 | 3; id: string; text: string }[]` to an MDX module. */
export default function rehypeTableOfContents(): (tree: Root) => void;
