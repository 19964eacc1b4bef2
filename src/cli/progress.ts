// The progress line of a long CLI run: on stderr, only when stderr is a terminal (nothing extra
// when piped or redirected), redrawn at most ten times a second and erased at the end.
export interface Progress {
  /** One more input done (of `total`). */
  tick(label: string): void;
  /** Erases the line (before an error line, and at the end). */
  clear(): void;
}

export const NO_PROGRESS: Progress = { tick: () => undefined, clear: () => undefined };

export function terminalProgress(write: (text: string) => void, total: number, verb: string, now: () => number = Date.now): Progress {
  let done = 0;
  let shown = false;
  let last = -Infinity;
  return {
    tick(label) {
      done++;
      const t = now();
      if (t - last < 100 && done < total) return;
      last = t;
      // The label is a file name: control characters would move the cursor; keep it short and plain.
      const name = label.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
      const tail = name.length > 50 ? `…${name.slice(-49)}` : name;
      write(`\r\x1b[Kclaimlens: ${verb} ${done}/${total} ${tail}`);
      shown = true;
    },
    clear() {
      if (shown) write('\r\x1b[K');
      shown = false;
    },
  };
}
