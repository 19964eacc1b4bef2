// The extension-core commands: refresh, show Claims, analyse anyway, output, and the targets of the
// hover cards' links. (Views, export and citation commands live with their features.)
import * as vscode from 'vscode';
import type { DocumentService } from './documentService';
import { COMMANDS } from './hoverCard';
import { guardedCommand } from './providerSupport';

export const CLAIMS_VIEW_ID = 'claimlens.claims';
export const ENTITIES_VIEW_ID = 'claimlens.entities';

export function registerCommands(context: vscode.ExtensionContext, deps: { service: DocumentService }): void {
  const { service } = deps;
  const command = (id: string, run: (...args: unknown[]) => unknown) => guardedCommand(service, id, run);

  context.subscriptions.push(
    command('claimlens.refresh', async (arg) => {
      const doc = await documentFrom(arg);
      if (!doc) return void vscode.window.showInformationMessage('ClaimLens: open an article (plain text or Markdown) to annotate it.');
      if (service.state(doc.uri).kind === 'too-large') {
        const choice = await vscode.window.showWarningMessage(
          `ClaimLens: ${service.state(doc.uri).detail ?? 'this document is over the size limit'}.`,
          'Analyse Anyway',
        );
        return choice ? service.ensure(doc, { force: true }) : undefined;
      }
      // An explicit request is consent enough to analyse a document in another language.
      return service.ensure(doc, { force: !service.isArticle(doc), refresh: true });
    }),
    command('claimlens.analyseAnyway', async (arg) => {
      const doc = await documentFrom(arg);
      if (!doc) return undefined;
      return service.ensure(doc, { force: true });
    }),
    command('claimlens.showClaims', async () => {
      try {
        await vscode.commands.executeCommand(`${CLAIMS_VIEW_ID}.focus`);
      } catch (err) {
        service.log.warn(`cannot focus the Claims view (${String(err)}); opening the ClaimLens container`);
        await vscode.commands.executeCommand('workbench.view.extension.claimlens');
      }
    }),
    command('claimlens.showOutput', () => service.log.show(true)),
    command(COMMANDS.goToOffset, async (uri, start, end) => selectSpan(parseUri(uri), num(start), num(end ?? start))),
    command(COMMANDS.goToFirstMention, async (uri, start, end) => selectSpan(parseUri(uri), num(start), num(end ?? start))),
    command(COMMANDS.findMentions, async (uri, offset) => {
      const target = parseUri(uri);
      const doc = await vscode.workspace.openTextDocument(target);
      const position = doc.positionAt(num(offset));
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', target, position);
      // Peek the mentions in place, like Find All References on code.
      await vscode.commands.executeCommand('editor.action.showReferences', target, position, locations ?? []);
      return locations ?? [];
    }),
  );
}

async function documentFrom(arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  return vscode.window.activeTextEditor?.document;
}

function parseUri(value: unknown): vscode.Uri {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string') return vscode.Uri.parse(value, true);
  throw new Error('missing document URI');
}

function num(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Error(`bad offset ${String(value)}`);
  return value;
}

async function selectSpan(uri: vscode.Uri, start: number, end: number): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false, preview: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
