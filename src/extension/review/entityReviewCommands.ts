// Review commands for names: not a name, change type, merge two cards, choose the canonical name,
// revert to automatic, and bring back a card marked "not a name". Values come as a second
// argument (tests) or from pickers.
import * as vscode from 'vscode';
import type { EntityType } from '../../analysis/model';
import { removeItems, updateEntity } from '../../analysis/review/edit';
import type { DocumentService } from '../documentService';
import { guardedCommand } from '../providerSupport';
import type { ActiveArticle } from '../views/activeArticle';
import type { ReviewStore } from './reviewStore';
import { entityTarget, itemTarget, type EntityTarget } from './reviewTargets';

export const ENTITY_REVIEW_COMMANDS = {
  correctName: 'claimlens.review.correctName',
  notAName: 'claimlens.review.notAName',
  changeType: 'claimlens.review.changeType',
  merge: 'claimlens.review.mergeEntities',
  canonical: 'claimlens.review.chooseCanonical',
  revertEntity: 'claimlens.review.revertEntity',
  restoreName: 'claimlens.review.restoreName',
} as const;

const TYPES: Array<{ type: EntityType; label: string }> = [
  { type: 'person', label: '$(person) Person' },
  { type: 'place', label: '$(location) Place' },
  { type: 'organization', label: '$(organization) Organization' },
];

interface Deps {
  service: DocumentService;
  article: ActiveArticle;
  store: ReviewStore;
}

type ChangeEntity = (t: EntityTarget, c: Parameters<typeof updateEntity>[3]) => Promise<unknown>;

export function registerEntityReviewCommands(context: vscode.ExtensionContext, deps: Deps): void {
  const { service, article, store } = deps;
  const E = ENTITY_REVIEW_COMMANDS;
  const withEntity = (id: string, run: (t: EntityTarget, value: unknown) => Promise<unknown>) =>
    guardedCommand(service, id, async (arg, value) => {
      const t = await entityTarget(service, article, arg);
      if (!t) {
        void vscode.window.showInformationMessage('ClaimLens: put the cursor on a name, or pick one in the People & Places view.');
        return undefined;
      }
      return run(t, value);
    });
  const change: ChangeEntity = (t, c) => store.update(t.doc.uri, (r) => updateEntity(r, t.snap.review, t.entity, c));

  context.subscriptions.push(
    withEntity(E.notAName, (t) => change(t, { ignore: true })),
    withEntity(E.changeType, (t, value) => changeType(change, t, value)),
    withEntity(E.merge, (t, value) => mergeWith(change, t, value)),
    withEntity(E.canonical, (t, value) => chooseCanonical(change, t, value)),
    withEntity(E.correctName, (t, action) => correctName(t, action)),
    withEntity(E.revertEntity, (t) => store.update(t.doc.uri, (r) => removeItems(r, t.snap.review.itemsByEntity.get(t.entity.id) ?? []))),
    guardedCommand(service, E.restoreName, async (arg) => {
      const t = await itemTarget(service, article, arg);
      return t ? store.update(t.doc.uri, (r) => removeItems(r, [t.itemId])) : undefined;
    }),
  );
}

async function changeType(change: ChangeEntity, t: EntityTarget, value: unknown): Promise<unknown> {
  const type = TYPES.find((x) => x.type === value)?.type ?? (await vscode.window.showQuickPick(TYPES.filter((x) => x.type !== t.entity.type), { title: `${t.entity.name} is a…` }))?.type;
  return type ? change(t, { type }) : undefined;
}

/** The value is the other card's entity id; the picker lists cards of the same type first. */
async function mergeWith(change: ChangeEntity, t: EntityTarget, value: unknown): Promise<unknown> {
  const others = t.snap.analysis.entities.filter((e) => e.id !== t.entity.id);
  const other =
    others.find((e) => e.id === value) ??
    (
      await vscode.window.showQuickPick(
        others.filter((e) => e.type === t.entity.type).concat(others.filter((e) => e.type !== t.entity.type)).map((e) => ({ label: e.name, description: e.type, entity: e })),
        { title: `The same ${t.entity.type} as ${t.entity.name}:`, placeHolder: 'Pick the other card' },
      )
    )?.entity;
  return other ? change(t, { mergeWith: other }) : undefined;
}

/** One of the forms the article uses, or a name typed in. */
async function chooseCanonical(change: ChangeEntity, t: EntityTarget, value: unknown): Promise<unknown> {
  const forms = [t.entity.name, ...t.entity.aliases];
  let name = typeof value === 'string' ? value : undefined;
  if (name === undefined) {
    const picked = await vscode.window.showQuickPick([...forms.map((f) => ({ label: f })), { label: '$(edit) Type a name…' }], { title: `Show ${t.entity.name} as…` });
    if (!picked) return undefined;
    name = picked.label.startsWith('$(edit)') ? (await vscode.window.showInputBox({ title: 'Name', value: t.entity.name }))?.trim() : picked.label;
  }
  return name ? change(t, { canonical: name }) : undefined;
}

/** One entry point for every correction: picks one of the commands above and runs it on the same card. */
async function correctName(t: EntityTarget, action: unknown): Promise<unknown> {
  const E = ENTITY_REVIEW_COMMANDS;
  const actions: Array<{ label: string; command: string }> = [
    { label: '$(circle-slash) Not a Name', command: E.notAName },
    { label: '$(symbol-class) Change Type…', command: E.changeType },
    { label: '$(merge) Same As…', command: E.merge },
    { label: '$(edit) Choose the Name to Show…', command: E.canonical },
  ];
  if (t.snap.review.itemsByEntity.has(t.entity.id)) actions.push({ label: '$(discard) Revert to Automatic', command: E.revertEntity });
  // A caller may name the action (one of the commands above) instead of picking it.
  const picked = actions.find((a) => a.command === action) ?? (await vscode.window.showQuickPick(actions, { title: `Correct “${t.entity.name}”` }));
  return picked ? vscode.commands.executeCommand(picked.command, { uri: t.doc.uri.toString(), entityId: t.entity.id }) : undefined;
}
