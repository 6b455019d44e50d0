import localFont from "next/font/local";

// Self-hosted (the build machine is offline): the latin subsets of Inter and JetBrains Mono,
// copied from @fontsource-variable. Latin covers Spanish (á é í ó ú ü ñ ¿ ¡).
export const sans = localFont({
  src: "./fonts/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  // "optional": text paints at once in the metric-matched fallback and never swaps later (a late
  // swap moved the page: CLS 0.12 on the home page); the cached font is used from the next page on.
  display: "optional",
  variable: "--font-inter",
  // Not preloaded: the font stays off the critical path of the first paint on slow connections.
  preload: false,
});

export const mono = localFont({
  src: "./fonts/jetbrains-mono-latin-wght-normal.woff2",
  weight: "100 800",
  style: "normal",
  display: "optional",
  variable: "--font-jetbrains-mono",
  preload: false,
});
