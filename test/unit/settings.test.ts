import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { type ClaimLensConfig, DEFAULTS, sanitizeConfig } from '../../src/extension/settings';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Setting key in package.json for each field of ClaimLensConfig. */
const KEYS: Record<keyof ClaimLensConfig, string> = {
  languages: 'claimlens.languages',
  debounceMs: 'claimlens.debounceMs',
  maxFileSizeKB: 'claimlens.maxFileSizeKB',
  highlightsEnabled: 'claimlens.highlights.enabled',
  diagnosticsEnabled: 'claimlens.diagnostics.enabled',
  diagnosticsSeverity: 'claimlens.diagnostics.severity',
  entityTypes: 'claimlens.entityTypes',
  workersMax: 'claimlens.workers.max',
  citationFormat: 'claimlens.citation.format',
};

interface Property {
  default?: unknown;
  description?: string;
  markdownDescription?: string;
  scope?: string;
}

function contributed(): Record<string, Property> {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    contributes?: { configuration?: { properties?: Record<string, Property> } | { properties?: Record<string, Property> }[] };
  };
  const sections = manifest.contributes?.configuration;
  const list = Array.isArray(sections) ? sections : sections ? [sections] : [];
  return Object.assign({}, ...list.map((s) => s.properties ?? {}));
}

describe('settings', () => {
  it('package.json contributes every setting with the same default, a description and a scope', () => {
    const props = contributed();
    for (const [field, key] of Object.entries(KEYS) as [keyof ClaimLensConfig, string][]) {
      const p = props[key];
      assert.ok(p, `${key} is contributed`);
      assert.deepEqual(p.default, DEFAULTS[field], `${key} default`);
      assert.ok((p.description ?? p.markdownDescription ?? '').length > 20, `${key} has a description`);
      assert.ok(p.scope, `${key} has a scope`);
    }
  });

  it('falls back to the default for values of the wrong shape', () => {
    const c = sanitizeConfig({
      languages: 'plaintext',
      debounceMs: -5,
      maxFileSizeKB: Number.NaN,
      highlightsEnabled: 'yes',
      diagnosticsEnabled: null,
      diagnosticsSeverity: 'loud',
      entityTypes: 7,
      workersMax: '2',
      citationFormat: 'chicago',
    });
    assert.deepEqual(c, DEFAULTS);
  });

  it('keeps valid values, normalising case and dropping unknown entity types', () => {
    const c = sanitizeConfig({
      languages: ['markdown'],
      debounceMs: 0,
      maxFileSizeKB: 1,
      highlightsEnabled: false,
      diagnosticsEnabled: false,
      diagnosticsSeverity: 'Warning',
      entityTypes: ['person', 'planet', 'organization'],
      workersMax: 2.7,
      citationFormat: 'apa',
    });
    assert.deepEqual(c, {
      languages: ['markdown'],
      debounceMs: 0,
      maxFileSizeKB: 1,
      highlightsEnabled: false,
      diagnosticsEnabled: false,
      diagnosticsSeverity: 'warning',
      entityTypes: ['person', 'organization'],
      workersMax: 2,
      citationFormat: 'apa',
    });
  });

  it('an empty entity type list means "show none", not the default', () => {
    assert.deepEqual(sanitizeConfig({ entityTypes: [] }).entityTypes, []);
  });
});
