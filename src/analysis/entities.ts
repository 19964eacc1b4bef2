// Per-paragraph name finding: people, places, organizations (compromise, corrected by rules).
import type { EntityType } from './model';
import type { NameFact } from './facts';
import { matchSpans, type Doc } from './nlp';

export function extractNames(doc: Doc, text: string): NameFact[] {
  const out: NameFact[] = [];
  const add = (view: Doc, type: EntityType) => {
    for (const s of matchSpans(view)) {
      const name = text.slice(s.start, s.end).replace(/['’]s$/, '').replace(/[.,;:!?]+$/, '');
      if (!name) continue;
      out.push({ start: s.start, end: s.start + name.length, text: name, type, roles: [] });
    }
  };
  add(doc.people(), 'person');
  add(doc.places(), 'place');
  add(doc.organizations(), 'organization');
  return out.sort((a, b) => a.start - b.start);
}
