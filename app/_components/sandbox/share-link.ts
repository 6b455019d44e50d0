// Compartir: the code travels in the URL fragment (#codigo=<example>:<base64url>), which browsers never send to a server.

const KEY = "codigo";

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(data: string): string {
  const binary = atob(data.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** The fragment (with its "#") that carries this code for this example. */
export function shareHash(exampleId: string, code: string): string {
  return `#${KEY}=${exampleId}:${toBase64Url(code)}`;
}

/** The code a fragment carries for this example, or null. */
export function codeFromHash(hash: string, exampleId: string): string | null {
  const prefix = `#${KEY}=${exampleId}:`;
  if (!hash.startsWith(prefix)) return null;
  try {
    return fromBase64Url(hash.slice(prefix.length));
  } catch {
    return null;
  }
}
