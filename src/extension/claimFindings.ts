// The claims a careful reader should check, as plain data (diagnostics.ts shows them in the
// Problems panel): a direct quote nobody is credited with, a claim credited only to an unnamed
// source, and a source the analysis is unsure of. No vscode here, so unit tests call it.
import type { Analysis, Claim } from '../analysis/model';
import { confidencePercent, isUncertain } from '../analysis/output/attribution';

export const DIAGNOSTIC_CODES = { unattributedQuote: 'unattributed-quote', anonymousSource: 'anonymous-source', uncertainSource: 'uncertain-source' } as const;


export interface ClaimFinding {
  claim: Claim;
  code: (typeof DIAGNOSTIC_CODES)[keyof typeof DIAGNOSTIC_CODES];
  message: string;
}

/** The claims worth a diagnostic, in text order. Pure. */
export function findClaimIssues(analysis: Analysis): ClaimFinding[] {
  const out: ClaimFinding[] = [];
  for (const claim of [...analysis.claims].sort((a, b) => a.start - b.start)) {
    if (!claim.source) {
      if (claim.kind === 'direct') {
        out.push({ claim, code: DIAGNOSTIC_CODES.unattributedQuote, message: 'Direct quote with no identified source.' });
      }
    } else if (!claim.source.entityId) {
      // A source that resolved to no named entity: "officials", "a spokesperson", "sources close to…".
      const cue = claim.cue ? ` ${claim.cue.text}` : '';
      out.push({
        claim,
        code: DIAGNOSTIC_CODES.anonymousSource,
        message: `Claim attributed only to an unnamed source ("${oneLine(claim.source.name)}${cue}").`,
      });
    } else if (isUncertain(claim.source)) {
      out.push({
        claim,
        code: DIAGNOSTIC_CODES.uncertainSource,
        message: `Uncertain attribution to ${oneLine(claim.source.name)} (${confidencePercent(claim.source)} confidence): check who said this.`,
      });
    }
  }
  return out;
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}
