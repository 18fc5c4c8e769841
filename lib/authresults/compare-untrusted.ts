/**
 * Headers the provider did not write that claim something else than what it recorded (forged
 * Authentication-Results, security goal G6 in docs/security-goals.md: a forged pass below a real fail). One finding per such header.
 */
import type { Finding } from '../findings';
import { finding } from '../findings';
import type { RecordedAuth, UntrustedAuth } from './auth-report';
import { normalizeResult } from './normalize-result';
import { mapList } from '../list/map-list';

interface Difference {
  method: string;
  claimed: string;
  recorded: string;
}

function differences(u: UntrustedAuth, r: RecordedAuth): Difference[] {
  const out: Difference[] = [];
  const first = (m: string) => u.claims.find((c) => c.method === m);
  const spf = first('spf');
  if (spf && r.spf && normalizeResult(spf.result).result !== r.spf.result) out.push({ method: 'spf', claimed: spf.result, recorded: r.spf.result });
  const dmarc = first('dmarc');
  if (dmarc && r.dmarc && normalizeResult(dmarc.result).result !== r.dmarc.result) out.push({ method: 'dmarc', claimed: dmarc.result, recorded: r.dmarc.result });
  const dkim = first('dkim');
  if (dkim && r.dkim.length > 0 && normalizeResult(dkim.result).result === 'pass' && !r.dkim.some((d) => d.result === 'pass')) {
    out.push({ method: 'dkim', claimed: dkim.result, recorded: mapList(r.dkim, (d) => d.result).join('/') });
  }
  // A pass for a method the provider did not record at all.
  for (const m of ['dmarc', 'spf', 'dkim'] as const) {
    const c = first(m);
    const missing = m === 'dkim' ? r.dkim.length === 0 : r[m] === null;
    if (c && missing && normalizeResult(c.result).result === 'pass') out.push({ method: m, claimed: c.result, recorded: 'nothing' });
  }
  return out;
}

/**
 * Does the header claim a pass that the provider's record does not give: for a method the provider recorded
 * otherwise (a forgery's aim), any pass when no record of the provider's is read? A pass for a method the provider
 * did not record contradicts nothing: a receiver running one filter per method (OpenDMARC's dmarc=, OpenDKIM's
 * dkim=, an SPF policy daemon's spf=) writes one header each under one authserv-id, and only the first is read.
 */
export function claimsUnrecordedPass(u: UntrustedAuth, recorded: RecordedAuth | null): boolean {
  if (recorded === null) return u.claims.some((c) => normalizeResult(c.result).result === 'pass');
  return differences(u, recorded).some((d) => d.recorded !== 'nothing' && normalizeResult(d.claimed).result === 'pass');
}

/** `ownId` says whether an authserv-id is the provider's (lib/authresults/provider-ids.ts). */
export function compareUntrusted(untrusted: readonly UntrustedAuth[], recorded: RecordedAuth, arcSealerIds: ReadonlySet<string>, ownId: (id: string) => boolean, earlierOwn: ReadonlySet<number> = new Set()): Finding[] {
  const findings: Finding[] = [];
  const who = recorded.authservId === '' ? 'your provider' : recorded.authservId;
  for (const u of untrusted) {
    if (u.header === 'ARC-Authentication-Results') continue;
    const diffs = differences(u, recorded);
    const sameId = ownId(u.authservId);
    const where = `header #${String(u.fieldIndex + 1)} (${u.header}${u.authservId ? `, ${u.authservId}` : ''})`;
    if (sameId && u.header === 'Authentication-Results' && earlierOwn.has(u.fieldIndex)) {
      // Right below the boundary while the provider's own header is above it: a list or forward inside the provider.
      if (diffs.length > 0) {
        findings.push(finding('authres.duplicate-authserv-id', 'warn', `An earlier Authentication-Results names your provider (${u.authservId}) with other results`, `${where} claims ${mapList(diffs, (d) => `${d.method}=${d.claimed}`).join(', ')}. It sits right where the message entered your provider, so it is most likely your provider's own first check before a list or forward inside it (Google Groups, an alias); only the header above it is read.`));
      }
      continue;
    }
    if (sameId && u.header === 'Authentication-Results') {
      // A problem only when it claims a pass against the provider's record (what the verdict calls a forgery).
      const forged = claimsUnrecordedPass(u, recorded);
      const stack = !forged && diffs.length > 0 ? ' It contradicts nothing the upper one records: a receiver running one filter per method (OpenDKIM, OpenDMARC) writes headers like it.' : '';
      findings.push(
        finding(
          'authres.duplicate-authserv-id',
          forged ? 'bad' : 'warn',
          `Two Authentication-Results name ${u.authservId}`,
          `${where} repeats your provider's authserv-id below the one it wrote${diffs.length > 0 ? ` and claims ${mapList(diffs, (d) => `${d.method}=${d.claimed}`).join(', ')}` : ''}. A border server must strip such copies (RFC 8601 §5); only the upper one is read.${stack}`,
        ),
      );
      continue;
    }
    if (diffs.length === 0) continue;
    const vouched = recorded.arc?.result === 'pass' && arcSealerIds.has(u.authservId.toLowerCase());
    const text = mapList(diffs, (d) => `${d.method}=${d.claimed} where ${who} recorded ${d.recorded}`).join('; ');
    findings.push(
      finding(
        'authres.untrusted.contradicts',
        vouched ? 'warn' : 'bad',
        'An earlier header claims a different result than your provider',
        `${where}: ${text}. ` +
          (vouched
            ? 'That server also sealed the message with ARC and the chain verified, so this is most likely forwarding or a mailing list changing the message, not forgery.'
            : 'Only your provider\'s result counts. A claim like this is either a forgery meant to look authenticated, or a forwarder whose change broke the check.'),
      ),
    );
  }
  return findings;
}
