/**
 * Turn one DNSxL answer into listed / clear / unknown (RFC 5782 §2.3: an A record means listed, NXDOMAIN means
 * not listed). Everything that is an error of the query — refusal and rate-limit codes, a failed lookup, an
 * answer outside 127.0.0.0/8, a code the list does not document — is "unknown": never "listed", never "clear".
 */
import type { DnsAnswer, DnsStatus } from '../dns/types';
import type { Blocklist, CheckStatus, CodeKind } from './types';

export type AnswerKind = CodeKind | 'rewritten' | 'unrecognised';

export interface Decoded {
  status: CheckStatus;
  code: string | null;
  meaning: string;
  /** Stable reason for "unknown", else null. */
  reason: string | null;
  /** The kind that decided an "unknown" answer with records, else null. */
  errorKind: AnswerKind | null;
}

interface Classified {
  kind: AnswerKind;
  meaning: string;
}

const LOOPBACK = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function classify(list: Blocklist, address: string): Classified {
  const m = LOOPBACK.exec(address);
  if (!m || [m[1], m[2], m[3]].some((o) => Number(o) > 255)) {
    return { kind: 'rewritten', meaning: `The resolver answered ${address}, outside 127.0.0.0/8, where blocklists answer: it rewrites answers (for example sends missing names to an advertising server), so this answer says nothing about the list.` };
  }
  const exact = list.codes.find((c) => c.code === address);
  if (exact) return { kind: exact.kind, meaning: exact.meaning };
  if (list.errorPrefix && address.startsWith(list.errorPrefix.prefix)) return { kind: list.errorPrefix.kind, meaning: list.errorPrefix.meaning };
  if (list.bits && m[1] === '0' && m[2] === '0') {
    const n = Number(m[3]);
    const set = list.bits.filter((b) => (n & b.bit) !== 0);
    const covered = set.reduce((sum, b) => sum + b.bit, 0);
    const error = set.find((b) => b.kind !== 'listed');
    if (error) return { kind: error.kind, meaning: error.meaning };
    if (n !== 0 && covered === n) return { kind: 'listed', meaning: set.map((b) => b.meaning).join(' ') };
  }
  return { kind: 'unrecognised', meaning: `The list answered ${address}, a code its documentation (as we know it) does not define, so we do not guess what it means.` };
}

const ERROR_ORDER: readonly AnswerKind[] = ['rewritten', 'key-error', 'refused', 'rate-limited', 'query-error', 'unrecognised'];

function errorMeaning(list: Blocklist, kind: AnswerKind, detail: string): string {
  switch (kind) {
    case 'refused':
      return `Could not check: this list refuses queries through public DNS resolvers. ${detail} ${list.whenRefused}`;
    case 'rate-limited':
      return `Could not check: the list is rate-limiting this resolver. ${detail} ${list.whenRefused}`;
    case 'key-error':
      return `Could not check: ${detail} Copy the key again from your Spamhaus DQS account into the options, or remove it.`;
    case 'rewritten':
      return `Could not check: ${detail} Use another resolver, or look the target up by hand at ${list.lookup}.`;
    case 'unrecognised':
      return `Could not check: ${detail} Look the target up by hand at ${list.lookup}.`;
    default:
      return `Could not check: ${detail} Look the target up by hand at ${list.lookup}.`;
  }
}

/** Stable reason codes for resolver failures. */
export function dnsFailureReason(status: DnsStatus): string {
  if (status === 'ABORTED') return 'reputation.cancelled';
  if (status === 'BUDGET') return 'reputation.budget';
  return `reputation.dns.${status.toLowerCase()}`;
}

export function dnsFailureMeaning(status: DnsStatus, detail: string | null): string {
  // The analysis's DNS budget or deadline ran out before this question was asked.
  if (detail?.startsWith('skipped:') === true && (status === 'BUDGET' || status === 'TIMEOUT')) return `Could not check: ${detail}.`;
  if (status === 'ABORTED') return 'Could not check: the check was cancelled before this list answered.';
  if (status === 'BUDGET') return 'Could not check: the DNS query budget for this message was used up.';
  const why = detail !== null && detail !== '' ? ` (${status}: ${detail})` : ` (${status})`;
  return `Could not check: the DNS lookup failed${why}. A failed lookup is not a result; try again later or with another resolver.`;
}

export function decodeAnswer(list: Blocklist, answer: DnsAnswer): Decoded {
  if (answer.status === 'NXDOMAIN') return { status: 'clear', code: null, meaning: 'Not listed.', reason: null, errorKind: null };
  if (answer.status !== 'NOERROR') {
    return { status: 'unknown', code: answer.status, meaning: dnsFailureMeaning(answer.status, answer.detail), reason: dnsFailureReason(answer.status), errorKind: null };
  }
  const addresses = [...new Set(answer.records.flatMap((r) => (r.type === 'A' ? [r.address] : [])))];
  if (addresses.length === 0) return { status: 'clear', code: null, meaning: 'Not listed (no address record).', reason: null, errorKind: null };
  const code = addresses.join(', ');
  const classified = addresses.map((a) => classify(list, a));
  for (const kind of ERROR_ORDER) {
    const hit = classified.find((c) => c.kind === kind);
    if (hit) return { status: 'unknown', code, meaning: errorMeaning(list, kind, hit.meaning), reason: `reputation.${kind}`, errorKind: kind };
  }
  const meanings = [...new Set(classified.map((c) => c.meaning))];
  return { status: 'listed', code, meaning: meanings.join(' '), reason: null, errorKind: null };
}
