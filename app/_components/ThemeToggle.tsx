"use client";

import { useSyncExternalStore } from "react";
import { applyTheme, THEME_STORAGE_KEY, type Theme } from "./theme";

const listeners = new Set<() => void>();
const systemDark = () => window.matchMedia("(prefers-color-scheme: dark)");

function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return value === "dark" || value === "light" ? value : null;
  } catch {
    return null;
  }
}

function currentTheme(): Theme {
  return storedTheme() ?? (systemDark().matches ? "dark" : "light");
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  // With no explicit choice, follow the system live.
  const media = systemDark();
  const onSystemChange = () => {
    if (storedTheme() === null) applyTheme(currentTheme());
    onChange();
  };
  media.addEventListener("change", onSystemChange);
  return () => {
    listeners.delete(onChange);
    media.removeEventListener("change", onSystemChange);
  };
}

function choose(theme: Theme): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
  applyTheme(theme);
  for (const listener of listeners) listener();
}

/**
 * A labelled switch: on = dark theme. The inline boot script already applied the theme, so the
 * track (styled by the `dark` class) is right before hydration; aria-checked follows after it.
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | null>(subscribe, currentTheme, () => null);
  const dark = theme === "dark";
  return (
    <button
      type="button"
      role="switch"
      aria-checked={dark}
      onClick={() => choose(dark ? "light" : "dark")}
      className="inline-flex items-center gap-2 rounded-md border border-line px-3 py-1.5 text-sm text-fg hover:bg-surface"
      data-testid="theme-toggle"
    >
      <span
        aria-hidden="true"
        className="relative inline-block h-4 w-7 rounded-full bg-line transition-colors dark:bg-accent"
      >
        <span className="absolute top-0.5 left-0.5 h-3 w-3 rounded-full bg-bg transition-transform dark:translate-x-3" />
      </span>
      Tema oscuro
    </button>
  );
}
