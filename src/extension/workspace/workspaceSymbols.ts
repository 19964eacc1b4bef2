// Go to Symbol in Workspace (Ctrl+T): the people and organizations of every indexed article, one
// entry per article they are named or quoted in, under their merged name, at their first mention
// there. Matching is VS Code's fuzzy filter on top of a cheap subsequence test here.
import * as vscode from 'vscode';
import { foldKey, lineColumn } from '../../analysis/text/text';
import type { DocumentService } from '../documentService';
import { safely } from '../providerSupport';
import type { WorkspaceSource } from '../../workspace/workspaceSources';
import type { WorkspaceIndexService } from './workspaceIndexService';

/** Enough for any list a person reads; the rest come with a longer query. */
const MAX_SYMBOLS = 1000;

const KINDS: Partial<Record<WorkspaceSource['type'], vscode.SymbolKind>> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Module,
};

export class WorkspaceSourceSymbols implements vscode.WorkspaceSymbolProvider {
  constructor(
    private readonly service: DocumentService,
    private readonly index: WorkspaceIndexService,
  ) {}

  provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[] | undefined> {
    return safely(this.service, 'workspace symbols', async () => {
      const sources = await this.index.sources();
      if (!sources) return [];
      const needle = foldKey(query).replace(/\s+/g, '');
      const out: vscode.SymbolInformation[] = [];
      for (const s of [...sources.quoted, ...sources.mentionedOnly]) {
        const kind = KINDS[s.type];
        if (kind === undefined || !matches(needle, [s.name, ...s.aliases])) continue;
        for (const a of s.articles) {
          const at = a.mentions[0] ?? a.claims[0];
          const article = this.index.current?.get(a.uri);
          if (!at || !article || token.isCancellationRequested) continue;
          const pos = (offset: number) => {
            const { line, column } = lineColumn(article.lineStarts, offset);
            return new vscode.Position(line - 1, column - 1);
          };
          const location = new vscode.Location(vscode.Uri.parse(a.uri, true), new vscode.Range(pos(at.start), pos(at.end)));
          const quoted = a.claims.length ? `quoted ${a.claims.length}×` : 'named';
          out.push(new vscode.SymbolInformation(s.name, kind, `${a.path} · ${quoted}`, location));
          if (out.length >= MAX_SYMBOLS) return out;
        }
      }
      return out;
    });
  }
}

/** The query's letters in order in one of the names (accent- and case-insensitive). */
export function matches(needle: string, names: readonly string[]): boolean {
  if (!needle) return true;
  return names.some((n) => {
    const hay = foldKey(n).replace(/\s+/g, '');
    let i = 0;
    for (const ch of hay) if (ch === needle[i] && ++i === needle.length) return true;
    return false;
  });
}

export function registerWorkspaceSymbols(context: vscode.ExtensionContext, deps: { service: DocumentService; index: WorkspaceIndexService }): void {
  context.subscriptions.push(vscode.languages.registerWorkspaceSymbolProvider(new WorkspaceSourceSymbols(deps.service, deps.index)));
}
