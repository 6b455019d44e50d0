// One call captured now, run later; and an ordered list of them. Mirrors starlette/background.py.

/** A function and its arguments, captured when the task is created. */
export class BackgroundTask<A extends unknown[] = any[]> {
  readonly fn: (...args: A) => unknown;
  readonly args: A;

  constructor(fn: (...args: A) => unknown, ...args: A) {
    if (typeof fn !== "function") throw new TypeError("BackgroundTask necesita una función");
    this.fn = fn;
    this.args = args;
  }

  /** The function's name, as traces and error messages show it. */
  get name(): string {
    return this.fn.name || "anonymous";
  }

  /** Runs the call. Sync and async functions alike: the result is always awaited. */
  async run(): Promise<void> {
    await this.fn(...this.args);
  }
}

/** An ordered list of tasks, run one at a time after the response. */
export class BackgroundTasks {
  readonly tasks: BackgroundTask[] = [];

  constructor(tasks?: Iterable<BackgroundTask>) {
    if (tasks) for (const task of tasks) this.tasks.push(task);
  }

  /** Adds `fn(...args)` to the end of the list. The arguments are checked against `fn` and captured now. */
  addTask<A extends unknown[]>(fn: (...args: A) => unknown, ...args: A): void {
    this.tasks.push(new BackgroundTask(fn, ...args));
  }

  get size(): number {
    return this.tasks.length;
  }

  [Symbol.iterator](): Iterator<BackgroundTask> {
    return this.tasks[Symbol.iterator]();
  }

  /** Runs every task in order; the first one that throws stops the rest and rejects. */
  async run(): Promise<void> {
    for (const task of this.tasks) await task.run();
  }
}

/** The tasks of one response, whether it carries a single task or a list. */
export function tasksOf(background: BackgroundTask | BackgroundTasks | null | undefined): BackgroundTask[] {
  if (!background) return [];
  return background instanceof BackgroundTasks ? background.tasks : [background];
}
