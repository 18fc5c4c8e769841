/**
 * Which authentication headers the user's own provider wrote (RFC 8601 §5, §7.2): only those are read
 * for the verdict. Headers are prepended, so everything above the provider's boundary Received was added
 * inside the provider. Just below that Received (before the next, external, Received) sits Gmail's A-R:
 * it is believed only when it carries the provider's own authserv-id, which a compliant border MTA
 * strips from incoming mail (RFC 8601 §5), and only the first such one.
 */
import type { HeaderField } from '../mime';
import type { AuthHeaderEntry } from './collect';
import type { TrustBasis } from './auth-report';
import { matchesProvider } from './provider-match';

export interface TrustInput {
  /** Index in `fields` of the Received header the provider wrote where the message entered it, or null. */
  boundaryField: number | null;
  /** That header's `by` host, e.g. 'mx.google.com'. */
  providerHost: string | null;
}

export interface TrustDecision {
  primary: AuthHeaderEntry | null;
  basis: TrustBasis | null;
  /** Every header believed (the primary included). */
  trusted: AuthHeaderEntry[];
  untrusted: { entry: AuthHeaderEntry; why: string }[];
}

const WHY_BELOW = 'Added before the message reached your provider (below its Received line): the sender or any server on the way could have written it.';
const WHY_GUESS = 'The point where your provider received the message is unknown, so only the topmost Authentication-Results is read; this one could have been written by anyone on the way.';

/** method=result pairs of a header, sorted, for comparing two copies of the same results. */
function claimKey(e: AuthHeaderEntry): string {
  return (e.parsed?.resinfo ?? []).map((r) => `${r.method}=${r.result}`).sort().join(' ');
}

/**
 * Gmail also copies its results into its own ARC-Authentication-Results above the boundary. When that
 * copy exists and the A-R below the boundary says something else, the A-R is not the provider's.
 */
function contradictsSeal(blockAr: AuthHeaderEntry, above: readonly AuthHeaderEntry[], host: string | null): boolean {
  const seal = above.find((e) => e.header === 'ARC-Authentication-Results' && e.parsed !== null && matchesProvider(idOf(e), host));
  return seal !== undefined && claimKey(seal) !== claimKey(blockAr);
}

function idOf(e: AuthHeaderEntry): string {
  return e.parsed?.authservId ?? '';
}

export function decideTrust(entries: readonly AuthHeaderEntry[], fields: readonly HeaderField[], trust: TrustInput): TrustDecision {
  const ars = entries.filter((e) => e.header === 'Authentication-Results');
  if (trust.boundaryField === null) {
    const top = ars.find((e) => e.parsed !== null) ?? null;
    return {
      primary: top,
      basis: top ? 'topmost-guess' : null,
      trusted: top ? [top] : [],
      untrusted: entries.filter((e) => e !== top).map((entry) => ({ entry, why: WHY_GUESS })),
    };
  }
  const b = trust.boundaryField;
  let next = fields.length;
  for (let i = b + 1; i < fields.length; i++) {
    if (fields[i]?.key === 'received') {
      next = i;
      break;
    }
  }
  const host = trust.providerHost;
  const above = entries.filter((e) => e.index < b);
  const aboveIds = new Set(above.filter((e) => e.parsed !== null && idOf(e) !== '').map(idOf));
  const isProviderId = (id: string) => matchesProvider(id, host) || (id !== '' && aboveIds.has(id));
  const inBlock = (e: AuthHeaderEntry) => e.index > b && e.index < next;
  const blockAr = ars.find((e) => inBlock(e) && e.parsed !== null && isProviderId(idOf(e))) ?? null;
  const blockSpf = entries.find((e) => inBlock(e) && e.receivedSpf !== null && e.receivedSpf.receiver !== null && matchesProvider(e.receivedSpf.receiver, host)) ?? null;

  const aboveArs = above.filter((e) => e.header === 'Authentication-Results' && e.parsed !== null);
  const aboveMatching = aboveArs.filter((e) => matchesProvider(idOf(e), host));
  let primary: AuthHeaderEntry | null = null;
  let basis: TrustBasis | null = null;
  if (aboveMatching.length > 0) [primary, basis] = [aboveMatching[aboveMatching.length - 1] ?? null, 'above-boundary'];
  else if (blockAr && !contradictsSeal(blockAr, above, host)) [primary, basis] = [blockAr, 'boundary-block'];
  else if (aboveArs.length > 0) [primary, basis] = [aboveArs[aboveArs.length - 1] ?? null, 'above-boundary'];
  else {
    const seals = above.filter((e) => e.header === 'ARC-Authentication-Results' && e.parsed !== null);
    const newest = seals.reduce<AuthHeaderEntry | null>((best, e) => (best === null || (e.instance ?? 0) > (best.instance ?? 0) ? e : best), null);
    if (newest) [primary, basis] = [newest, 'arc-seal'];
  }

  const blockTrusted = blockAr !== null && (basis === 'boundary-block' || basis === 'above-boundary') ? blockAr : null;
  const trusted = [...above, ...(blockTrusted ? [blockTrusted] : []), ...(blockSpf ? [blockSpf] : [])];
  const untrusted = entries
    .filter((e) => !trusted.includes(e))
    .map((entry) => {
      const id = idOf(entry);
      const why = inBlock(entry)
        ? entry.header === 'Authentication-Results' && isProviderId(id)
          ? `A second header naming your provider (${id}) below the one it wrote: a copy the sender could have forged.`
          : `Right below your provider's Received line but written by ${id === '' ? 'an unnamed server' : id}, not by your provider: it came with the message and could be forged.`
        : WHY_BELOW;
      return { entry, why };
    });
  return { primary, basis, trusted, untrusted };
}
