/** Turn one trusted header's resinfo list into per-method results (RFC 8601 §2.7 methods, plus compauth and BIMI). */
import { compauthReason, explainResult } from './explain';
import { dmarcPolicy } from './dmarc-policy';
import { domainOf } from '../dmarc/align';
import { normalizeResult } from './normalize-result';
import type { ArcVerdict, BimiVerdict, CompauthVerdict, DkimVerdict, DmarcVerdict, OtherMethod, SpfVerdict } from './auth-report';
import type { ReceivedSpf } from './parse-received-spf';
import type { ResInfo } from './types';
import { equalsLower } from '../text/equals-lower';
import { mapList } from '../list/map-list';

function prop(r: ResInfo, ptype: string, property: string): string | null {
  for (const p of r.properties) if (p.ptype === ptype && equalsLower(p.property, property)) return p.value;
  return null;
}

function reasonOf(r: ResInfo): string | null {
  if (r.reason !== null) return r.reason;
  return r.comments.length > 0 ? r.comments.join('; ') : null;
}

export function spfVerdict(r: ResInfo): SpfVerdict {
  const n = normalizeResult(r.result);
  return {
    result: n.result,
    written: n.written,
    // Yandex writes smtp.mail= instead of smtp.mailfrom=.
    mailFrom: prop(r, 'smtp', 'mailfrom') ?? prop(r, 'smtp', 'mail'),
    helo: prop(r, 'smtp', 'helo'),
    reason: reasonOf(r),
    source: 'authentication-results',
    explanation: explainResult('spf', n.result),
  };
}

export function spfFromReceivedSpf(r: ReceivedSpf): SpfVerdict {
  const n = normalizeResult(r.result);
  return {
    result: n.result,
    written: n.written,
    mailFrom: r.pairs.get('envelope-from') ?? null,
    helo: r.pairs.get('helo') ?? null,
    reason: r.comment,
    source: 'received-spf',
    explanation: explainResult('spf', n.result),
  };
}

export function dkimVerdict(r: ResInfo): DkimVerdict {
  const n = normalizeResult(r.result);
  const auid = prop(r, 'header', 'i');
  // Microsoft writes `dkim=none ... header.d=none` for an unsigned message.
  const d = prop(r, 'header', 'd');
  return {
    result: n.result,
    written: n.written,
    domain: (d !== null && d.toLowerCase() === 'none' && n.result === 'none' ? null : domainOf(d)) ?? domainOf(auid),
    selector: prop(r, 'header', 's') ?? prop(r, 'header', 'selector'),
    auid,
    algorithm: prop(r, 'header', 'a'),
    reason: reasonOf(r),
    explanation: explainResult('dkim', n.result),
  };
}

export function dmarcVerdict(r: ResInfo): DmarcVerdict {
  const n = normalizeResult(r.result);
  const p = dmarcPolicy(r);
  return {
    result: n.result,
    written: n.written,
    headerFrom: domainOf(prop(r, 'header', 'from')),
    policy: p.policy,
    subdomainPolicy: p.subdomainPolicy,
    disposition: p.disposition,
    policySource: p.policySource,
    explanation: explainResult('dmarc', n.result),
  };
}

export function arcVerdict(r: ResInfo): ArcVerdict {
  const n = normalizeResult(r.result);
  return { result: n.result, written: n.written, reason: reasonOf(r), explanation: explainResult('arc', n.result) };
}

export function compauthVerdict(r: ResInfo): CompauthVerdict {
  return { result: r.result, reason: r.reason, reasonMeaning: r.reason !== null ? compauthReason(r.reason) : null, explanation: explainResult('compauth', r.result) };
}

export function bimiVerdict(r: ResInfo): BimiVerdict {
  return {
    result: r.result,
    domain: domainOf(prop(r, 'header', 'd')),
    selector: prop(r, 'header', 'selector') ?? prop(r, 'header', 's'),
    explanation: explainResult('bimi', r.result),
  };
}

export function otherMethod(r: ResInfo): OtherMethod {
  return { method: r.method, result: r.result, properties: mapList(r.properties, (p) => ({ ...p })) };
}
