// Command-line parsing for `claimlens`. Pure: argv in, a Command or a UsageError out.

export type Format = 'json' | 'jsonl' | 'markdown' | 'text' | 'w3c';
export const FORMATS: readonly Format[] = ['json', 'jsonl', 'markdown', 'text', 'w3c'];

export type Language = 'plaintext' | 'markdown';

/** 20 MiB: about three times the longest news article we have seen, well under compromise's memory cliff. */
export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024;

export interface AnnotateCommand {
  kind: 'annotate';
  /** Paths as given; `-` is standard input. */
  files: string[];
  format: Format;
  maxSize: number;
  /** Forces the language; otherwise `.md`/`.markdown` files are Markdown and everything else plain text. */
  language: Language | null;
  /** Review file: `auto` reads FILE.claimlens.json when present; a path; or `none` (--no-review). */
  review: 'auto' | 'none' | { path: string };
}

export type Command = AnnotateCommand | { kind: 'help' } | { kind: 'version' };

export class UsageError extends Error {}

export const USAGE =
  'usage: claimlens annotate FILE... [--format json|jsonl|markdown|text|w3c] [--language plaintext|markdown] [--max-size SIZE] [--review PATH | --no-review]';

export const HELP = `${USAGE}

Finds the people, places and organizations named in a news article, its direct quotes and
reported claims, and who made each claim.

  FILE                 an article in UTF-8; - reads standard input
  --format, -f FORMAT  text (default): a readable report with line:column
                       markdown: the same report as Markdown
                       json: one claimlens/1 object (one FILE only; use jsonl for several)
                       jsonl: one object per line per FILE, with its "path"
                       w3c: a W3C Web Annotation collection (JSON-LD), one FILE only
  --language LANG      plaintext or markdown (default: markdown for .md and .markdown files)
  --max-size SIZE      refuse larger inputs (default 20M); bytes, or with K, M or G (1024-based)
  --review PATH        apply this review file (default: FILE.claimlens.json when it exists)
  --no-review          ignore review files
  --help, -h           this help
  --version, -V        the version

ClaimLens's own reports (Markdown and text reports, marked on their first line) are not
articles: a FILE that is one is skipped, with a line on stderr.

Exit status: 0 when every file was annotated, 2 on a usage error, when a file could not be read
or was skipped as a ClaimLens report (one line on stderr per file: "claimlens: PATH: REASON"),
1 on an internal error.`;

const SIZE = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i;

/** "20M", "512k", "1.5G", "1000" (bytes) -> bytes. */
export function parseSize(value: string): number {
  const m = SIZE.exec(value.trim());
  if (!m) throw new UsageError(`--max-size: not a size: ${value}`);
  const unit = (m[2] ?? 'b')[0].toLowerCase();
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(m[1]) * factor);
  if (bytes <= 0) throw new UsageError(`--max-size must be above zero: ${value}`);
  return bytes;
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option}: unknown value "${value}" (one of ${allowed.join(', ')})`);
}

function reviewOption(current: AnnotateCommand['review'], next: 'none' | { path: string }): AnnotateCommand['review'] {
  if (current !== 'auto') throw new UsageError('--review and --no-review: give one of them, once');
  return next;
}

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) throw new UsageError('no command');
  const rest: string[] = [];
  let format: Format = 'text';
  let maxSize = DEFAULT_MAX_SIZE;
  let language: Language | null = null;
  let onlyFiles = false;
  let review: AnnotateCommand['review'] = 'auto';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      rest.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--version' || arg === '-V') return { kind: 'version' };
    if (arg === '--no-review') {
      review = reviewOption(review, 'none');
      continue;
    }
    // --opt=value and --opt value
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    if (name === '--format' || name === '-f') format = oneOf(name, takeValue(), FORMATS);
    else if (name === '--language') language = oneOf(name, takeValue(), ['plaintext', 'markdown'] as const);
    else if (name === '--max-size') maxSize = parseSize(takeValue());
    else if (name === '--review') review = reviewOption(review, { path: takeValue() });
    else throw new UsageError(`unknown option: ${name}`);
  }
  const [command, ...files] = rest;
  if (command !== 'annotate') throw new UsageError(command === undefined ? 'no command' : `unknown command: ${command}`);
  if (files.length === 0) throw new UsageError('annotate needs at least one FILE (or - for standard input)');
  if (format === 'json' && files.length > 1) {
    throw new UsageError('--format json prints one object for one FILE; use --format jsonl for several files');
  }
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  if (format === 'w3c' && files.length > 1) throw new UsageError('--format w3c prints one collection for one FILE');
  if (typeof review === 'object' && files.length > 1) throw new UsageError('--review PATH applies to one FILE; each FILE otherwise reads its own FILE.claimlens.json');
  return { kind: 'annotate', files, format, maxSize, language, review };
}
