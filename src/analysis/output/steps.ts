// Long computations written once as generators that yield now and then, and run either at once
// (the CLI, tests) or in time slices that give the event loop back between them (the extension
// host, where a merge over thousands of articles must not freeze the editor).

/** A computation that yields between chunks of work and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end in one go. */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs the steps in slices of about `sliceMs`, yielding to the event loop between slices. */
export async function runSliced<T>(steps: Steps<T>, sliceMs = 8): Promise<T> {
  for (;;) {
    const start = performance.now();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() - start >= sliceMs) break;
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** How often loops over members yield (cheap enough to check, small enough to keep slices short). */
export const STEP = 256;
