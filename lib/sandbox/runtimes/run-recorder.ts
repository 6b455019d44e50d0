// Collects a run's items into a RunResult with the harness's own parser, whichever runtime produced them.
import { RunStreamParser, STRUCTURED_PREFIX, type HarnessMessage, type RunError, type RunResult, type StreamItem } from "../run-result";
import { STOPPED_MESSAGE } from "./runtime";

export class RunRecorder {
  readonly #id: string;
  readonly #parser: RunStreamParser;
  readonly #onItem: ((item: StreamItem) => void) | undefined;
  #stopped = false;

  constructor(id: string, onItem?: (item: StreamItem) => void) {
    this.#id = id;
    this.#onItem = onItem;
    this.#parser = new RunStreamParser(onItem);
  }

  /** Raw output of the harness (WebContainer's single stream). */
  pushText(chunk: string): StreamItem[] {
    return this.#parser.push(chunk, "stdout");
  }

  /** A message that arrived as an object (Navegador): parsed exactly as its structured line would be. */
  pushMessage(message: HarnessMessage): StreamItem[] {
    return this.#parser.push(`${STRUCTURED_PREFIX}${JSON.stringify(message)}\n`, "stdout");
  }

  /** An error found outside the stream (a time limit, a runtime that failed); the live view sees it too. */
  addError(error: RunError): void {
    this.#parser.addError(error);
    this.#onItem?.({ type: "error", error });
  }

  markStopped(): void {
    this.#stopped = true;
  }

  get ended(): boolean {
    return this.#parser.ended;
  }

  result(): RunResult {
    this.#parser.end();
    const result = this.#parser.result(this.#id);
    if (this.#stopped && !result.errors.some((error) => error.fatal)) result.error = STOPPED_MESSAGE;
    return result;
  }
}
