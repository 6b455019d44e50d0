import type { ReactNode } from "react";

/** Optional detail for the curious, closed by default. */
export function DeepDive({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <details className="group my-6 rounded-lg border border-deep/40 bg-deep-bg px-4 py-3">
      <summary className="cursor-pointer font-semibold text-deep">
        <span className="text-sm font-medium">A fondo: </span>
        {title ?? "Más detalles"}
      </summary>
      <div className="mt-3 space-y-3">{children}</div>
    </details>
  );
}
