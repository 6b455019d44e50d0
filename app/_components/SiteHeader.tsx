import Link from "next/link";
import { ThemeToggle } from "./ThemeToggle";

export function SiteHeader() {
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-tight text-fg no-underline">
          Segundo Plano
        </Link>
        <nav aria-label="Principal" className="mr-auto">
          <ul className="flex gap-4 text-sm font-medium">
            <li>
              <Link href="/#lecciones" className="text-fg no-underline hover:text-accent hover:underline">
                Lecciones
              </Link>
            </li>
            <li>
              <Link href="/biblioteca" className="text-fg no-underline hover:text-accent hover:underline">
                Biblioteca
              </Link>
            </li>
          </ul>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
