// What the review store asks or tells the user. One object, passed to the store, so the
// integration tests can answer the questions a person would answer with a click.
import * as vscode from 'vscode';
import type { ReviewConflict } from '../../analysis/review/merge';

export type ConflictChoice = 'ours' | 'theirs' | 'both';

export interface ReviewPrompts {
  /** The review file cannot be read: say so (the article is still analysed, the file left alone). */
  broken(file: vscode.Uri, message: string): void;
  /** A broken review file was kept as `backup` before a new one was written. */
  backedUp(file: vscode.Uri, backup: vscode.Uri): void;
  /** Items changed both here and on disk: which version to keep (undefined: decide later, keep both). */
  conflicts(file: vscode.Uri, conflicts: readonly ReviewConflict[]): Promise<ConflictChoice | undefined>;
  /** An untrusted workspace: may review files be written? Asked once per window. */
  allowWrite(file: vscode.Uri): Promise<boolean>;
  saveFailed(file: vscode.Uri, message: string): void;
}

function name(file: vscode.Uri): string {
  return file.path.split('/').pop() ?? file.path;
}

export const interactivePrompts: ReviewPrompts = {
  broken(file, message) {
    void vscode.window
      .showWarningMessage(
        `ClaimLens: ${name(file)} is not a review file ClaimLens can read (${message}). The article is shown without it, and the file will not be overwritten: a new review is written only after it is kept as ${name(file)}.bak.`,
        'Open File',
      )
      .then((choice) => (choice ? vscode.window.showTextDocument(file) : undefined), () => undefined);
  },
  backedUp(file, backup) {
    void vscode.window.showInformationMessage(`ClaimLens: the unreadable ${name(file)} was kept as ${name(backup)}; a new review file was written.`);
  },
  async conflicts(file, conflicts) {
    const n = conflicts.length;
    const choice = await vscode.window.showWarningMessage(
      `ClaimLens: ${name(file)} changed on disk, and ${n === 1 ? 'one review item was' : `${n} review items were`} also changed here. Which version do you want to keep?`,
      { modal: false },
      'Keep Mine',
      'Keep Theirs',
      'Keep Both',
    );
    return choice === 'Keep Mine' ? 'ours' : choice === 'Keep Theirs' ? 'theirs' : choice === 'Keep Both' ? 'both' : undefined;
  },
  async allowWrite(file) {
    const choice = await vscode.window.showWarningMessage(
      `ClaimLens: this workspace is not trusted. Save your review of the article to ${name(file)}? (Until you allow it, reviews are kept only in this window.)`,
      'Save Reviews',
      'Not Now',
    );
    return choice === 'Save Reviews';
  },
  saveFailed(file, message) {
    void vscode.window.showErrorMessage(`ClaimLens: could not save ${name(file)}: ${message}. Your review is kept in this window; it will be saved again with your next change.`);
  },
};
