// The theme contract shared by the inline script (before first paint) and the toggle.

export type Theme = "light" | "dark";

/** localStorage key of the learner's explicit choice; absent means "follow the system". */
export const THEME_STORAGE_KEY = "segundo-plano:tema";

/**
 * Runs in <head> before the body is parsed, so the first paint already has the right theme.
 * Kept tiny and dependency-free; it must not throw when storage is unavailable.
 */
export const themeBootScript = `(function(){try{var s=localStorage.getItem(${JSON.stringify(
  THEME_STORAGE_KEY,
)});var d=s==="dark"||(s!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);var e=document.documentElement;e.classList.toggle("dark",d);e.style.colorScheme=d?"dark":"light"}catch(_){}})()`;

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  root.classList.toggle("dark", theme === "dark");
  root.style.colorScheme = theme;
}
