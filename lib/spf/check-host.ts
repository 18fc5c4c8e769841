/**
 * check_host() (RFC 7208 §4): record lookup and selection, whole-record parsing, mechanisms in order
 * (include recursing), then redirect=, then the default neutral. Returns the deciding path, the lookup
 * counts and, for fail, the exp= explanation (§6.2). DNS failures are temperror, never pass.
 */
import type { CheckHostParams, SpfDeps, SpfResult, SpfResultCode } from './types';
import type { Mechanism, Qualifier, SpfRecord } from './parse-record';
import type { MacroString } from './macro-parse';
import { isSpfRecord, parseSpfRecord } from './parse-record';
import { hasMacros, literalText } from './macro-parse';
import { trimDomain } from './macro-expand';
import { dnsError, type Outcome, type SpfEnv } from './env';
import { countOrLimit, evaluateMechanism } from './mechanisms';
import { explain } from './explanation';
import { expandDomain } from './expand-domain';
import { LookupState } from './lookup-state';
import { parseSpfIp } from './ip-address';
import { isValidDnsName, nameLabels, normalizeName } from '../dns/dns-name';
import { isAnswer } from '../dns/types';
import type { SpfCode } from './codes';

const QUALIFIER_RESULT: Record<Qualifier, SpfResultCode> = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' };

interface HostResult {
  result: SpfResultCode;
  code: SpfCode;
  reason: string;
  path: string[];
  explanation: string | null;
  record: string | null;
}

function ended(result: SpfResultCode, code: SpfCode, reason: string, record: string | null = null): HostResult {
  return { result, code, reason, path: [], explanation: null, record };
}

/** RFC 7208 §4.3: a malformed or single-label domain gives "none". */
function isCheckableDomain(domain: string): boolean {
  return isValidDnsName(domain) && nameLabels(domain).length >= 2;
}

/** At most this many questions are asked ahead of need in one evaluation. */
const MAX_PREFETCH = 20;

/**
 * Fire the lookups of later literal terms now, and follow them as they arrive (an include's record is
 * parsed to prefetch its own terms; MX answers prefetch their hosts). Answers are memoised; the §4.6.4
 * counts still happen only when check_host() evaluates a term.
 */
function prefetch(env: SpfEnv, record: SpfRecord, domain: string, budget: number): void {
  const terms: { kind: string; domain: MacroString | null }[] = [];
  for (const m of record.mechanisms) if ('domain' in m) terms.push({ kind: m.kind, domain: m.domain });
  if (record.redirect) terms.push({ kind: 'redirect', domain: record.redirect.domain });
  let left = budget;
  for (const term of terms) {
    if (left <= 0 || env.state.prefetched >= MAX_PREFETCH) return;
    left--;
    if (term.kind === 'ptr' || (term.domain !== null && hasMacros(term.domain))) continue;
    const name = term.domain === null ? domain : trimDomain(literalText(term.domain));
    if (!isValidDnsName(name)) continue;
    env.state.prefetched++;
    const remaining = left;
    if (term.kind === 'include' || term.kind === 'redirect') {
      void env.state.query(name, 'TXT').then((txt) => {
        const texts = txt.records.flatMap((r) => (r.type === 'TXT' && isSpfRecord(r.text) ? [r.text] : []));
        const parsed = texts.length === 1 ? parseSpfRecord(texts[0] ?? '') : null;
        if (parsed?.ok === true) prefetch(env, parsed.record, name, remaining);
      });
    } else if (term.kind === 'mx') {
      void env.state.query(name, 'MX').then((mx) => {
        for (const r of mx.records.slice(0, 10)) {
          if (r.type === 'MX' && isValidDnsName(r.exchange) && env.state.prefetched < MAX_PREFETCH) {
            env.state.prefetched++;
            void env.state.query(r.exchange, env.ip.v6 ? 'AAAA' : 'A');
          }
        }
      });
    } else void env.state.query(name, term.kind === 'a' && env.ip.v6 ? 'AAAA' : 'A');
  }
}

async function checkDomain(env: SpfEnv, domain: string): Promise<HostResult> {
  if (!isCheckableDomain(domain)) return ended('none', 'spf.none.invalid-domain', `"${domain}" is not a valid multi-label domain name (RFC 7208 §4.3)`);
  const txt = await env.state.query(domain, 'TXT');
  if (txt.status === 'NXDOMAIN') return ended('none', 'spf.none.nxdomain', `${domain} does not exist`);
  if (!isAnswer(txt)) {
    const e = dnsError(txt.status, domain, txt.detail);
    return e.kind === 'error' ? ended(e.result, e.code, e.detail) : ended('temperror', 'spf.dns', domain);
  }
  const records = txt.records.flatMap((r) => (r.type === 'TXT' && isSpfRecord(r.text) ? [r.text] : []));
  if (records.length === 0) return ended('none', 'spf.none.no-record', `${domain} has no SPF record`);
  if (records.length > 1) return ended('permerror', 'spf.record.multiple', `${domain} has ${records.length} SPF records; there must be one (RFC 7208 §4.5)`);
  const text = records[0] ?? '';
  const parsed = parseSpfRecord(text);
  if (!parsed.ok) return ended('permerror', 'spf.syntax', `syntax error in the SPF record of ${domain}${parsed.term ? ` at "${parsed.term}"` : ''}: ${parsed.detail}`, text);
  const record = parsed.record;
  if (env.prefetch) prefetch(env, record, domain, env.state.maxLookups - env.state.lookups);
  for (const mech of record.mechanisms) {
    const outcome = await evaluate(env, mech, domain);
    if (outcome.kind === 'error') return { ...ended(outcome.result, outcome.code, outcome.detail, text), path: [mech.text] };
    if (outcome.kind === 'nomatch') continue;
    const result = QUALIFIER_RESULT[mech.qualifier];
    const path = [mech.text, ...outcome.path];
    const explanation = result === 'fail' && record.exp ? await explain(env, record.exp.domain, domain) : null;
    return { result, code: 'spf.match', reason: `matched ${path.join(' -> ')}`, path, explanation, record: text };
  }
  if (record.redirect) return redirect(env, record.redirect, domain, text);
  return { ...ended('neutral', 'spf.default', 'no mechanism matched and there is no redirect=: the default result is neutral (RFC 7208 §4.7)', text) };
}

/** §6.1 redirect=: the result of check_host() on the target; "none" there becomes permerror. */
async function redirect(env: SpfEnv, mod: NonNullable<SpfRecord['redirect']>, domain: string, text: string): Promise<HostResult> {
  const limited = countOrLimit(env);
  if (limited?.kind === 'error') return { ...ended(limited.result, limited.code, limited.detail, text), path: [mod.text] };
  const target = await expandDomain(env, mod.domain, domain);
  const inner = await checkDomain(env, target);
  const path = [mod.text, ...inner.path];
  if (inner.result === 'none') return { ...ended('permerror', 'spf.redirect.none', `redirect target ${target} has no SPF record (RFC 7208 §6.1): ${inner.reason}`, text), path };
  return { ...inner, path, reason: inner.code === 'spf.match' ? `matched ${path.join(' -> ')}` : `${mod.text}: ${inner.reason}`, record: text };
}

/** §5.2 include: pass matches; fail/softfail/neutral do not; temperror/permerror propagate; none is permerror. */
async function evaluate(env: SpfEnv, mech: Mechanism, domain: string): Promise<Outcome> {
  if (mech.kind !== 'include') {
    const target = 'domain' in mech && mech.domain !== null ? await expandDomain(env, mech.domain, domain) : domain;
    return evaluateMechanism(env, mech, target);
  }
  const limited = countOrLimit(env);
  if (limited) return limited;
  const target = await expandDomain(env, mech.domain, domain);
  const inner = await checkDomain(env, target);
  switch (inner.result) {
    case 'pass':
      return { kind: 'match', path: inner.path };
    case 'fail':
    case 'softfail':
    case 'neutral':
      return { kind: 'nomatch' };
    case 'none':
      return { kind: 'error', result: 'permerror', code: 'spf.include.none', detail: `include target ${target} has no SPF record (RFC 7208 §5.2): ${inner.reason}` };
    case 'temperror':
    case 'permerror':
      return { kind: 'error', result: inner.result, code: inner.code, detail: `in include:${target}: ${inner.reason}` };
  }
}

/** RFC 7208 §4: check_host(ip, domain, sender) with the HELO name for %{h}. */
export async function checkHost(params: CheckHostParams, deps: SpfDeps): Promise<SpfResult> {
  const domain = normalizeName(params.domain.trim());
  const base = { domain, ip: params.ip, sender: params.sender, explanation: null, lookups: 0, voidLookups: 0, path: [], record: null };
  const ip = parseSpfIp(params.ip);
  if (ip === null) return { ...base, result: 'permerror', code: 'spf.input.ip', reason: `"${params.ip}" is not an IP address` };
  const at = params.sender.lastIndexOf('@');
  // §4.3: a sender without a local-part uses "postmaster".
  const localPart = at < 0 ? 'postmaster' : params.sender.slice(0, at) || 'postmaster';
  const senderDomain = at < 0 ? params.sender : params.sender.slice(at + 1);
  const state = new LookupState(deps.dns, deps.maxLookups ?? 10, deps.maxVoidLookups ?? 2, deps.signal);
  const env: SpfEnv = {
    state,
    ip,
    sender: at < 0 ? `postmaster@${params.sender}` : `${localPart}@${senderDomain}`,
    localPart,
    senderDomain,
    helo: params.helo,
    receiver: deps.receiver ?? 'unknown',
    timestamp: Math.floor((deps.now?.() ?? 0) / 1000),
    prefetch: deps.prefetch ?? true,
  };
  const r = await checkDomain(env, domain);
  return { ...base, ip: ip.text, sender: env.sender, result: r.result, code: r.code, reason: r.reason, path: r.path, explanation: r.explanation, record: r.record, lookups: state.lookups, voidLookups: state.voids };
}
