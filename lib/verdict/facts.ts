/** The facts every rule of the verdict reads, derived once from its input. */
import type { RecordedAuth } from '../authresults/auth-report';
import { relaxedAligned } from '../dmarc/align';
import { listIdOf } from '../authresults/forwarding';
import type { VerdictInput } from './types';
import { mapList } from '../list/map-list';

export interface Facts {
  /** The From address and domain (lower case), or null. */
  fromAddress: string | null;
  fromDomain: string | null;
  /** The provider's own recorded results, only when they are tied to the provider (never a guess). */
  recorded: RecordedAuth | null;
  /** Short provider name for sentences: "Gmail", "Microsoft 365", or the recorder's id. */
  provider: string;
  /** A List-Id header (RFC 2919): mailing-list mail. */
  listId: string | null;
  /** The finding ids present, to link reasons. */
  findingIds: ReadonlySet<string>;
}

/**
 * Outlook.com's consumer mailbox domains (outlook.com, hotmail.com, live.com, msn.com and their country forms such
 * as hotmail.co.uk, outlook.de): the same Microsoft service as Microsoft 365, called Outlook.com for those mailboxes.
 */
const OUTLOOK_COM = /@(?:msn\.com|(?:outlook|hotmail|live)\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2}))$/i;

/**
 * "Gmail / Google Workspace" -> "Gmail", "Microsoft 365 / Outlook.com" -> "Outlook.com" when the message went to
 * an Outlook.com mailbox, else "Microsoft 365"; an unknown provider is named by its domain.
 */
function shortProvider(input: VerdictInput, recorded: RecordedAuth | null): string {
  const name = input.boundary?.provider ?? null;
  if (name !== null && name.startsWith('Microsoft 365') && input.addresses.to.some((m) => OUTLOOK_COM.test(m.address)))
    return 'Outlook.com';
  if (name !== null) return name.split(' / ')[0] ?? name;
  if (recorded !== null && recorded.authservId !== '') return recorded.authservId;
  return 'your provider';
}

export function readFacts(input: VerdictInput): Facts {
  const from = input.addresses.from[0] ?? null;
  const rec = input.auth?.recorded ?? null;
  const recorded = rec !== null && rec.trusted ? rec : null;
  return {
    fromAddress: from?.address ?? null,
    fromDomain: from?.domain?.toLowerCase() ?? null,
    recorded,
    provider: shortProvider(input, recorded),
    listId: listIdOf(input.headers),
    findingIds: new Set(mapList(input.findings, (f) => f.id)),
  };
}

/** The finding id when the report has that finding, else null (a reason never points at nothing). */
export function linked(facts: Facts, id: string): string | null {
  return facts.findingIds.has(id) ? id : null;
}

/** Is a domain the From domain's own, or in its organisation (RFC 7489 §3.1 relaxed alignment)? */
export function sameOrganisation(a: string | null, b: string | null): boolean {
  return relaxedAligned(a, b) === true;
}
