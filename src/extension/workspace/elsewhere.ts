// The hover card's line about the rest of the workspace: "Also quoted in 3 other articles", with a
// link to the first claim (or mention) in each. Pure: the card builder calls it with the index's
// merged sources; labels are escaped and the only links run ClaimLens's own go-to command.
import type { WorkspaceSources } from '../../workspace/workspaceSources';
import { COMMANDS } from '../hoverCard';
import { commandLink } from '../markdown';

const MAX_LINKS = 5;

export function elsewhereSection(sources: WorkspaceSources | undefined, uri: string, entityId: string): string | undefined {
  const source = sources?.sourceOfEntity(uri, entityId);
  if (!source) return undefined;
  const others = source.articles.filter((a) => a.uri !== uri);
  if (others.length === 0) return undefined;
  const quoted = others.filter((a) => a.claims.length > 0);
  const list = quoted.length > 0 ? quoted : others;
  const links = list.slice(0, MAX_LINKS).map((a) => {
    const at = a.claims[0] ?? a.mentions[0];
    const tip = a.claims.length ? `${a.claims.length} claim${a.claims.length === 1 ? '' : 's'} as ${a.name}` : `named as ${a.name}`;
    return at ? commandLink(a.path, COMMANDS.goToOffset, [a.uri, at.start, at.end], tip) : '';
  });
  const more = list.length > MAX_LINKS ? ` · …and ${list.length - MAX_LINKS} more` : '';
  const n = list.length;
  const head = quoted.length > 0 ? `Also quoted in ${n} other article${n === 1 ? '' : 's'}` : `Also named in ${n} other article${n === 1 ? '' : 's'}`;
  return `$(references) **${head}:** ${links.filter(Boolean).join(' · ')}${more}`;
}
