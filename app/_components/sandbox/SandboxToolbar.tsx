// Ejecutar, Detener, Restablecer, Compartir: the same bar before and after the workspace has loaded.

export interface SandboxToolbarProps {
  running: boolean;
  edited: boolean;
  shareHref: string;
  shareNote: string;
  onRun(): void;
  onStop(): void;
  onReset(): void;
  onShare(): void;
}

const base =
  "rounded-md border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:cursor-not-allowed disabled:opacity-50";
const button = `${base} border-line text-fg hover:bg-surface`;
const primary = `${base} border-accent bg-accent text-accent-fg hover:opacity-90`;

export function SandboxToolbar({ running, edited, shareHref, shareNote, onRun, onStop, onReset, onShare }: SandboxToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Acciones del ejemplo">
      <button type="button" className={primary} onClick={onRun} aria-keyshortcuts="Control+Enter Meta+Enter">
        Ejecutar
      </button>
      <button type="button" className={button} onClick={onStop} disabled={!running}>
        Detener
      </button>
      <button type="button" className={button} onClick={onReset} disabled={!edited}>
        Restablecer
      </button>
      <a
        className={`${button} no-underline`}
        href={shareHref}
        onClick={(event) => {
          event.preventDefault();
          onShare();
        }}
      >
        Compartir
      </a>
      <span className="text-sm text-muted" aria-live="polite">
        {shareNote}
      </span>
    </div>
  );
}
