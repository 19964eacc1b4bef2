// Hover cards: thin vscode glue over the pure buildHoverCard().
import * as vscode from 'vscode';
import { lineColumn, lineStarts } from '../analysis/text';
import type { DocumentService } from './documentService';
import { buildHoverCard, HOVER_COMMANDS } from './hoverCard';
import { registerForArticles } from './selector';

export class ClaimLensHoverProvider implements vscode.HoverProvider {
  /** Line starts per analysed version, so a card's "line N" labels cost a binary search. */
  private lines = new WeakMap<object, number[]>();

  constructor(private readonly service: DocumentService) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    try {
      if (!this.service.isArticle(doc) && !this.service.snapshot(doc)) return undefined;
      const snap = await this.service.current(doc);
      if (!snap) return undefined;
      const offset = doc.offsetAt(position);
      let starts = this.lines.get(snap.analysis);
      if (!starts) {
        starts = lineStarts(doc.getText());
        this.lines.set(snap.analysis, starts);
      }
      const card = buildHoverCard({
        lookup: snap.lookup,
        offset,
        uri: doc.uri.toString(),
        lineOf: (o) => lineColumn(starts as number[], o).line,
        entityTypes: this.service.settings.entityTypes,
      });
      if (!card) return undefined;
      const md = new vscode.MarkdownString(card.markdown, true);
      md.isTrusted = { enabledCommands: HOVER_COMMANDS };
      md.supportHtml = false;
      return new vscode.Hover(md, new vscode.Range(doc.positionAt(card.range.start), doc.positionAt(card.range.end)));
    } catch (err) {
      this.service.log.error(`hover failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return undefined;
    }
  }
}

export function registerHover(context: vscode.ExtensionContext, deps: { service: DocumentService }): void {
  const provider = new ClaimLensHoverProvider(deps.service);
  registerForArticles(context, deps.service, (selector) => vscode.languages.registerHoverProvider(selector, provider));
}
