// Outline: the article's headings (plain text; Markdown's own provider already lists its headings)
// and its entities grouped as People / Places / Organizations, each at its first mention.
import * as vscode from 'vscode';
import type { Entity, EntityType } from '../analysis/model';
import { isHeading } from '../analysis/text/headings';
import type { DocumentService } from './documentService';
import { currentSnapshot, safely, spanRange } from './providerSupport';
import { registerForArticles } from './selector';

const GROUPS: { type: EntityType; label: string; kind: vscode.SymbolKind }[] = [
  { type: 'person', label: 'People', kind: vscode.SymbolKind.Object },
  { type: 'place', label: 'Places', kind: vscode.SymbolKind.Struct },
  { type: 'organization', label: 'Organizations', kind: vscode.SymbolKind.Module },
];

export class ClaimLensSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly service: DocumentService) {}

  provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[] | undefined> {
    return safely(this.service, 'document symbols', async () => {
      const snap = await currentSnapshot(this.service, doc);
      if (!snap) return undefined;
      const symbols: vscode.DocumentSymbol[] = doc.languageId === 'markdown' ? [] : plainHeadings(doc);
      const types = this.service.settings.entityTypes;
      for (const group of GROUPS) {
        if (!types.includes(group.type)) continue;
        const entities = snap.analysis.entities.filter((e) => e.type === group.type && e.mentions.length > 0);
        if (entities.length === 0) continue;
        const children = entities
          .map((e) => entitySymbol(doc, e, group.kind))
          .sort((a, b) => a.selectionRange.start.compareTo(b.selectionRange.start));
        const range = children.map((c) => c.range).reduce((a, b) => a.union(b));
        const parent = new vscode.DocumentSymbol(group.label, `${entities.length}`, vscode.SymbolKind.Namespace, range, children[0].selectionRange);
        parent.children = children;
        symbols.push(parent);
      }
      return symbols;
    });
  }
}

function entitySymbol(doc: vscode.TextDocument, e: Entity, kind: vscode.SymbolKind): vscode.DocumentSymbol {
  const mentions = [...e.mentions].sort((a, b) => a.start - b.start);
  const first = spanRange(doc, mentions[0]);
  const range = first.union(spanRange(doc, mentions[mentions.length - 1]));
  const detail = [`${mentions.length}×`, ...e.roles.slice(0, 1)].join(' · ');
  return new vscode.DocumentSymbol(e.name, detail, kind, range, first);
}

/**
 * A plain-text heading is a short title-cased line without a final stop. Articles put paragraphs on
 * one line each or separate them by blank lines; either way the line before a heading is blank or
 * ends a sentence, so a hard-wrapped line in the middle of a sentence is not taken for one.
 */
function plainHeadings(doc: vscode.TextDocument): vscode.DocumentSymbol[] {
  const headings: { line: number; text: string }[] = [];
  for (let i = 0; i < doc.lineCount; i++) {
    const line = doc.lineAt(i);
    if (line.isEmptyOrWhitespace || line.text.length > 160) continue;
    const before = i === 0 ? '' : doc.lineAt(i - 1).text.trim();
    const starts = before === '' || /[.!?:"”’)]$/.test(before) || isHeading(before);
    if (starts && isHeading(line.text)) headings.push({ line: i, text: line.text.trim() });
  }
  return headings.map((h, k) => {
    const endLine = k + 1 < headings.length ? headings[k + 1].line - 1 : doc.lineCount - 1;
    const selection = doc.lineAt(h.line).range;
    const range = new vscode.Range(selection.start, doc.lineAt(Math.max(h.line, endLine)).range.end);
    return new vscode.DocumentSymbol(h.text, '', vscode.SymbolKind.String, range, selection);
  });
}

export function registerDocumentSymbols(context: vscode.ExtensionContext, deps: { service: DocumentService }): void {
  const provider = new ClaimLensSymbolProvider(deps.service);
  registerForArticles(context, deps.service, (selector) =>
    vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: 'ClaimLens' }),
  );
}
