// `claimlens annotate FILE... [--format json|jsonl|markdown|text]` (placeholder until the CLI lands).
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../analysis';

const [cmd, file] = process.argv.slice(2);
if (cmd !== 'annotate' || !file) {
  process.stderr.write('usage: claimlens annotate FILE\n');
  process.exit(2);
}
const text = readFileSync(file === '-' ? 0 : file, 'utf8');
process.stdout.write(JSON.stringify(analyzeArticle(text), null, 2) + '\n');
