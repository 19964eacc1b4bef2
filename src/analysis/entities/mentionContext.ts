// Which of several entities a short name stands for at one place in the text ("Ho" when the article
// names both Cyd Ho and Junius Ho; "the Party" among three parties). Context only: the paragraph the
// mention is in, and who was named before it. Nothing pointing means no choice.
import { proseStartsOf, startsOf, type Group } from './groups';
import { lastBefore } from '../text/search';

/**
 * How a short form is read when no option was named earlier in its own paragraph:
 * - `person`: the most prominent person named before it (most mentions outside headings, counting
 *   short forms already read as them, then the first named):
 *   a surname keeps pointing to the article's main bearer after a relative is introduced ("his
 *   father, Omar Haddad" does not take the next paragraph's "Haddad");
 * - `body`: the only option named in the paragraph before, or the only option named before at all.
 * A person's short form before every full name (a headline) goes to the one the article is clearly
 * about, else to the one named next if no other is named with them, else to no one.
 */
export type ContextRule = 'person' | 'body';

export class MentionContext {
  /** Short forms already read as each person (choices are made in text order). */
  private readonly readings = new Map<Group, number>();

  /** `paragraphStarts`: sorted offsets where paragraphs start. */
  constructor(private readonly paragraphStarts: number[]) {}

  paragraphOf(at: number): number {
    return lastBefore(this.paragraphStarts, at + 1);
  }

  /** Which option a short form at `at` stands for. Call in text order: a person's earlier readings make them more prominent. */
  choose(options: readonly Group[], at: number, rule: ContextRule): Group | undefined {
    const g = this.pick(options, at, rule);
    if (g && rule === 'person') this.readings.set(g, (this.readings.get(g) ?? 0) + 1);
    return g;
  }

  private pick(options: readonly Group[], at: number, rule: ContextRule): Group | undefined {
    const here = this.paragraphOf(at);
    const named: Array<{ g: Group; last: number }> = [];
    for (const g of options) {
      const s = startsOf(g);
      const i = lastBefore(s, at);
      if (i >= 0) named.push({ g, last: s[i] });
    }
    if (named.length === 0) return rule === 'person' ? dominant(options) ?? this.namedNextAlone(options, at) : undefined;
    // the latest option named earlier in the same paragraph ("Ana Ho … Ho said")
    const recent = latest(named.filter((n) => this.paragraphOf(n.last) === here));
    if (recent) return recent.g;
    if (rule === 'body') {
      const previous = named.filter((n) => this.paragraphOf(n.last) === here - 1);
      if (previous.length === 1) return previous[0].g;
      return named.length === 1 ? named[0].g : undefined;
    }
    const people = named.map((n) => n.g);
    return this.mostProminent(people, at, proseStartsOf) ?? this.mostProminent(people, at, startsOf);
  }

  /**
   * "Mr. Lott" in a summary before "Ana Lott" is named: the bearer named first after it, when no
   * other bearer is named in that same paragraph.
   */
  private namedNextAlone(options: readonly Group[], at: number): Group | undefined {
    const next: Array<{ g: Group; at: number }> = [];
    for (const g of options) {
      const s = startsOf(g);
      const i = lastBefore(s, at) + 1;
      if (i < s.length) next.push({ g, at: s[i] });
    }
    next.sort((a, b) => a.at - b.at);
    if (next.length === 0 || (next.length > 1 && this.paragraphOf(next[1].at) === this.paragraphOf(next[0].at))) return undefined;
    return next[0].g;
  }

  /**
   * The option with the most mentions before `at` (its full name, plus short forms already read as
   * it), then the one named first. Headings do not count (a headline's "Donor Lott" is no rival to
   * the "Ana Lott" of the story) unless nothing else is named.
   */
  private mostProminent(options: Group[], at: number, starts: (g: Group) => number[]): Group | undefined {
    let best: { g: Group; count: number; first: number } | undefined;
    for (const g of options) {
      const s = starts(g);
      const named = lastBefore(s, at) + 1;
      if (named === 0) continue;
      const count = named + (this.readings.get(g) ?? 0);
      if (!best || count > best.count || (count === best.count && s[0] < best.first)) best = { g, count, first: s[0] };
    }
    return best?.g;
  }
}

/**
 * Before anyone is named (a headline's "Trump"), the bearer the article is about: one named more
 * than twice as often as any other, else none.
 */
function dominant(options: readonly Group[]): Group | undefined {
  const sorted = [...options].sort((a, b) => b.found.length - a.found.length);
  return sorted.length && (sorted.length === 1 || sorted[0].found.length > 2 * sorted[1].found.length) ? sorted[0] : undefined;
}

function latest<T extends { last: number }>(xs: T[]): T | undefined {
  let best: T | undefined;
  for (const x of xs) if (!best || x.last > best.last) best = x;
  return best;
}
