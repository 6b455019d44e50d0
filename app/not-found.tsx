import type { Metadata } from "next";
import Link from "next/link";
import { lessons } from "../content/lessons";

export const metadata: Metadata = { title: "Página no encontrada" };

export default function NotFound() {
  return (
    <main id="contenido" className="mx-auto max-w-3xl px-4 pt-16 sm:px-6">
      <p className="text-sm font-medium text-muted">Error 404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">Página no encontrada</h1>
      <p className="mt-4 text-lg text-muted">
        La dirección que buscas no existe o ha cambiado. Puede que la lección tenga otro nombre.
      </p>
      <ul className="mt-6 list-disc space-y-2 pl-6">
        <li>
          <Link href="/">Volver al inicio</Link>
        </li>
        <li>
          <Link href={`/lecciones/${lessons[0]?.slug ?? ""}`}>Empezar por la primera lección</Link>
        </li>
        <li>
          <Link href="/biblioteca">Consultar la biblioteca background-tasks</Link>
        </li>
      </ul>
    </main>
  );
}
