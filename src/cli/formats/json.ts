// `--format json` and `--format jsonl`: the claimlens/1 object (see README "JSON schema").
import type { Analysis } from '../../analysis';

export function renderJson(analysis: Analysis): string {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}

/** One line per file; `path` is as given on the command line (`-` for standard input). */
export function renderJsonLine(path: string, analysis: Analysis): string {
  const { schema, ...rest } = analysis;
  return `${JSON.stringify({ schema, path, ...rest })}\n`;
}
