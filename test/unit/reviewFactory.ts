// Shared helpers for the review tests: the sample article, spans found by their words (never by
// claim id: ids shift between analyser versions), and review files built in a line.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Analysis, Claim, Span } from '../../src/analysis/model';
import { describeTarget } from '../../src/analysis/review/anchor';
import { REVIEW_SCHEMA, type ClaimItem, type EntityItem, type ReviewFile } from '../../src/analysis/review/model';
import { projectRoot } from '../vscode/paths';

export function sampleText(): string {
  return readFileSync(path.join(projectRoot, 'samples', 'harbour-strike.md'), 'utf8');
}

export function spanOf(text: string, words: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(words, at + 1);
    assert.ok(at >= 0, `words not in the text: ${words}`);
  }
  return { start: at, end: at + words.length };
}

/** The analysed claim whose text contains `words`. */
export function claimWith(analysis: Analysis, words: string): Claim {
  const claim = analysis.claims.find((c) => c.text.includes(words));
  assert.ok(claim, `no claim with the words: ${words}`);
  return claim;
}

export function claimItem(text: string, span: Span, fields: Partial<ClaimItem> = {}): ClaimItem {
  return {
    id: fields.id ?? `c-${span.start}`,
    target: describeTarget(text, span.start, span.end),
    verdict: 'unreviewed',
    note: '',
    hidden: false,
    added: false,
    kind: 'direct',
    updated: '2026-12-04T10:00:00.000Z',
    ...fields,
  };
}

export function entityItem(names: string[], fields: Partial<EntityItem> = {}): EntityItem {
  return { id: fields.id ?? `e-${names[0]}`, names, ignore: false, updated: '2026-12-04T10:00:00.000Z', ...fields };
}

export function review(claims: ClaimItem[] = [], entities: EntityItem[] = []): ReviewFile {
  return { schema: REVIEW_SCHEMA, claims, entities };
}
