// Outline and breadcrumbs: People, Places, Organizations and Claims as top-level groups; in plain
// text the article's headings come first, in document order (Markdown's own provider lists a
// Markdown article's headings, so ClaimLens adds none there).
//
// Every ClaimLens symbol's range is just its first mention (or the claim itself), never a span of
// the article: breadcrumbs show the section heading wherever the cursor is, not "People". With
// headings, the groups sit at the article's end, so the Outline (in position order) lists the
// headings first; clicking a group's name goes to the end, its entries go to their mentions.
// VS Code has no person symbol kind; people get Interface (a node with a tie, not code's `{}`),
// organizations Class (an org chart), places Struct, groups Array, quotes String, reported Key.
import * as vscode from 'vscode';
import type { Claim, Entity, EntityType } from '../analysis/model';
import { sourceWords } from '../analysis/output/attribution';
import { isHeading } from '../analysis/text/headings';
import type { DocumentService } from './documentService';
import { currentSnapshot, safely, spanRange } from './providerSupport';
import { registerForArticles } from './selector';
import { firstWords } from './views/claimsTreeModel';

export const ENTITY_SYMBOL_KIND: Record<EntityType, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Interface,
  place: vscode.SymbolKind.Struct,
  organization: vscode.SymbolKind.Class,
};

const HEADING_KIND = vscode.SymbolKind.String;
const GROUP_KIND = vscode.SymbolKind.Array;

const GROUPS: { type: EntityType; label: string }[] = [
  { type: 'person', label: 'People' },
  { type: 'place', label: 'Places' },
  { type: 'organization', label: 'Organizations' },
];

export class ClaimLensSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly service: DocumentService) {}

  provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[] | undefined> {
    return safely(this.service, 'document symbols', async () => {
      const snap = await currentSnapshot(this.service, doc);
      if (!snap) return undefined;
      const symbols: vscode.DocumentSymbol[] = doc.languageId === 'markdown' ? [] : plainHeadings(doc);
      const types = this.service.settings.entityTypes;
      for (const { type, label } of GROUPS) {
        if (!types.includes(type)) continue;
        const entities = snap.analysis.entities.filter((e) => e.type === type && e.mentions.length > 0);
        const group = groupSymbol(label, entities.map((e) => entitySymbol(doc, e)));
        if (group) symbols.push(group);
      }
      const claims = groupSymbol('Claims', snap.analysis.claims.map((c) => claimSymbol(doc, c)));
      if (claims) symbols.push(claims);
      if (symbols.some((s) => s.kind === HEADING_KIND)) placeAtEnd(doc, symbols.filter((s) => s.kind === GROUP_KIND));
      return symbols;
    });
  }
}

/**
 * VS Code orders the Outline by range (ties by name): groups on the article's last characters, one
 * apart and in their own order, come after every heading.
 */
function placeAtEnd(doc: vscode.TextDocument, groups: vscode.DocumentSymbol[]): void {
  const length = doc.getText().length;
  groups.forEach((g, i) => {
    const at = doc.positionAt(Math.max(0, length - (groups.length - 1 - i)));
    g.range = g.selectionRange = new vscode.Range(at, at);
  });
}

/** A group at its earliest child, children in text order; none when empty. */
function groupSymbol(label: string, children: vscode.DocumentSymbol[]): vscode.DocumentSymbol | undefined {
  if (children.length === 0) return undefined;
  children.sort((a, b) => a.selectionRange.start.compareTo(b.selectionRange.start));
  const at = children[0].selectionRange;
  const group = new vscode.DocumentSymbol(label, String(children.length), GROUP_KIND, at, at);
  group.children = children;
  return group;
}

function entitySymbol(doc: vscode.TextDocument, e: Entity): vscode.DocumentSymbol {
  const first = spanRange(doc, e.mentions.reduce((a, b) => (b.start < a.start ? b : a)));
  const detail = [`${e.mentions.length}×`, ...e.roles.slice(0, 1)].join(' · ');
  return new vscode.DocumentSymbol(e.name, detail, ENTITY_SYMBOL_KIND[e.type], first, first);
}

/** “The first words…” — who (as written, when inferred) and the cue. */
function claimSymbol(doc: vscode.TextDocument, c: Claim): vscode.DocumentSymbol {
  const words = firstWords(c.text, 60) || '…';
  const name = c.kind === 'direct' ? `“${words}”` : words;
  const detail = [c.source ? sourceWords(c.source) : 'no source', c.cue?.text.replace(/\s+/g, ' ')].filter(Boolean).join(' · ');
  const range = spanRange(doc, c);
  const kind = c.kind === 'direct' ? vscode.SymbolKind.String : vscode.SymbolKind.Key;
  return new vscode.DocumentSymbol(name, detail, kind, range, range);
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
    return new vscode.DocumentSymbol(h.text, '', HEADING_KIND, range, selection);
  });
}

export function registerDocumentSymbols(context: vscode.ExtensionContext, deps: { service: DocumentService }): void {
  const provider = new ClaimLensSymbolProvider(deps.service);
  registerForArticles(context, deps.service, (selector) =>
    vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: 'ClaimLens' }),
  );
}
