import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line">
      <div className="mx-auto flex max-w-7xl flex-col gap-2 px-4 py-6 text-sm text-muted sm:flex-row sm:justify-between sm:px-6">
        <p>
          Segundo Plano: un curso sobre tareas en segundo plano, de FastAPI a TypeScript.
        </p>
        <p>
          Los ejemplos usan la biblioteca <Link href="/biblioteca">background-tasks</Link>.
        </p>
      </div>
    </footer>
  );
}
