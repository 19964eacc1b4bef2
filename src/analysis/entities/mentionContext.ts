// Which of several entities a short name stands for at one place in the text ("Ho" when the article
// names both Cyd Ho and Junius Ho; "the Party" among three parties). Context only: the paragraph the
// mention is in, and who was named before it. Nothing pointing means no choice.
import { lastBefore, startsOf, type Group } from './groups';

/**
 * How a short form is read when no option was named earlier in its own paragraph:
 * - `person`: the most prominent person named before it (most full mentions, then the first named):
 *   a surname keeps pointing to the article's main bearer after a relative is introduced ("his
 *   father, Omar Haddad" does not take the next paragraph's "Haddad");
 * - `body`: the only option named in the paragraph before, or the only option named before at all.
 */
export type ContextRule = 'person' | 'body';

export class MentionContext {
  /** `paragraphStarts`: sorted offsets where paragraphs start. */
  constructor(private readonly paragraphStarts: number[]) {}

  paragraphOf(at: number): number {
    return lastBefore(this.paragraphStarts, at + 1);
  }

  choose(options: readonly Group[], at: number, rule: ContextRule): Group | undefined {
    const here = this.paragraphOf(at);
    const named: Array<{ g: Group; count: number; first: number; last: number }> = [];
    for (const g of options) {
      const s = startsOf(g);
      const i = lastBefore(s, at);
      if (i >= 0) named.push({ g, count: i + 1, first: s[0], last: s[i] });
    }
    if (named.length === 0) return undefined;
    // the latest option named earlier in the same paragraph ("Ana Ho … Ho said")
    const recent = latest(named.filter((n) => this.paragraphOf(n.last) === here));
    if (recent) return recent.g;
    if (rule === 'body') {
      const previous = named.filter((n) => this.paragraphOf(n.last) === here - 1);
      if (previous.length === 1) return previous[0].g;
      return named.length === 1 ? named[0].g : undefined;
    }
    let best = named[0];
    for (const n of named) if (n.count > best.count || (n.count === best.count && n.first < best.first)) best = n;
    return best.g;
  }
}

function latest<T extends { last: number }>(xs: T[]): T | undefined {
  let best: T | undefined;
  for (const x of xs) if (!best || x.last > best.last) best = x;
  return best;
}
