// "Copy Claim as Citation": one claim as a reader pastes it into notes or a fact-check, in three
// styles (plain text, Markdown, APA-like), with the speaker's role and the article's title. Pure:
// the extension's command and the tests call it. Reported speech is never put in quotation marks,
// so a paraphrase is not passed off as someone's own words.
import type { Claim, ClaimSource, Entity } from '../model';
import { citationRole } from './attribution';
import { escapeMarkdown as esc, namesSomeone, UNATTRIBUTED } from './exportFormats';

export type CitationFormat = 'plain' | 'markdown' | 'apa';
export const CITATION_FORMATS: readonly CitationFormat[] = ['plain', 'markdown', 'apa'];

export interface CitationInput {
  claim: Claim;
  /** Who the claim is credited to (a follow-on quote's is its first part's source). */
  source: ClaimSource | null;
  /** The source's entity, for its role. */
  entity?: Pick<Entity, 'roles'>;
  /** The article's file as the reader knows it ("harbour-strike.md", "news/a.txt"). */
  fileLabel: string;
  /** One-based line of the claim. */
  line: number;
  /** The article's title (see articleTitle), when it has one. */
  title?: string;
}

/** A title longer than this (a plain-text article's first line is often its first sentence) is cut. */
const TITLE_MAX = 100;

export function formatCitation(input: CitationInput, format: CitationFormat = 'plain'): string {
  const parts = citationParts(input);
  if (format === 'markdown') return markdownCitation(parts);
  if (format === 'apa') return apaCitation(parts);
  return plainCitation(parts);
}

interface Parts {
  direct: boolean;
  words: string;
  speaker: string | undefined;
  role: string | undefined;
  cue: string | undefined;
  title: string | undefined;
  file: string;
  line: number;
}

function citationParts(input: CitationInput): Parts {
  const { claim, source } = input;
  const named = namesSomeone(source);
  return {
    direct: claim.kind === 'direct',
    words: flat(claim.text),
    speaker: named && source ? flat(source.name) : undefined,
    role: named && source?.entityId ? citationRole(input.entity) : undefined,
    cue: claim.cue ? flat(claim.cue.text) : undefined,
    title: input.title ? cut(flat(input.title), TITLE_MAX) : undefined,
    file: input.fileLabel,
    line: input.line,
  };
}

/** `“words” — Name, role (cue), in “Title”, file:line` */
function plainCitation(p: Parts): string {
  const who = [p.speaker ?? UNATTRIBUTED, p.role].filter(Boolean).join(', ');
  const cue = p.cue ? ` (${p.cue})` : '';
  const title = p.title ? `, in “${p.title}”` : '';
  return `${p.direct ? `“${p.words}”` : p.words} — ${who}${cue}${title}, ${p.file}:${p.line}`;
}

/**
 * A direct quote as a block quote with the attribution under it; reported speech as one line
 * (a paraphrase is not a quotation). Article text is escaped so it cannot become markup.
 */
function markdownCitation(p: Parts): string {
  const who = `**${esc(p.speaker ?? UNATTRIBUTED)}**${p.role ? `, ${esc(p.role)}` : ''}${p.cue ? ` (*${esc(p.cue)}*)` : ''}`;
  const where = `${p.title ? `in *${esc(p.title)}*, ` : ''}\`${p.file.replace(/`/g, "'")}:${p.line}\``;
  if (p.direct) return `> “${esc(p.words)}”\n>\n> — ${who}, ${where}`;
  return `${who}: ${esc(p.words)} — ${where}`;
}

/** APA's secondary-source form, without a date the article does not give: `“words” (Name, role, as cited in “Title,” n.d., file, line N).` */
function apaCitation(p: Parts): string {
  const who = [p.speaker ?? 'unattributed', p.role].filter(Boolean).join(', ');
  const from = p.title ? `“${p.title},”` : `${p.file},`;
  const where = p.title ? `${p.file}, line ${p.line}` : `line ${p.line}`;
  return `${p.direct ? `“${p.words}”` : p.words} (${who}, as cited in ${from} n.d., ${where}).`;
}

/**
 * The article's title: its first non-blank line, without Markdown heading marks or emphasis;
 * Markdown front matter's `title:` when there is one. Undefined for an empty document.
 */
export function articleTitle(text: string, languageId = 'plaintext'): string | undefined {
  let body = text.replace(/^\uFEFF/, '');
  if (languageId === 'markdown') {
    const front = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(body);
    if (front) {
      const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(front[1]);
      if (title) return flat(title[1]) || undefined;
      body = body.slice(front[0].length);
    }
  }
  for (const raw of body.split(/\r\n|\r|\n/)) {
    let line = raw.trim();
    if (!line) continue;
    if (languageId === 'markdown') {
      if (/^<!--.*-->$/.test(line) || /^(?:=+|-+)$/.test(line)) continue;
      line = line.replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, '').replace(/[*_`]+/g, '').trim();
    }
    if (line) return flat(line);
  }
  return undefined;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
