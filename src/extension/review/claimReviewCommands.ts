// Review commands for claims: verdict, note, corrected source, "not a claim" (and back), a claim
// added from the editor's selection, "Revert to Automatic", discarding an orphaned item. Each
// takes its value as a second argument (tests, keybindings) or asks with a picker.
import * as vscode from 'vscode';
import { VERDICTS, type ClaimKind, type Verdict } from '../../analysis/model';
import { VERDICT_LABELS } from '../../analysis/output/exportFormats';
import { addClaim, removeItems, restoreClaim, updateClaim, type ClaimChange } from '../../analysis/review/edit';
import type { DocumentService } from '../documentService';
import { guardedCommand } from '../providerSupport';
import type { ActiveArticle } from '../views/activeArticle';
import type { ReviewStore } from './reviewStore';
import { claimTarget, itemTarget, type ClaimTarget, type Target } from './reviewTargets';
import { VERDICT_ICONS } from './verdictStyle';

export const CLAIM_REVIEW_COMMANDS = {
  setVerdict: 'claimlens.review.setVerdict',
  editNote: 'claimlens.review.editNote',
  correctSource: 'claimlens.review.correctSource',
  notAClaim: 'claimlens.review.notAClaim',
  restoreClaim: 'claimlens.review.restoreClaim',
  addClaim: 'claimlens.review.addClaim',
  revertClaim: 'claimlens.review.revertClaim',
  discardItem: 'claimlens.review.discardItem',
  showItem: 'claimlens.review.showItem',
} as const;

interface Deps {
  service: DocumentService;
  article: ActiveArticle;
  store: ReviewStore;
}

type ItemTarget = Target & { itemId: string };
type ChangeClaim = (t: ClaimTarget, c: ClaimChange) => Promise<unknown>;

export function registerClaimReviewCommands(context: vscode.ExtensionContext, deps: Deps): void {
  const { service, article, store } = deps;
  const C = CLAIM_REVIEW_COMMANDS;
  const change: ChangeClaim = (t, c) => store.update(t.doc.uri, (review) => updateClaim(review, t.snap.review, t.claim, t.snap.text, c));
  const withClaim = (id: string, run: (t: ClaimTarget, value: unknown) => Promise<unknown>) =>
    guardedCommand(service, id, async (arg, value) => {
      const t = await claimTarget(service, article, arg);
      if (!t) {
        void vscode.window.showInformationMessage('ClaimLens: put the cursor in a claim, or pick one in the Claims view.');
        return undefined;
      }
      return run(t, value);
    });
  // Review items come from a tree node or a link, never the cursor: there is nothing to hint at.
  const withItem = (id: string, run: (t: ItemTarget, value: unknown) => Promise<unknown>) =>
    guardedCommand(service, id, async (arg, value) => {
      const t = await itemTarget(service, article, arg);
      return t ? run(t, value) : undefined;
    });

  context.subscriptions.push(
    withClaim(C.setVerdict, (t, value) => setVerdict(change, t, value)),
    withClaim(C.editNote, (t, value) => editNote(change, t, value)),
    withClaim(C.correctSource, (t, value) => correctSource(change, t, value)),
    withClaim(C.notAClaim, (t) => change(t, { hidden: true })),
    withClaim(C.revertClaim, async (t) => store.update(t.doc.uri, (r) => removeItems(r, t.snap.review.itemsByClaim.get(t.claim.id) ?? []))),
    withItem(C.restoreClaim, (t) => store.update(t.doc.uri, (r) => restoreClaim(r, t.itemId))),
    withItem(C.discardItem, (t, confirmed) => discardItem(store, t, confirmed)),
    guardedCommand(service, C.addClaim, (kind, source) => addFromSelection(deps, kind, source)),
    withItem(C.showItem, (t) => showItem(t)),
  );
}

async function setVerdict(change: ChangeClaim, t: ClaimTarget, value: unknown): Promise<unknown> {
  const verdict = isVerdict(value) ? value : await pickVerdict(t.claim.review?.verdict ?? 'unreviewed');
  return verdict ? change(t, { verdict }) : undefined;
}

async function editNote(change: ChangeClaim, t: ClaimTarget, value: unknown): Promise<unknown> {
  const note =
    typeof value === 'string'
      ? value
      : await vscode.window.showInputBox({ title: 'Review Note', prompt: 'What you found (empty to remove the note)', value: t.claim.review?.note ?? '' });
  return note === undefined ? undefined : change(t, { note });
}

/** `null` as the value puts the automatic source back. */
async function correctSource(change: ChangeClaim, t: ClaimTarget, value: unknown): Promise<unknown> {
  const name = typeof value === 'string' || value === null ? value : await pickSource(t);
  return name === undefined ? undefined : change(t, { source: name });
}

/** `true` as the second argument skips the modal confirmation. */
async function discardItem(store: ReviewStore, t: ItemTarget, confirmed: unknown): Promise<unknown> {
  if (confirmed !== true) {
    const ok = await vscode.window.showWarningMessage('ClaimLens: discard this review item? Its verdict and note are removed from the review file.', { modal: true }, 'Discard');
    if (ok !== 'Discard') return undefined;
  }
  return store.update(t.doc.uri, (r) => removeItems(r, [t.itemId]));
}

/** A hidden claim's words are still in the text: select them. An orphan's are not: say so. */
async function showItem(t: ItemTarget): Promise<unknown> {
  const at = t.snap.review.anchors.get(t.itemId);
  if (!at) {
    const o = t.snap.review.orphaned.find((x) => x.id === t.itemId);
    void vscode.window.showInformationMessage(`ClaimLens: this review item could not be placed on the article${o?.exact ? `: “${o.exact.slice(0, 120)}”` : ''}. Discard it, or restore the words.`);
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(t.doc, { preserveFocus: true, preview: false });
  editor.selection = new vscode.Selection(t.doc.positionAt(at.start), t.doc.positionAt(at.end));
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return at;
}

function isVerdict(v: unknown): v is Verdict {
  return typeof v === 'string' && (VERDICTS as readonly string[]).includes(v);
}

async function pickVerdict(current: Verdict): Promise<Verdict | undefined> {
  const picked = await vscode.window.showQuickPick(
    VERDICTS.map((v) => ({ label: `$(${VERDICT_ICONS[v]}) ${VERDICT_LABELS[v]}`, description: v === current ? 'current' : undefined, verdict: v })),
    { title: 'Verdict', placeHolder: 'What did you find?' },
  );
  return picked?.verdict;
}

/** The article's people and organizations, "type a name", and "back to the automatic source". */
async function pickSource(t: ClaimTarget): Promise<string | null | undefined> {
  type Item = vscode.QuickPickItem & { value?: string | null; type?: boolean };
  const entities = [...t.snap.analysis.entities].filter((e) => e.type !== 'place').sort((a, b) => b.mentions.length - a.mentions.length);
  const items: Item[] = entities.map((e) => ({ label: `$(${e.type === 'person' ? 'person' : 'organization'}) ${e.name}`, description: e.roles[0], value: e.name }));
  items.push({ label: '$(edit) Type a name…', type: true });
  if (t.claim.edited?.includes('source')) items.push({ label: '$(discard) Back to the automatic source', value: null });
  const picked = await vscode.window.showQuickPick(items, { title: 'Who made this claim?', placeHolder: t.claim.source ? `Now: ${t.claim.source.name}` : 'Now: no source found' });
  if (!picked) return undefined;
  if (picked.type) {
    const typed = await vscode.window.showInputBox({ title: 'Source', prompt: 'The name of who made the claim', validateInput: (v) => (v.trim() ? undefined : 'Type a name') });
    return typed?.trim() || undefined;
  }
  return picked.value;
}

async function addFromSelection(deps: Deps, kindArg: unknown, sourceArg: unknown): Promise<unknown> {
  const editor = vscode.window.activeTextEditor;
  const doc = editor?.document;
  const snap = doc ? await deps.service.current(doc) : undefined;
  if (!editor || !doc || !snap || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage('ClaimLens: select the words of the claim in an article first.');
    return undefined;
  }
  const start = doc.offsetAt(editor.selection.start);
  const end = doc.offsetAt(editor.selection.end);
  // Surrounding spaces and quotation marks are not part of a claim's content.
  const words = snap.text.slice(start, end);
  const lead = words.length - words.replace(/^[\s"'“”‘’«»]+/u, '').length;
  const trail = words.length - words.replace(/[\s"'“”‘’«»]+$/u, '').length;
  if (lead + trail >= words.length) return undefined;
  const span = { start: start + lead, end: end - trail };
  const kind: ClaimKind | undefined =
    kindArg === 'direct' || kindArg === 'reported'
      ? kindArg
      : (
          await vscode.window.showQuickPick(
            [
              { label: '$(quote) Direct quote', claimKind: 'direct' as const },
              { label: '$(comment-discussion) Reported speech', claimKind: 'reported' as const },
            ],
            { title: 'Add Claim: kind' },
          )
        )?.claimKind;
  if (!kind) return undefined;
  const source =
    typeof sourceArg === 'string' ? sourceArg : sourceArg === null ? undefined : await pickSource({ doc, snap, claim: { id: '', kind, ...span, text: '', source: null, cue: null } });
  return deps.store.update(doc.uri, (r) => addClaim(r, snap.text, span, kind, source ?? undefined));
}
