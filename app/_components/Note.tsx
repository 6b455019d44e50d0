import type { ReactNode } from "react";

/** A side remark worth knowing. */
export function Note({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div role="note" aria-label={title ?? "Nota"} className="my-6 rounded-lg border-l-4 border-note bg-note-bg px-4 py-3">
      <p className="font-semibold text-note">{title ?? "Nota"}</p>
      <div className="mt-1 space-y-3">{children}</div>
    </div>
  );
}
