/**
 * readRecordedAuth: the authentication results the user's own provider recorded (RFC 8601), the
 * headers it did not write (listed, never believed), and findings about both.
 */
import type { Finding } from '../findings';
import { finding } from '../findings';
import type { HeaderField } from '../mime';
import type { ArcClaim, AuthReport, UntrustedAuth } from './auth-report';
import { collectAuthHeaders, type AuthHeaderEntry } from './collect';
import { decideTrust, type TrustInput } from './trust';
import { isProviderId } from './provider-ids';
import { authservIdOf } from './entry-id';
import { normalizeResult } from './normalize-result';
import { buildRecorded } from './build-recorded';
import { compareUntrusted } from './compare-untrusted';
import { leniencyFindings } from './leniency-findings';
import { recordedFindings } from './recorded-findings';
import { listIdOf, trustedForwarding } from './forwarding';
import { mapList } from '../list/map-list';

function claimsOf(e: AuthHeaderEntry): { method: string; result: string }[] {
  if (e.parsed) return mapList(e.parsed.resinfo, (r) => ({ method: r.method, result: r.result }));
  if (e.receivedSpf) return [{ method: 'spf', result: e.receivedSpf.result }];
  return [];
}

/**
 * Two or more of the provider's own headers (above its boundary) that disagree on a method: legitimate when a
 * list or an auto-forward inside the provider checked the message again (Google Groups), so a note, not an alarm.
 */
function disagreement(own: readonly AuthHeaderEntry[]): Finding | null {
  const seen = new Map<string, Set<string>>();
  for (const e of own) {
    for (const r of e.parsed?.resinfo ?? []) {
      const set = seen.get(r.method) ?? new Set<string>();
      set.add(normalizeResult(r.result).result);
      seen.set(r.method, set);
    }
  }
  const split = [...seen].filter(([, results]) => results.size > 1);
  if (split.length === 0) return null;
  return finding(
    'authres.provider-headers-disagree',
    'warn',
    'Your provider recorded different results in different headers',
    `${mapList(split, ([m, rs]) => `${m}: ${[...rs].join(' / ')}`).join('; ')}. The header nearest the point where the message entered your provider is read. A mailing list or forwarding inside your provider (Google Groups, an alias) checks the message again and can record another result.`,
  );
}

export function readRecordedAuth(fields: readonly HeaderField[], trust: TrustInput): { auth: AuthReport; findings: Finding[] } {
  const entries = collectAuthHeaders(fields);
  const findings: Finding[] = [];
  const decision = decideTrust(entries, fields, trust);

  const untrusted: UntrustedAuth[] = mapList(decision.untrusted, ({ entry, why }) => ({
    authservId: authservIdOf(entry),
    raw: entry.value,
    fieldIndex: entry.index,
    header: entry.header,
    why,
    claims: claimsOf(entry),
  }));
  const arcChain: ArcClaim[] = mapList(
    entries.filter((e) => e.header === 'ARC-Authentication-Results' && e.parsed !== null),
    (e) => ({ instance: e.instance ?? 0, authservId: authservIdOf(e), fieldIndex: e.index, claims: claimsOf(e), byProvider: decision.trusted.includes(e) }),
  ).sort((a, b) => b.instance - a.instance);

  findings.push(...decision.findings);
  for (const e of entries) {
    if (e.error && !decision.reported.has(e.index)) {
      findings.push(
        finding(
          'authres.unparsable',
          decision.trusted.includes(e) ? 'warn' : 'info',
          `${e.header} header #${String(e.index + 1)} could not be read`,
          `Error ${e.error.code} at character ${String(e.error.at)}. It is listed as written and not used.`,
        ),
      );
    }
  }

  const primary = decision.primary;
  if (primary === null || decision.basis === null) {
    const n = entries.filter((e) => e.header === 'Authentication-Results').length;
    if (decision.findings.some((f) => f.id === 'authres.provider-unreadable')) return { auth: { recorded: null, untrusted, arcChain }, findings };
    findings.push(
      n === 0
        ? finding('authres.none', 'info', 'No recorded authentication results', 'No Authentication-Results header: the receiving server recorded no SPF/DKIM/DMARC results here (some providers keep them out of the message).')
        : finding('authres.no-trusted', 'warn', 'No authentication results from your provider', `${String(n)} Authentication-Results header${n === 1 ? ' is' : 's are'} present, but none was written by your provider; they are listed as claims that could be forged.`),
    );
    return { auth: { recorded: null, untrusted, arcChain }, findings };
  }

  const recorded = buildRecorded(primary, decision.basis, decision.trusted, fields);
  if (primary.parsed) findings.push(...leniencyFindings(primary.parsed.leniencies, primary.header));
  findings.push(...recordedFindings(recorded, trustedForwarding(recorded, arcChain, listIdOf(fields))?.via ?? null));
  const who = { host: trust.providerHost, provider: trust.provider ?? null };
  const ownIds = decision.trusted.filter((e) => e.header === 'Authentication-Results' && e.parsed !== null && (isProviderId(e.parsed.authservId, who) || e.parsed.authservId === recorded.authservId));
  const split = ownIds.length > 1 ? disagreement(ownIds) : null;
  if (split) findings.push(split);
  const sealers = new Set(mapList(arcChain, (a) => a.authservId.toLowerCase()));
  const ownId = (id: string): boolean => isProviderId(id, who) || (id !== '' && id.toLowerCase() === recorded.authservId.toLowerCase());
  findings.push(...compareUntrusted(untrusted.filter((u) => !decision.reported.has(u.fieldIndex)), recorded, sealers, ownId, decision.earlierOwn));
  return { auth: { recorded, untrusted, arcChain }, findings };
}
