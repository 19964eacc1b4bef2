// Typed reader for the `claimlens.*` settings. Every feature reads settings through here so the
// defaults live in one place and match package.json's `contributes.configuration`.
import * as vscode from 'vscode';
import type { EntityType } from '../analysis/model';

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
};

const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization'];
const SEVERITIES: readonly DiagnosticSeverityName[] = ['error', 'warning', 'information', 'hint'];

export function readConfig(scope?: vscode.ConfigurationScope): ClaimLensConfig {
  const c = vscode.workspace.getConfiguration('claimlens', scope);
  return sanitizeConfig({
    languages: c.get('languages'),
    debounceMs: c.get('debounceMs'),
    maxFileSizeKB: c.get('maxFileSizeKB'),
    highlightsEnabled: c.get('highlights.enabled'),
    diagnosticsEnabled: c.get('diagnostics.enabled'),
    diagnosticsSeverity: c.get('diagnostics.severity'),
    entityTypes: c.get('entityTypes'),
    workersMax: c.get('workers.max'),
  });
}

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
  };
}
