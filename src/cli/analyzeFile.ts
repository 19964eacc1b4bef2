// The one place the CLI runs the analysis. Kept to a single async function so a worker pool can
// replace the in-process call for large inputs without touching the rest of the CLI.
import { analyzeArticle } from '../analysis';
import type { Analysis } from '../analysis';
import type { Article } from './readInput';

export async function analyzeFile(article: Article): Promise<Analysis> {
  return analyzeArticle(article.text, { languageId: article.languageId });
}
