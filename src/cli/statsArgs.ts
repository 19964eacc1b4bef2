// Arguments of `claimlens stats`, parsed with Node's util.parseArgs. Pure: argv in, a command or
// a UsageError out (args.ts dispatches here when the first argument is `stats`).
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_SIZE, parseSize, UsageError, type Language } from './args';

export type StatsFormat = 'text' | 'json' | 'csv';
export const STATS_FORMATS: readonly StatsFormat[] = ['text', 'json', 'csv'];

export interface StatsCommand {
  kind: 'stats';
  /** Articles, folders of articles, or (with --from-jsonl) JSONL files; `-` is standard input. */
  paths: string[];
  /** The paths are outputs of `annotate --format jsonl` or `stats --format json` to merge. */
  fromJsonl: boolean;
  format: StatsFormat;
  maxSize: number;
  language: Language | null;
  include: string[];
  exclude: string[];
}

export const STATS_USAGE =
  'usage: claimlens stats PATH... [--format text|json|csv] [--include GLOB] [--exclude GLOB] [--language plaintext|markdown] [--max-size SIZE]\n' +
  '       claimlens stats --from-jsonl FILE... [--format text|json|csv]';

export const STATS_HELP = `${STATS_USAGE}

The cross-article index of articles, folders of articles (same defaults as annotate), or of
earlier results: who is quoted across them, how often, in how many words, who is only
mentioned, and the balance of claims by source type and stance (claimlens-stats/1).

  --format, -f FORMAT  text (default), json (claimlens-stats/1) or csv
  --from-jsonl         the FILEs are outputs of "annotate --format jsonl" or of "stats --format
                       json" (- reads standard input): merges them, as the reduce step after a
                       map step that ran annotate on parts of an archive`;

export function parseStatsArgs(argv: readonly string[]): StatsCommand | { kind: 'help' } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'from-jsonl': { type: 'boolean' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        language: { type: 'string' },
        'max-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    // util.parseArgs' messages are long and mention its own API: keep the gist.
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    const option = /'(-[^']+)'/.exec(message)?.[1];
    throw new UsageError(/Unknown option/i.test(message) && option ? `unknown option: ${option.split(' ')[0]}` : message.replace(/\.$/, ''));
  }
  const v = parsed.values;
  if (v.help) return { kind: 'help' };
  const format = v.format ?? 'text';
  if (!(STATS_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: unknown value "${format}" (one of ${STATS_FORMATS.join(', ')})`);
  const language = v.language ?? null;
  if (language !== null && language !== 'plaintext' && language !== 'markdown') throw new UsageError(`--language: unknown value "${language}" (one of plaintext, markdown)`);
  const paths = parsed.positionals;
  const fromJsonl = v['from-jsonl'] === true;
  if (paths.length === 0) throw new UsageError(fromJsonl ? 'stats --from-jsonl needs at least one FILE (or - for standard input)' : 'stats needs at least one FILE or DIR');
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  if (fromJsonl && (v.include || v.exclude || v.language)) throw new UsageError('--include, --exclude and --language choose articles; --from-jsonl reads results');
  return {
    kind: 'stats',
    paths,
    fromJsonl,
    format: format as StatsFormat,
    maxSize: v['max-size'] !== undefined ? parseSize(v['max-size']) : DEFAULT_MAX_SIZE,
    language,
    include: v.include ?? [],
    exclude: v.exclude ?? [],
  };
}
