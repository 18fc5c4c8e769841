/**
 * evaluateDmarc (RFC 7489 §6.6): discover the policy for the RFC5322.From domain, check SPF and DKIM
 * identifier alignment (§3.1), and say what a receiver would do (§6.6.4, pct §6.3, DMARCbis t=y).
 * DNS failures give temperror; a missing or unusable record gives none; never pass without an aligned pass.
 */
import type { DmarcDeps, DmarcInput, DmarcPolicy, DmarcRecord, DmarcResult } from './types';
import { discoverPolicy, walkOrgDomain } from './discover';
import { parseDmarcRecord } from './parse-record';
import { organizationalDomain } from '../psl/org-domain';
import { isAligned } from './align';
import { isValidDnsName, normalizeName } from '../dns/dns-name';
import { isAnswer } from '../dns/types';

/** The domain of a From value: "a@b.example", "<a@b.example>", "Name <a@b.example>" or a bare domain. */
export function fromDomainOf(headerFrom: string): string {
  let s = headerFrom.trim();
  const lt = s.lastIndexOf('<');
  if (lt >= 0) s = s.slice(lt + 1, s.indexOf('>', lt) < 0 ? undefined : s.indexOf('>', lt));
  const at = s.lastIndexOf('@');
  return normalizeName((at < 0 ? s : s.slice(at + 1)).trim());
}

const DOWNGRADE: Record<DmarcPolicy, DmarcPolicy> = { reject: 'quarantine', quarantine: 'none', none: 'none' };

/** RFC 9091 §2.1 / DMARCbis: a domain "does not exist" when A, AAAA and MX all give NXDOMAIN or NODATA. */
async function domainExists(deps: DmarcDeps, domain: string): Promise<boolean> {
  const answers = await Promise.all((['A', 'AAAA', 'MX'] as const).map((t) => deps.dns.query(domain, t, deps.signal ? { signal: deps.signal } : {})));
  return answers.some((a) => !isAnswer(a) || a.records.length > 0);
}

export async function evaluateDmarc(input: DmarcInput, deps: DmarcDeps): Promise<DmarcResult> {
  const mode = deps.mode ?? 'rfc7489';
  const domain = fromDomainOf(input.headerFrom);
  const base: DmarcResult = { result: 'none', domain, orgDomain: null, policyDomain: null, policy: null, disposition: 'none', pct: 100, spfAligned: false, dkimAligned: false, alignedBy: null, partialBody: false, record: null, parsed: null, rua: [], ruf: [], code: 'dmarc.none.no-record', reason: '', mode };
  if (!isValidDnsName(domain) || !domain.includes('.')) {
    return { ...base, result: 'permerror', code: 'dmarc.from.invalid', reason: `the From domain "${domain}" is not a usable domain name (RFC 7489 §6.6.1)` };
  }
  const found = await discoverPolicy(domain, deps, mode);
  if (found.kind !== 'found') return { ...base, orgDomain: found.orgDomain, result: found.kind, code: found.code, reason: found.detail };
  const parsed = parseDmarcRecord(found.record);
  const withRecord = { ...base, orgDomain: found.orgDomain, policyDomain: found.policyDomain, record: found.record };
  if (!parsed.ok) return { ...withRecord, code: parsed.code, reason: parsed.detail };
  const rec = parsed.record;
  const rua = rec.rua.map((u) => u.uri);
  const policyBroken = rec.p === null || rec.errors.some((e) => e.code === 'dmarc.tag.sp.invalid' || e.code === 'dmarc.tag.np.invalid');
  // §6.6.3 step 6: no valid p= (or a bad sp=): act as p=none if rua= has a valid URI, else no DMARC.
  if (policyBroken && rua.length === 0) {
    return { ...withRecord, parsed: rec, code: 'dmarc.record.no-policy', reason: `the DMARC record at _dmarc.${found.policyDomain} has no valid p= policy and no rua=, so DMARC does not apply (RFC 7489 §6.6.3)` };
  }
  const policy = await selectPolicy(rec, policyBroken, domain, found.policyDomain, deps);
  const orgs = new Map<string, string | null>();
  const candidates = [...(input.spf?.result === 'pass' ? [input.spf.domain] : []), ...input.dkim.filter((d) => d.result === 'pass').map((d) => d.domain)].map(normalizeName);
  for (const d of [domain, ...candidates]) {
    if (orgs.has(d)) continue;
    orgs.set(d, mode === 'dmarcbis' ? (d === domain ? found.orgDomain : await walkOrgDomain(d, deps)) : organizationalDomain(d));
  }
  const orgOf = (d: string): string | null => orgs.get(normalizeName(d)) ?? null;
  const spfAligned = input.spf?.result === 'pass' && isAligned(input.spf.domain, domain, rec.aspf, orgOf);
  const alignedDkim = input.dkim.filter((d) => d.result === 'pass' && isAligned(d.domain, domain, rec.adkim, orgOf));
  // A signature over the whole body first: one with l= shorter than the body vouches only for part of it.
  const dkimPass = alignedDkim.find((d) => d.partialBody !== true) ?? alignedDkim[0];
  const dkimAligned = dkimPass !== undefined;
  const alignedBy = dkimPass ? { method: 'dkim' as const, domain: normalizeName(dkimPass.domain) } : spfAligned && input.spf ? { method: 'spf' as const, domain: normalizeName(input.spf.domain) } : null;
  const common = { ...withRecord, parsed: rec, policy, pct: rec.pct, spfAligned, dkimAligned, alignedBy, rua, ruf: rec.ruf.map((u) => u.uri) };
  if (alignedBy) {
    const words = `${alignedBy.method === 'dkim' ? 'a DKIM signature' : 'SPF'} passed for ${alignedBy.domain}, which aligns with the From domain ${domain} (${(alignedBy.method === 'dkim' ? rec.adkim : rec.aspf) === 's' ? 'strict' : 'relaxed'} alignment)`;
    // RFC 6376 §8.2: with l= a verifier passes text appended after the signed bytes; only SPF could vouch for the rest.
    const partial = alignedBy.method === 'dkim' && dkimPass?.partialBody === true && !spfAligned;
    if (partial) {
      return { ...common, result: 'pass', partialBody: true, disposition: 'none', code: 'dmarc.pass.partial-body', reason: `${words}, but that signature covers only the first part of the body (l=): anything after it could have been added by anyone, so this pass does not vouch for the whole message` };
    }
    return { ...common, result: 'pass', disposition: 'none', code: 'dmarc.pass', reason: words };
  }
  const disposition = rec.testing ? DOWNGRADE[policy] : policy;
  const notes = [rec.testing ? 'the record is in testing mode (t=y), so the policy is applied one step softer' : '', rec.pct < 100 ? `pct=${rec.pct}: the policy applies to ${rec.pct}% of failing mail, the rest gets the next softer treatment` : ''].filter((n) => n !== '');
  return {
    ...common,
    result: 'fail',
    disposition,
    code: 'dmarc.fail.unaligned',
    reason: `neither SPF nor DKIM produced a pass aligned with the From domain ${domain}; the policy is ${policy}, so a receiver would ${disposition === 'reject' ? 'reject the message' : disposition === 'quarantine' ? 'quarantine it (spam folder)' : 'deliver it normally and only report'}${notes.length ? ` (${notes.join('; ')})` : ''}`,
  };
}

/** §6.6.3: p for the policy domain itself; sp (or np for a non-existent subdomain) for a subdomain. */
async function selectPolicy(rec: DmarcRecord, broken: boolean, from: string, policyDomain: string, deps: DmarcDeps): Promise<DmarcPolicy> {
  if (broken) return 'none';
  const p = rec.p ?? 'none';
  if (from === policyDomain) return p;
  if (rec.np !== null && !(await domainExists(deps, from))) return rec.np;
  return rec.sp ?? p;
}
