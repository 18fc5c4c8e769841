/**
 * Which authentication headers the user's own provider wrote (RFC 8601 §5, §7.2): the one place that decides
 * "the provider's header". Headers are prepended, so everything above the provider's boundary Received was
 * added inside the provider and is the provider's. Just below that Received, before the next one, sits
 * Gmail's A-R ("the boundary block"); the sender's own headers follow in the same block, so there only the
 * first header naming the provider's documented id (lib/authresults/provider-ids.ts) is believed, and only
 * when it agrees with the provider's own Received-SPF and ARC copy. Nothing further below is ever believed.
 */
import type { HeaderField } from '../mime';
import type { Finding } from '../findings';
import { finding } from '../findings';
import type { AuthHeaderEntry } from './collect';
import type { TrustBasis } from './auth-report';
import { isProviderId, siblingIds, writesNoAuthservId, type ProviderIdentity } from './provider-ids';
import { matchesProvider } from './provider-match';
import { normalizeResult } from './normalize-result';
import { authservIdOf, claimKey } from './entry-id';
import { mapList } from '../list/map-list';

export interface TrustInput {
  /** Index in `fields` of the Received header the provider wrote where the message entered it, or null. */
  boundaryField: number | null;
  /** That header's `by` host, e.g. 'mx.google.com'. */
  providerHost: string | null;
  /** The provider family the boundary names (Report.boundary.provider), e.g. 'Gmail / Google Workspace'. */
  provider?: string | null;
  /**
   * The newest stamp below the entry that claims to be written by the provider and is not (the boundary's
   * received.forged-provider-hop): its hop number and header index, or null. When it is the first Received below
   * the provider's own, the sender wrote right under the provider's line, and a header there cannot be told from
   * the provider's.
   */
  forgedProviderStamp?: { hop: number; field: number } | null;
}

export interface TrustDecision {
  primary: AuthHeaderEntry | null;
  basis: TrustBasis | null;
  /** Every header believed (the primary included). */
  trusted: AuthHeaderEntry[];
  untrusted: { entry: AuthHeaderEntry; why: string }[];
  /** Decisions the reader must hear about: the provider's header unreadable, or a copy contradicting its records. */
  findings: Finding[];
  /** Field indexes already reported by `findings` (no second finding about them). */
  reported: Set<number>;
  /**
   * Headers naming the provider right below its boundary Received while the provider's header sits above it:
   * most likely the provider's own earlier check (Google Groups, a forward inside the provider), so they are
   * flagged only when their results differ.
   */
  earlierOwn: Set<number>;
}

const WHY_BELOW =
  'Added before the message reached your provider (below its Received line): the sender or any server on the way could have written it.';
const WHY_GUESS =
  "The point where your provider received the message is unknown, so only the topmost Authentication-Results (with the same provider's headers right below it) is read; this one could have been written by anyone on the way.";

const where = (e: AuthHeaderEntry): string =>
  `Header #${String(e.index + 1)} (${e.header}${authservIdOf(e) === '' ? '' : `, ${authservIdOf(e)}`})`;

/** The SPF result a header claims, normalised, or null. */
function spfClaim(e: AuthHeaderEntry): string | null {
  const r = e.parsed?.resinfo.find((x) => x.method === 'spf');
  return r ? normalizeResult(r.result).result : null;
}

/** What the provider's own records (its Received-SPF, its ARC copy) say that this header contradicts, or null. */
function contradiction(e: AuthHeaderEntry, spf: AuthHeaderEntry | null, seal: AuthHeaderEntry | null): string | null {
  const claimed = spfClaim(e);
  const stamped = spf?.receivedSpf ? normalizeResult(spf.receivedSpf.result).result : null;
  if (spf && claimed !== null && stamped !== null && claimed !== stamped) {
    return `it says spf=${claimed}, but your provider's own Received-SPF (header #${String(spf.index + 1)}) says ${stamped}`;
  }
  if (seal && claimKey(seal) !== claimKey(e)) {
    return `its results (${claimKey(e) || 'none'}) differ from your provider's own ARC copy (header #${String(seal.index + 1)}: ${claimKey(seal) || 'none'})`;
  }
  return null;
}

/**
 * No boundary: the topmost Authentication-Results, with the ones right under it (before any Received) that carry
 * the other ids of the same provider when it writes one header per method (iCloud: dmarc.icloud.com,
 * dkim-verifier.icloud.com, spf.icloud.com ... https://support.apple.com/en-us/102322), up to the next Received.
 * Still only a claim.
 */
function topmostGuess(entries: readonly AuthHeaderEntry[], fields: readonly HeaderField[]): TrustDecision {
  const top = entries.find((e) => e.header === 'Authentication-Results' && e.parsed !== null) ?? null;
  const siblings = new Set(top ? siblingIds(authservIdOf(top)) : []);
  const end = top ? blockEnd(fields, top.index) : fields.length;
  const block = top
    ? entries.filter(
        (e) =>
          e === top ||
          (e.header === 'Authentication-Results' &&
            e.parsed !== null &&
            e.index > top.index &&
            e.index < end &&
            siblings.has(authservIdOf(e).toLowerCase())),
      )
    : [];
  return {
    primary: top,
    basis: top ? 'topmost-guess' : null,
    trusted: block,
    untrusted: mapList(entries.filter((e) => !block.includes(e)), (entry) => ({ entry, why: WHY_GUESS })),
    findings: [],
    reported: new Set(),
    earlierOwn: new Set(),
  };
}

function blockEnd(fields: readonly HeaderField[], b: number): number {
  for (let i = b + 1; i < fields.length; i++) if (fields[i]?.key === 'received') return i;
  return fields.length;
}

export function decideTrust(
  entries: readonly AuthHeaderEntry[],
  fields: readonly HeaderField[],
  trust: TrustInput,
): TrustDecision {
  if (trust.boundaryField === null) return topmostGuess(entries, fields);
  const b = trust.boundaryField;
  const next = blockEnd(fields, b);
  const who: ProviderIdentity = { host: trust.providerHost, provider: trust.provider ?? null };
  const findings: Finding[] = [];
  const reported = new Set<number>();
  const isAr = (e: AuthHeaderEntry) => e.header === 'Authentication-Results';
  const inBlock = (e: AuthHeaderEntry) => e.index > b && e.index < next;
  const named = (e: AuthHeaderEntry) => isProviderId(authservIdOf(e), who);
  const forged = trust.forgedProviderStamp?.field === next ? trust.forgedProviderStamp : null;
  const idLess = (e: AuthHeaderEntry) => e.parsed !== null && e.parsed.authservId === '' && writesNoAuthservId(who);

  const above = entries.filter((e) => e.index < b);
  const aboveArs = above.filter(isAr);
  // The provider's Received-SPF: the nearest above the boundary, else the first right below it that names the provider.
  const spfStamp =
    above.filter((e) => e.receivedSpf !== null).at(-1) ??
    entries.find((e) => inBlock(e) && matchesProvider(e.receivedSpf?.receiver ?? '', trust.providerHost)) ??
    null;
  const seal = above
    .filter((e) => e.header === 'ARC-Authentication-Results' && e.parsed !== null && named(e))
    .reduce<AuthHeaderEntry | null>(
      (best, e) => (best === null || (e.instance ?? 0) > (best.instance ?? 0) ? e : best),
      null,
    );

  let primary: AuthHeaderEntry | null = null;
  let basis: TrustBasis | null = null;
  let blockAr: AuthHeaderEntry | null = null;
  let unreadable: AuthHeaderEntry | null = null;
  let doubted: AuthHeaderEntry | null = null;
  const own = aboveArs.filter((e) => named(e) || idLess(e));
  const aboveReadable = aboveArs.filter((e) => e.parsed !== null);
  if (own.length > 0) {
    // 1. Above the boundary and naming the provider (or Microsoft 365's id-less form): the one nearest the boundary.
    primary = own.filter((e) => e.parsed !== null).at(-1) ?? null;
    if (primary === null) unreadable = own.at(-1) ?? null;
  } else if (aboveReadable.length > 0) {
    // 2. Any other header above the boundary: only the provider's side can write there.
    primary = aboveReadable.at(-1) ?? null;
  } else {
    // 3. The first header naming the provider right below its Received line (Gmail); never a second one.
    const first = entries.find((e) => isAr(e) && inBlock(e) && named(e)) ?? null;
    if (first?.parsed === null) unreadable = first;
    else if (first) {
      const why = contradiction(first, spfStamp !== null && spfStamp.index < first.index ? spfStamp : null, seal);
      if (why !== null) {
        reported.add(first.index);
        findings.push(
          finding(
            'authres.contradicts-provider',
            'bad',
            "A header naming your provider contradicts your provider's own records",
            `${where(first)} names your provider, yet ${why}. Your provider does not contradict itself: the sender wrote this header, and it is not read.`,
          ),
        );
      } else if (forged !== null && seal === null) {
        // RFC 8601 §5: results are believed only where the provider's position vouches for them. Right below its
        // Received line that is the position alone, and the stamp right under that block is one the sender forged
        // in the provider's name: the sender wrote in that block too. Only the provider's own ARC copy above the
        // boundary (RFC 8617 §4.1.1; it agrees, else contradiction() spoke) could still vouch for the header.
        reported.add(first.index);
        doubted = first;
        findings.push(
          finding(
            'authres.block-forged-stamp',
            'warn',
            "Results that look like your provider's may have been written by the sender",
            `${where(first)} names your provider and sits where your provider writes its results, right below the line where it received the message. But the Received line just below it (hop ${String(forged.hop)}) claims to be your provider's and is not: the sender wrote there, so this header is not read as your provider's either.`,
          ),
        );
      } else [primary, blockAr] = [first, first];
    }
  }
  if (primary) basis = primary === blockAr ? 'boundary-block' : 'above-boundary';
  if (unreadable) {
    reported.add(unreadable.index);
    const e = unreadable.error;
    findings.push(
      finding(
        'authres.provider-unreadable',
        'warn',
        "Your provider's authentication header could not be read",
        `${where(unreadable)} was written by your provider but could not be read${e ? ` (${e.code} at character ${String(e.at)})` : ''}. No other header is read in its place: a second one naming your provider could have been written by the sender.${seal ? ' Its ARC copy is read instead.' : ''}`,
      ),
    );
  }
  if (primary === null && seal) [primary, basis] = [seal, 'arc-seal'];

  // A Received-SPF in the block is the provider's by the same position, so not when the sender wrote in the block.
  const blockSpf = spfStamp !== null && inBlock(spfStamp) && forged === null ? [spfStamp] : [];
  const trusted = [...above, ...(blockAr ? [blockAr] : []), ...blockSpf];
  const untrusted = mapList(
    entries.filter((e) => !trusted.includes(e)),
    (entry) => {
      const id = authservIdOf(entry);
      const why = inBlock(entry)
        ? isAr(entry) && named(entry)
          ? reported.has(entry.index)
            ? entry === doubted && forged !== null
              ? `A header naming your provider (${id}) right above a Received line the sender forged in your provider's name (hop ${String(forged.hop)}): it may be the sender's too.`
              : `A header naming your provider (${id}) that contradicts your provider's own records: the sender wrote it.`
            : `A second header naming your provider (${id}) below the one it wrote: a copy the sender could have forged.`
          : `Right below your provider's Received line but written by ${id === '' ? 'an unnamed server' : id}, not by your provider: it came with the message and could be forged.`
        : WHY_BELOW;
      return { entry, why };
    },
  );
  const earlierOwn = new Set(
    basis === 'above-boundary' ? mapList(entries.filter((e) => isAr(e) && inBlock(e) && named(e)), (e) => e.index) : [],
  );
  return { primary, basis, trusted, untrusted, findings, reported, earlierOwn };
}
