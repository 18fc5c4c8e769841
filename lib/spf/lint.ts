/**
 * SPF record health: the include/redirect tree with its static DNS-lookup count (RFC 7208 §4.6.4),
 * risky qualifiers on "all", ptr (§5.5 "SHOULD NOT"), multiple records (§4.5), over-long strings
 * (RFC 1035 §3.3: 255 octets), void targets. No connecting IP is involved.
 */
import type { Finding } from '../findings';
import type { DnsResolver } from '../dns/types';
import { finding } from '../findings';
import { isAnswer } from '../dns/types';
import { skippedDetail } from '../dns/skipped';
import { isSpfRecord, parseSpfRecord } from './parse-record';
import { hasMacros, literalText } from './macro-parse';

export interface SpfTreeNode {
  domain: string;
  record: string | null;
  /** DNS-querying terms in this record (include, a, mx, ptr, exists, redirect). */
  lookups: number;
  children: { term: string; node: SpfTreeNode | null }[];
  problem: string | null;
}

export interface SpfLint {
  domain: string;
  record: string | null;
  tree: SpfTreeNode;
  /** Total DNS-querying terms over the whole tree. */
  lookups: number;
  voidTargets: string[];
  findings: Finding[];
}

const MAX_NODES = 40;

export async function lintSpf(domain: string, deps: { dns: DnsResolver }): Promise<SpfLint> {
  const findings: Finding[] = [];
  const voidTargets: string[] = [];
  /** Includes whose record could not be fetched (a DNS failure, the deadline, the question budget). */
  const unread: { name: string; problem: string }[] = [];
  let nodes = 0;
  const seen = new Set<string>();

  async function visit(name: string): Promise<SpfTreeNode> {
    const node: SpfTreeNode = { domain: name, record: null, lookups: 0, children: [], problem: null };
    if (seen.has(name) || ++nodes > MAX_NODES) {
      node.problem = seen.has(name) ? 'loop: this domain is already in the tree' : 'tree too large';
      return node;
    }
    seen.add(name);
    const txt = await deps.dns.query(name, 'TXT');
    if (!isAnswer(txt)) {
      node.problem = skippedDetail(txt) ?? `DNS lookup failed (${txt.status})`;
      unread.push({ name, problem: node.problem });
      return node;
    }
    const recs = txt.records.flatMap((r) => (r.type === 'TXT' && isSpfRecord(r.text) ? [r] : []));
    if (recs.length !== 1) {
      node.problem = recs.length === 0 ? 'no SPF record' : `${recs.length} SPF records`;
      if (recs.length === 0) voidTargets.push(name);
      return node;
    }
    const rec = recs[0];
    if (rec?.type !== 'TXT') return node;
    node.record = rec.text;
    if (rec.strings.some((s) => new TextEncoder().encode(s).length > 255)) {
      findings.push(finding('spf.lint.long-string', 'bad', `SPF string over 255 characters at ${name}`, 'A DNS TXT character-string holds at most 255 octets (RFC 1035 §3.3); split the record into several quoted strings.'));
    }
    const parsed = parseSpfRecord(rec.text);
    if (!parsed.ok) {
      node.problem = parsed.detail;
      return node;
    }
    const terms = [...parsed.record.mechanisms.map((m) => ({ kind: m.kind, text: m.text, target: 'domain' in m ? m.domain : null })), ...(parsed.record.redirect ? [{ kind: 'redirect', text: parsed.record.redirect.text, target: parsed.record.redirect.domain }] : [])];
    for (const t of terms) {
      if (t.kind === 'ip4' || t.kind === 'ip6' || t.kind === 'all') continue;
      node.lookups++;
      if (t.kind !== 'include' && t.kind !== 'redirect') continue;
      if (t.target === null || hasMacros(t.target)) {
        node.children.push({ term: t.text, node: null });
        continue;
      }
      node.children.push({ term: t.text, node: await visit(literalText(t.target).toLowerCase().replace(/\.$/, '')) });
    }
    return node;
  }

  const tree = await visit(domain.toLowerCase());
  const total = (n: SpfTreeNode): number => n.lookups + n.children.reduce((s, c) => s + (c.node ? total(c.node) : 0), 0);
  const lookups = total(tree);
  const record = tree.record;
  if (tree.problem === 'no SPF record') findings.push(finding('spf.lint.none', 'warn', `No SPF record at ${domain}`, 'Receivers cannot tell which servers may send for this domain. A domain that sends no mail should publish "v=spf1 -all".'));
  else if (tree.problem?.endsWith('SPF records') === true) findings.push(finding('spf.lint.multiple', 'bad', `Several SPF records at ${domain}`, 'RFC 7208 §4.5: more than one v=spf1 record is a permerror. Merge them into one.'));
  else if (tree.problem !== null) findings.push(finding('spf.lint.error', 'bad', `SPF record at ${domain} cannot be used`, tree.problem));
  // A tree cut short says so: its lookup count and void includes cover only what was read.
  const cut = unread.filter((u) => u.name !== domain.toLowerCase());
  if (cut.length > 0) {
    const where = cut.map((u) => `${u.name} (${u.problem})`).join('; ');
    findings.push(finding('spf.lint.incomplete', 'warn', `SPF include tree not fully read: ${String(cut.length)} include${cut.length === 1 ? '' : 's'} could not be fetched`, `${where}. The lookup count (at least ${String(lookups)}) covers only the part that was read.`));
  }
  if (lookups > 10) findings.push(finding('spf.lint.lookups', 'bad', `SPF needs ${lookups} DNS lookups (limit 10)`, 'RFC 7208 §4.6.4: more than 10 include/a/mx/ptr/exists/redirect terms over the whole include tree is a permerror. Flatten includes or remove unused ones.'));
  else if (lookups >= 8) findings.push(finding('spf.lint.lookups', 'warn', `SPF needs ${lookups} of 10 allowed DNS lookups`, 'Close to the RFC 7208 §4.6.4 limit: one more include can break SPF for all mail.'));
  if (record !== null) lintTerms(record, domain, findings);
  const voids = voidTargets.filter((t) => t !== domain.toLowerCase());
  if (voids.length > 0) findings.push(finding('spf.lint.void', voids.length > 2 ? 'bad' : 'warn', `SPF includes domains without an SPF record: ${voids.join(', ')}`, 'An include of a domain with no record is a permerror (RFC 7208 §5.2); more than 2 void lookups is a permerror too (§4.6.4).'));
  return { domain, record, tree, lookups, voidTargets: voids, findings };
}

function lintTerms(record: string, domain: string, findings: Finding[]): void {
  const terms = record.toLowerCase().split(' ').filter((t) => t !== '');
  if (terms.length === 2 && terms[1] === '-all') {
    findings.push(finding('spf.lint.no-mail', 'ok', `${domain} says it sends no mail`, '"v=spf1 -all" authorizes no server: right for a domain that sends no mail.'));
  }
  if (terms.includes('+all') || terms.includes('all')) findings.push(finding('spf.lint.all-pass', 'bad', 'SPF ends in +all: any server may send', 'Every IP address passes SPF for this domain. Use ~all or -all.'));
  else if (terms.includes('?all')) findings.push(finding('spf.lint.all-neutral', 'warn', 'SPF ends in ?all (neutral)', 'Unlisted servers get "neutral": SPF gives no protection. Use ~all or -all.'));
  if (terms.some((t) => /^[+\-~?]?ptr(?::|$)/.test(t))) findings.push(finding('spf.lint.ptr', 'warn', 'SPF uses the ptr mechanism', 'RFC 7208 §5.5: ptr is slow and unreliable and SHOULD NOT be used; list the IP ranges instead.'));
  if (!terms.some((t) => t.endsWith('all') || t.startsWith('redirect='))) findings.push(finding('spf.lint.no-all', 'info', 'SPF has no "all" term', 'Unmatched senders get the default result neutral (RFC 7208 §4.7). End the record with ~all or -all.'));
}
