// The shape, defaults and validation of the `claimlens.*` settings, free of vscode so they are
// unit-tested; config.ts reads them from the workspace. Keep DEFAULTS in step with package.json.
import type { EntityType } from '../analysis/model';
import { CITATION_FORMATS, type CitationFormat } from '../analysis/output/citation';

export type DiagnosticSeverityName = 'error' | 'warning' | 'information' | 'hint';

export interface ClaimLensConfig {
  /** Language ids treated as articles. */
  languages: string[];
  /** Delay after the last edit before re-analysing. */
  debounceMs: number;
  /** Documents larger than this are not analysed until the user asks ("Analyse Anyway"). */
  maxFileSizeKB: number;
  highlightsEnabled: boolean;
  diagnosticsEnabled: boolean;
  diagnosticsSeverity: DiagnosticSeverityName;
  /** Entity types shown in hovers, symbols and views. */
  entityTypes: EntityType[];
  /** Cap on analysis worker threads; 0 lets the pool decide. */
  workersMax: number;
  /** Style of "Copy Claim as Citation". */
  citationFormat: CitationFormat;
}

export const DEFAULTS: ClaimLensConfig = {
  languages: ['plaintext', 'markdown'],
  debounceMs: 300,
  maxFileSizeKB: 5120,
  highlightsEnabled: true,
  diagnosticsEnabled: true,
  diagnosticsSeverity: 'information',
  entityTypes: ['person', 'place', 'organization'],
  workersMax: 0,
  citationFormat: 'plain',
};

const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization'];
const SEVERITIES: readonly DiagnosticSeverityName[] = ['error', 'warning', 'information', 'hint'];

/** Settings come from hand-edited JSON: fall back to the default for anything of the wrong shape. */
export function sanitizeConfig(raw: { [K in keyof ClaimLensConfig]?: unknown }): ClaimLensConfig {
  const num = (v: unknown, d: number, min: number) => (typeof v === 'number' && Number.isFinite(v) && v >= min ? v : d);
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  const strings = (v: unknown): string[] | undefined =>
    Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
  const severity = typeof raw.diagnosticsSeverity === 'string' ? raw.diagnosticsSeverity.toLowerCase() : '';
  return {
    languages: strings(raw.languages) ?? DEFAULTS.languages,
    debounceMs: num(raw.debounceMs, DEFAULTS.debounceMs, 0),
    maxFileSizeKB: num(raw.maxFileSizeKB, DEFAULTS.maxFileSizeKB, 0),
    highlightsEnabled: bool(raw.highlightsEnabled, DEFAULTS.highlightsEnabled),
    diagnosticsEnabled: bool(raw.diagnosticsEnabled, DEFAULTS.diagnosticsEnabled),
    diagnosticsSeverity: (SEVERITIES as readonly string[]).includes(severity)
      ? (severity as DiagnosticSeverityName)
      : DEFAULTS.diagnosticsSeverity,
    entityTypes:
      strings(raw.entityTypes)?.filter((t): t is EntityType => (ENTITY_TYPES as readonly string[]).includes(t)) ??
      DEFAULTS.entityTypes,
    workersMax: Math.floor(num(raw.workersMax, DEFAULTS.workersMax, 0)),
    citationFormat: (CITATION_FORMATS as readonly unknown[]).includes(raw.citationFormat) ? (raw.citationFormat as CitationFormat) : DEFAULTS.citationFormat,
  };
}
