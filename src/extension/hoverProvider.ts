// Hover cards: thin vscode glue over the pure buildHoverCard().
import * as vscode from 'vscode';
import { lineColumn, lineStarts } from '../analysis/text/text';
import type { DocumentService } from './documentService';
import { buildHoverCard, HOVER_COMMANDS } from './hoverCard';
import { currentSnapshot, safely, spanRange } from './providerSupport';
import { registerForArticles } from './selector';

export class ClaimLensHoverProvider implements vscode.HoverProvider {
  /** Line starts per analysis (one text version), so a card's "line N" labels cost a binary search. */
  private readonly lines = new WeakMap<object, number[]>();

  constructor(
    private readonly service: DocumentService,
    /** The same entity in other articles of the workspace ("also quoted in…"), when the index is on. */
    private readonly elsewhere?: (doc: vscode.TextDocument) => Promise<((entityId: string) => string | undefined) | undefined>,
  ) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    return safely(this.service, 'hover', async () => {
      const snap = await currentSnapshot(this.service, doc);
      if (!snap) return undefined;
      let starts = this.lines.get(snap.analysis);
      if (!starts) {
        starts = lineStarts(doc.getText());
        this.lines.set(snap.analysis, starts);
      }
      const lineIndex = starts;
      const elsewhere = await this.elsewhere?.(doc);
      const card = buildHoverCard({
        lookup: snap.lookup,
        offset: doc.offsetAt(position),
        uri: doc.uri.toString(),
        lineOf: (o) => lineColumn(lineIndex, o).line,
        entityTypes: this.service.settings.entityTypes,
        elsewhere,
      });
      if (!card) return undefined;
      const md = new vscode.MarkdownString(card.markdown, /* supportThemeIcons */ true);
      // Links may run our own navigation commands and nothing else; article text is escaped.
      md.isTrusted = { enabledCommands: HOVER_COMMANDS };
      md.supportHtml = false;
      return new vscode.Hover(md, spanRange(doc, card.range));
    });
  }
}

export function registerHover(
  context: vscode.ExtensionContext,
  deps: { service: DocumentService; elsewhere?: (doc: vscode.TextDocument) => Promise<((entityId: string) => string | undefined) | undefined> },
): void {
  const provider = new ClaimLensHoverProvider(deps.service, deps.elsewhere);
  registerForArticles(context, deps.service, (selector) => vscode.languages.registerHoverProvider(selector, provider));
}
