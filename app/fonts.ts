import localFont from "next/font/local";

// Self-hosted (the build machine is offline): the latin subsets of Inter and JetBrains Mono,
// copied from @fontsource-variable. Latin covers Spanish (á é í ó ú ü ñ ¿ ¡).
export const sans = localFont({
  src: "./fonts/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-inter",
  // Not preloaded: text paints at once in the metric-matched fallback, and the font stays off
  // the critical path of the first paint on slow mobile connections.
  preload: false,
});

export const mono = localFont({
  src: "./fonts/jetbrains-mono-latin-wght-normal.woff2",
  weight: "100 800",
  style: "normal",
  display: "swap",
  variable: "--font-jetbrains-mono",
  preload: false,
});
