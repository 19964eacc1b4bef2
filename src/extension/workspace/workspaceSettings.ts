// The `claimlens.workspace.*` settings: shape, defaults and validation, free of vscode so they are
// unit-tested. Keep the defaults in step with package.json.
import { DEFAULT_INCLUDE } from '../../workspace/articleFilter';

export interface WorkspaceSettings {
  /** Index the workspace's articles in the background. */
  enabled: boolean;
  include: string[];
  exclude: string[];
}

export const WORKSPACE_DEFAULTS: WorkspaceSettings = { enabled: true, include: [...DEFAULT_INCLUDE], exclude: [] };

export interface RawWorkspaceSettings {
  enabled?: unknown;
  /** Whether the user set `enabled` anywhere (user, workspace or folder settings). */
  enabledExplicitly?: boolean;
  include?: unknown;
  exclude?: unknown;
}

/**
 * Settings from hand-edited JSON, with the default for anything of the wrong shape. In a virtual
 * workspace (files behind a remote API, where listing them all is slow and costly) the index is off
 * unless the user turned it on explicitly.
 */
export function sanitizeWorkspaceSettings(raw: RawWorkspaceSettings, virtualWorkspace: boolean): WorkspaceSettings {
  const strings = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined);
  const enabled = typeof raw.enabled === 'boolean' ? raw.enabled : WORKSPACE_DEFAULTS.enabled;
  return {
    enabled: virtualWorkspace && !raw.enabledExplicitly ? false : enabled,
    include: strings(raw.include)?.filter((g) => g.trim()) ?? WORKSPACE_DEFAULTS.include,
    exclude: strings(raw.exclude) ?? WORKSPACE_DEFAULTS.exclude,
  };
}

/** The language an article file is analysed in, by its extension (as the CLI decides it). */
export function languageOfPath(path: string): 'markdown' | 'plaintext' {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'plaintext';
}
