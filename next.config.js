import path from "node:path";
import { fileURLToPath } from "node:url";
import createMDX from "@next/mdx";

const root = path.dirname(fileURLToPath(import.meta.url));

// Cross-origin isolation (SharedArrayBuffer, WebContainer). Client-side navigation keeps the
// first page's headers, so every route gets them, and Turbopack's worker scripts need COEP too.
const isolationHeaders = [
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Embedder-Policy", value: "require-corp" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ["ts", "tsx", "md", "mdx"],
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: isolationHeaders },
      { source: "/_next/static/:path*", headers: isolationHeaders },
    ];
  },
};

// Plugins are named by string so that Turbopack can pass them to the loader (no functions).
const withMDX = createMDX({
  extension: /\.(md|mdx)$/,
  options: {
    remarkPlugins: ["remark-gfm"],
    rehypePlugins: [
      "rehype-slug",
      path.join(root, "app/_mdx/rehype-table-of-contents.mjs"),
      [
        "@shikijs/rehype",
        {
          themes: { light: "github-light-default", dark: "github-dark-default" },
          defaultColor: "light",
          fallbackLanguage: "text",
        },
      ],
    ],
  },
});

export default withMDX(nextConfig);
