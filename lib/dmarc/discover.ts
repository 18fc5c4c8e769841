/**
 * Policy discovery. RFC 7489 §6.6.3 (default): _dmarc.<From domain>, then _dmarc.<Organizational Domain>
 * from the Public Suffix List. DMARCbis (draft-ietf-dmarc-dmarcbis §4.10, optional): the DNS Tree Walk,
 * at most 5 queries (names of 5+ labels jump to 4 labels), psd= tags choose the Organizational Domain.
 */
import type { DiscoveryMode, DmarcDeps } from './types';
import { fetchDmarcRecord, type FetchedRecord } from './fetch-record';
import { organizationalDomain } from '../psl/org-domain';
import { parseDmarcRecord } from './parse-record';
import type { DmarcCode } from './codes';
import type { DnsStatus } from '../dns/types';

export type Discovery =
  | { kind: 'found'; record: string; policyDomain: string; orgDomain: string | null; queries: number }
  | { kind: 'none'; code: DmarcCode; detail: string; orgDomain: string | null; queries: number }
  | { kind: 'temperror'; code: DmarcCode; detail: string; orgDomain: string | null; queries: number };

function stop(f: FetchedRecord, orgDomain: string | null, queries: number): Discovery | null {
  if (f.kind === 'error') return { kind: 'temperror', code: `dmarc.dns.${f.status.toLowerCase() as Lowercase<DnsStatus>}`, detail: f.detail.startsWith('skipped:') ? `${f.detail}; _dmarc.${f.domain} was not looked up` : `DNS lookup of _dmarc.${f.domain} failed (${f.detail})`, orgDomain, queries };
  if (f.kind === 'multiple') return { kind: 'none', code: 'dmarc.record.multiple', detail: `_dmarc.${f.domain} has ${f.count} DMARC records; none is used (RFC 7489 §6.6.3)`, orgDomain, queries };
  return null;
}

export async function discoverPolicy(fromDomain: string, deps: DmarcDeps, mode: DiscoveryMode): Promise<Discovery> {
  return mode === 'dmarcbis' ? treeWalkDiscovery(fromDomain, deps) : pslDiscovery(fromDomain, deps);
}

async function pslDiscovery(from: string, deps: DmarcDeps): Promise<Discovery> {
  const org = organizationalDomain(from);
  const first = await fetchDmarcRecord(deps.dns, from, deps.signal);
  const halt = stop(first, org, 1);
  if (halt) return halt;
  if (first.kind === 'record') return { kind: 'found', record: first.text, policyDomain: from, orgDomain: org, queries: 1 };
  // §6.6.3 step 3: nothing at the From domain: try the Organizational Domain.
  if (org === null || org === from) return { kind: 'none', code: 'dmarc.none.no-record', detail: `no DMARC record at _dmarc.${from}`, orgDomain: org, queries: 1 };
  const second = await fetchDmarcRecord(deps.dns, org, deps.signal);
  const halt2 = stop(second, org, 2);
  if (halt2) return halt2;
  if (second.kind === 'record') return { kind: 'found', record: second.text, policyDomain: org, orgDomain: org, queries: 2 };
  return { kind: 'none', code: 'dmarc.none.no-record', detail: `no DMARC record at _dmarc.${from} or _dmarc.${org}`, orgDomain: org, queries: 2 };
}

/** The walk's targets: the name, then (5+ labels) its last 4 labels, then one label less each time. */
export function treeWalkTargets(domain: string): string[] {
  const labels = domain.split('.');
  const out = [domain];
  let n = labels.length >= 5 ? 4 : labels.length - 1;
  for (; n >= 1; n--) out.push(labels.slice(labels.length - n).join('.'));
  return out;
}

function psdOf(text: string): 'y' | 'n' | 'u' {
  const parsed = parseDmarcRecord(text);
  return parsed.ok ? parsed.record.psd : 'u';
}

interface Walk {
  found: { domain: string; text: string }[];
  targets: string[];
  queries: number;
  error: { target: string; status: string; detail: string } | null;
}

/** DMARCbis §4.10.1 DNS Tree Walk: stops at psd=n, or at psd=y above the starting name. */
async function treeWalk(from: string, deps: DmarcDeps): Promise<Walk> {
  const walk: Walk = { found: [], targets: treeWalkTargets(from), queries: 0, error: null };
  for (let i = 0; i < walk.targets.length; i++) {
    const target = walk.targets[i] ?? '';
    const f = await fetchDmarcRecord(deps.dns, target, deps.signal);
    walk.queries++;
    if (f.kind === 'error') {
      walk.error = { target, status: f.status, detail: f.detail };
      return walk;
    }
    if (f.kind !== 'record') continue;
    walk.found.push({ domain: target, text: f.text });
    const psd = psdOf(f.text);
    if (psd === 'n' || (psd === 'y' && i > 0)) break;
  }
  return walk;
}

/** The DMARCbis Organizational Domain of any identifier (null on a DNS failure). */
export async function walkOrgDomain(domain: string, deps: DmarcDeps): Promise<string | null> {
  const walk = await treeWalk(domain, deps);
  return walk.error ? null : selectOrgDomain(domain, walk.targets, walk.found);
}

async function treeWalkDiscovery(from: string, deps: DmarcDeps): Promise<Discovery> {
  const { found, targets, queries, error } = await treeWalk(from, deps);
  if (error) return { kind: 'temperror', code: `dmarc.dns.${error.status.toLowerCase() as Lowercase<DnsStatus>}`, detail: error.detail.startsWith('skipped:') ? `${error.detail}; _dmarc.${error.target} was not looked up` : `DNS lookup of _dmarc.${error.target} failed (${error.detail})`, orgDomain: null, queries };
  const org = selectOrgDomain(from, targets, found);
  const atFrom = found.find((r) => r.domain === from);
  const atOrg = found.find((r) => r.domain === org);
  const psdRecord = found.find((r) => psdOf(r.text) === 'y' && r.domain !== from);
  const chosen = atFrom ?? atOrg ?? psdRecord;
  if (!chosen) return { kind: 'none', code: 'dmarc.none.no-record', detail: `no DMARC record found walking up from _dmarc.${from}`, orgDomain: org, queries };
  return { kind: 'found', record: chosen.text, policyDomain: chosen.domain, orgDomain: org, queries };
}

/** DMARCbis §4.10.2: psd=n is the org domain; psd=y puts it one label below; else the shortest with a record. */
function selectOrgDomain(from: string, targets: string[], found: { domain: string; text: string }[]): string {
  for (const r of found) {
    const psd = psdOf(r.text);
    if (psd === 'n') return r.domain;
    if (psd === 'y' && r.domain !== from) {
      const labels = from.split('.');
      const depth = r.domain.split('.').length + 1;
      return labels.slice(labels.length - Math.min(depth, labels.length)).join('.');
    }
  }
  const last = found[found.length - 1];
  return last ? last.domain : (targets[0] ?? from);
}
