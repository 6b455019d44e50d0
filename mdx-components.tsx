import type { MDXComponents } from "mdx/types";
import type { ComponentPropsWithoutRef } from "react";
import { DeepDive } from "./app/_components/DeepDive";
import { Example } from "./app/_components/Example";
import { FlowDiagram } from "./app/_components/FlowDiagram";
import { Note } from "./app/_components/Note";
import { Pitfall } from "./app/_components/Pitfall";
import { Reto } from "./app/_components/Reto";

// The vocabulary lesson MDX may use (no imports in lessons): <Example id>, <Note title>,
// <Pitfall title>, <DeepDive title>, <Reto id> (a challenge), <FlowDiagram exampleId> (lesson I),
// plus plain Markdown.

/** Wide tables scroll on their own instead of widening the page; focusable so keyboards can scroll. */
function Table(props: ComponentPropsWithoutRef<"table">) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Tabla">
      <table {...props} />
    </div>
  );
}

const components: MDXComponents = {
  Example,
  Note,
  Pitfall,
  DeepDive,
  Reto,
  FlowDiagram,
  table: Table,
};

export function useMDXComponents(): MDXComponents {
  return components;
}
