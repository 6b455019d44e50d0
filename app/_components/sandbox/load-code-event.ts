// A page-wide request to put some code into an example's sandbox (the Reto's "Cargar la solución").

export const LOAD_CODE_EVENT = "segundo-plano:cargar-codigo";

export interface LoadCodeDetail {
  exampleId: string;
  code: string;
}

export function requestLoadCode(target: EventTarget, detail: LoadCodeDetail): void {
  target.dispatchEvent(new CustomEvent<LoadCodeDetail>(LOAD_CODE_EVENT, { detail }));
}

/** Calls `load` with the code meant for `exampleId`; returns the function that stops listening. */
export function onLoadCode(target: EventTarget, exampleId: string, load: (code: string) => void): () => void {
  const listener = (event: Event) => {
    const detail = (event as CustomEvent<LoadCodeDetail>).detail;
    if (detail?.exampleId === exampleId && typeof detail.code === "string") load(detail.code);
  };
  target.addEventListener(LOAD_CODE_EVENT, listener);
  return () => target.removeEventListener(LOAD_CODE_EVENT, listener);
}
