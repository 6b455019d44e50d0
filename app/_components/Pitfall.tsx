import type { ReactNode } from "react";

/** A mistake learners make, and how to avoid it. */
export function Pitfall({ title, children }: { title?: string; children: ReactNode }) {
  const heading = title ? `Cuidado: ${title}` : "Cuidado";
  return (
    <div role="note" aria-label={heading} className="my-6 rounded-lg border-l-4 border-pitfall bg-pitfall-bg px-4 py-3">
      <p className="font-semibold text-pitfall">
        <span aria-hidden="true">⚠ </span>
        {heading}
      </p>
      <div className="mt-1 space-y-3">{children}</div>
    </div>
  );
}
