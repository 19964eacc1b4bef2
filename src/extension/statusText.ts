// The status bar's words for each document state, as a pure function (no vscode import) so the
// wording is unit-tested; statusBar.ts shows it.
import type { Analysis, EntityType } from '../analysis/model';

const ICON: Record<EntityType, string> = { person: '$(person)', place: '$(location)', organization: '$(organization)' };
const ALL_TYPES: readonly EntityType[] = ['person', 'place', 'organization'];

/** The service's DocumentState, restated here so this module stays free of vscode. */
export interface StatusState {
  kind: 'idle' | 'analysing' | 'ready' | 'too-large' | 'error' | 'unsupported' | 'report';
  detail?: string;
}

export interface StatusView {
  text: string;
  tooltip: string;
  command: string | undefined;
  background?: 'warning' | 'error';
}

/** What the item shows for a state (pure, so the wording is easy to check). */
export function statusView(state: StatusState, analysis: Analysis | undefined, types: readonly EntityType[] = ALL_TYPES): StatusView {
  switch (state.kind) {
    case 'analysing':
      return {
        text: '$(sync~spin) ClaimLens',
        tooltip: state.detail ? `ClaimLens: analysing (${state.detail})` : 'ClaimLens: analysing this article…',
        command: 'claimlens.showOutput',
      };
    case 'too-large':
      return {
        text: '$(warning) ClaimLens: not analysed',
        tooltip: `ClaimLens did not analyse this document: ${state.detail ?? 'it is over the size limit'}. Click to analyse it anyway.`,
        command: 'claimlens.analyseAnyway',
        background: 'warning',
      };
    case 'error':
      return {
        text: '$(error) ClaimLens: failed',
        tooltip: `ClaimLens could not analyse this article: ${state.detail ?? 'unknown error'}. Click to open the log.`,
        command: 'claimlens.showOutput',
        background: 'error',
      };
    case 'report':
      return {
        text: '$(info) ClaimLens: report',
        tooltip: `ClaimLens does not analyse this document: it is ${state.detail ?? 'one of its own reports, not an article'}.`,
        command: undefined,
      };
    case 'ready':
    case 'idle':
    case 'unsupported':
      break;
  }
  if (!analysis) {
    return { text: '$(sync~spin) ClaimLens', tooltip: 'ClaimLens: waiting to analyse this article', command: 'claimlens.showOutput' };
  }
  const count = (type: EntityType) => analysis.entities.filter((e) => e.type === type).length;
  const claims = analysis.claims.length;
  const direct = analysis.claims.filter((c) => c.kind === 'direct').length;
  // The bar stays short: people and places (organizations only when neither is shown); the
  // tooltip has every enabled type. claimlens.entityTypes hides the types the user turned off.
  const shown = types.filter((t) => t !== 'organization');
  const inBar: readonly EntityType[] = shown.length > 0 ? shown : types.filter((t) => t === 'organization');
  const words: Record<EntityType, [string, string]> = { person: ['person', 'people'], place: ['place', 'places'], organization: ['organization', 'organizations'] };
  const parts = ALL_TYPES.filter((t) => types.includes(t)).map((t) => plural(count(t), ...words[t]));
  return {
    text: [...ALL_TYPES.filter((t) => inBar.includes(t)).map((t) => `${ICON[t]} ${count(t)}`), `$(quote) ${claims}`].join(' · '),
    tooltip: `ClaimLens: ${[...parts, `${plural(claims, 'claim')} (${direct} direct, ${claims - direct} reported)`].join(' · ')}. Click to open the Claims view.`,
    command: 'claimlens.showClaims',
  };
}

function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

