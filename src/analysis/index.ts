// Public surface of the analysis core. No `vscode` import anywhere below src/analysis.
export * from './model';
export { analyzeArticle, type FactsCache } from './analyze';
export { lineStarts, lineColumn, foldKey } from './text/text';
