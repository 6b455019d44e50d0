import { highlight, type CodeLanguage } from "./highlight";

/** A highlighted, read-only code block (server component; the HTML is static). */
export async function CodeBlock({ code, lang }: { code: string; lang: CodeLanguage }) {
  const html = await highlight(code, lang);
  return <div className="[&_pre]:m-0 [&_pre]:rounded-t-none" dangerouslySetInnerHTML={{ __html: html }} />;
}
