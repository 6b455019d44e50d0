// Rehype plugin: after rehype-slug has given headings their ids, collect every h2/h3 and add
// `export const tableOfContents = [{ depth, id, text }]` to the compiled MDX module, so the
// page's table of contents is built at build time from the very ids the HTML carries.

/** @typedef {{ depth: 2 | 3, id: string, text: string }} TocEntry */

/** Text content of a hast node (what rehype-slug slugs). */
function textOf(node) {
  if (node.type === "text") return node.value;
  if ("children" in node && Array.isArray(node.children)) return node.children.map(textOf).join("");
  return "";
}

function collect(node, entries) {
  if (node.type === "element" && (node.tagName === "h2" || node.tagName === "h3")) {
    const id = node.properties?.id;
    if (typeof id === "string" && id !== "") {
      entries.push({ depth: node.tagName === "h2" ? 2 : 3, id, text: textOf(node).trim() });
    }
    return;
  }
  if ("children" in node && Array.isArray(node.children)) {
    for (const child of node.children) collect(child, entries);
  }
}

/** A JSON-like value as an ESTree expression. */
function literal(value) {
  if (Array.isArray(value)) return { type: "ArrayExpression", elements: value.map(literal) };
  if (value !== null && typeof value === "object") {
    return {
      type: "ObjectExpression",
      properties: Object.entries(value).map(([key, v]) => ({
        type: "Property",
        kind: "init",
        method: false,
        shorthand: false,
        computed: false,
        key: { type: "Identifier", name: key },
        value: literal(v),
      })),
    };
  }
  return { type: "Literal", value };
}

/** @returns {(tree: import('hast').Root) => void} */
export default function rehypeTableOfContents() {
  return (tree) => {
    /** @type {TocEntry[]} */
    const entries = [];
    collect(tree, entries);
    tree.children.unshift({
      type: "mdxjsEsm",
      value: "",
      data: {
        estree: {
          type: "Program",
          sourceType: "module",
          body: [
            {
              type: "ExportNamedDeclaration",
              specifiers: [],
              source: null,
              declaration: {
                type: "VariableDeclaration",
                kind: "const",
                declarations: [
                  {
                    type: "VariableDeclarator",
                    id: { type: "Identifier", name: "tableOfContents" },
                    init: literal(entries),
                  },
                ],
              },
            },
          ],
        },
      },
    });
  };
}
