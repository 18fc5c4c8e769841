/**
 * The reason class of one failed recipient, from what the server wrote: the diagnostic's words first
 * (they name the cause), then the enhanced status code's subject and detail (RFC 3463 §3), then the
 * reply code (RFC 5321 §4.2.2). Sisimai's vocabulary, so results compare with its corpus.
 */
import { isUnder, providerReason } from './catalog/provider-codes';
import { reasonFromProviderCode } from './provider-codes';
import { hostNamedMissing, serverWords, withoutSuccessLines } from './server-words';
import { ACCESS_MAP_DEFAULTS, CONTENT_BLOCKLISTS, DNS_TROUBLE, GENERIC_BLOCKED, LOCAL_FAULTS, PHRASES, PHRASE_ORDER } from './reason-phrases';
import type { Reason } from './types';

/** Lower-case, whitespace collapsed, capped: the text phrases are matched against. */
export function normalizeDiagnostic(text: string): string {
  // RFC 5321 §4.2.1: every line of a multiline reply repeats the code ("550-5.7.1 ..."); a wrapped
  // diagnostic carries those prefixes mid-sentence, where they would split the server's phrases.
  return text.slice(0, 16 * 1024).toLowerCase().replace(/\s+/g, ' ').replace(/ [245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}(?= )/g, '');
}

/** `text` with each http(s) URL cut down to its host ("http://www.spamhaus.org/query/bl?ip=x" -> "www.spamhaus.org"). Linear. */
function urlsAsHosts(text: string): string {
  let out = '';
  let at = 0;
  for (let i = text.indexOf('http', at); i >= 0; i = text.indexOf('http', at)) {
    const scheme = text.startsWith('https://', i) ? 8 : text.startsWith('http://', i) ? 7 : 0;
    if (scheme === 0) {
      out += text.slice(at, i + 4);
      at = i + 4;
      continue;
    }
    let end = i + scheme;
    while (end < text.length && text[end] !== ' ') end++;
    const url = text.slice(i + scheme, end);
    const hostEnd = url.search(/[/?#]/);
    out += `${text.slice(at, i)}${hostEnd < 0 ? url : url.slice(0, hostEnd)}`;
    at = end;
  }
  return out + text.slice(at);
}

/** The first reason (in PHRASE_ORDER) one of whose phrases occurs in `lower`. */
export function reasonFromText(text: string): Reason | null {
  if (text === '') return null;
  // A link's path names its help page's topic, not this refusal's cause ("barracudanetworks.com/reputation/");
  // its host may name a blocklist ("www.spamhaus.org"), so the host stays.
  const lower = ACCESS_MAP_DEFAULTS.reduce((t, p) => t.split(p).join('rejected'), urlsAsHosts(text));
  const nullMx = PHRASES.notaccept?.some((p) => lower.includes(p)) === true;
  if (!nullMx && DNS_TROUBLE.some((p) => lower.includes(p))) return 'networkerror';
  if (CONTENT_BLOCKLISTS.some((p) => lower.includes(p))) return 'spamdetected';
  if (LOCAL_FAULTS.some((p) => lower.includes(p))) return 'systemerror';
  for (const reason of PHRASE_ORDER) {
    if (reason === 'expired' && GENERIC_BLOCKED.some((p) => lower.includes(p))) return 'blocked';
    const list = PHRASES[reason];
    if (list?.some((p) => lower.includes(p)) !== true) continue;
    // Words about a missing address or domain in a refusal of the sender concern the sender's domain.
    if ((reason === 'hostunknown' || reason === 'userunknown') && SENDER_SUBJECT.some((p) => lower.includes(p))) return 'rejected';
    return reason === 'userunknown' && hostNamedMissing(lower) ? 'hostunknown' : reason;
  }
  return null;
}

/** The refusal is about the envelope sender (RFC 5321 MAIL FROM), not a recipient. */
const SENDER_SUBJECT = ['sender address rejected', 'domain of sender address', 'sender domain', 'sender rejected'];

/** RFC 3463 §3.1-3.8 subject.detail -> the reason class it names; null for the ambiguous ones. */
const STATUS_REASON: Readonly<Record<string, Reason>> = {
  '1.1': 'userunknown', '1.2': 'hostunknown', '1.3': 'userunknown', '1.4': 'userunknown', '1.5': 'userunknown',
  '1.6': 'hasmoved', '1.7': 'rejected', '1.8': 'rejected', '1.9': 'userunknown', '1.10': 'notaccept',
  '2.1': 'filtered', '2.2': 'mailboxfull', '2.3': 'exceedlimit', '2.4': 'systemerror',
  '3.1': 'systemfull', '3.2': 'notaccept', '3.3': 'systemerror', '3.4': 'mesgtoobig', '3.5': 'systemerror',
  '4.1': 'expired', '4.2': 'networkerror', '4.3': 'systemerror', '4.4': 'hostunknown',
  '4.5': 'systemfull', '4.6': 'networkerror', '4.7': 'expired',
  '5.1': 'syntaxerror', '5.2': 'syntaxerror', '5.3': 'exceedlimit', '5.4': 'syntaxerror',
  '6.0': 'contenterror', '6.1': 'contenterror', '6.2': 'contenterror', '6.3': 'contenterror', '6.4': 'contenterror', '6.5': 'contenterror',
  '7.2': 'policyviolation', '7.3': 'securityerror', '7.4': 'securityerror', '7.5': 'securityerror', '7.6': 'securityerror',
  '7.7': 'securityerror', '7.8': 'securityerror', '7.9': 'securityerror', '7.10': 'securityerror', '7.11': 'failedstarttls',
  '7.13': 'suspend', '7.14': 'securityerror', '7.15': 'securityerror', '7.16': 'policyviolation', '7.17': 'hasmoved',
  '7.18': 'hasmoved', '7.19': 'hasmoved', '7.20': 'authfailure', '7.21': 'authfailure', '7.22': 'authfailure',
  '7.23': 'authfailure', '7.24': 'authfailure', '7.25': 'requireptr', '7.26': 'authfailure', '7.27': 'notaccept',
  '7.28': 'speeding', '7.29': 'authfailure', '7.30': 'securityerror',
};

export function reasonFromStatus(status: string | null): Reason | null {
  if (status === null) return null;
  const dot = status.indexOf('.');
  return STATUS_REASON[status.slice(dot + 1)] ?? null;
}

export interface ReasonInput {
  status: string | null;
  replyCode: string | null;
  diagnostic: string | null;
  action: string | null;
  /** The SMTP command the refusal answered, when known. */
  command?: string | null;
  /** A generator-level verdict (a phrase in the NDR's own text), used when the diagnostic says nothing. */
  hint?: Reason | null;
  /** The notice was written by a content-filtering gateway (its "no such user" follows the DATA scan). */
  filterGateway?: boolean;
  /** The reporting MTA's comment on its Status field ("5.2.1 (mailbox disabled, ...)"), RFC 3464 §2.3.4. */
  statusNote?: string | null;
  /** The host that gave the refusal (Remote-MTA, or "host X said"), lower or mixed case. */
  remoteMta?: string | null;
  /** The failed recipient's address: its domain places a provider's reply when no host is known. */
  recipient?: string | null;
}

/** Statuses so specific that they beat a generic phrase in the text. */
const DECISIVE = new Set(['1.1', '1.2', '1.6', '1.7', '1.8', '1.10', '2.2', '4.1', '2.3', '3.4', '4.7', '6.1', '6.2', '6.3', '6.4', '6.5', '7.20', '7.21', '7.22', '7.23', '7.24', '7.25', '7.26', '7.27']);

/** Specific refusals a server may word under a 5.1.1 code (an address-level code used as a catch-all). */
const OVERRIDES_UNKNOWN = new Set<Reason>(['filtered', 'norelaying', 'blocked', 'mailboxfull', 'hasmoved', 'notaccept', 'securityerror', 'authfailure', 'requireptr', 'badreputation', 'spamdetected', 'policyviolation', 'virusdetected', 'suspend']);

/**
 * NTT docomo's MX (mfsmax.docomo.ne.jp) refuses unknown addresses at RCPT; when the recipient's reception
 * settings (受信拒否設定: blocked senders or domains) refuse the sender, it answers "550 Unknown user" only at
 * the end of DATA. There the words hide a refusal of the sender, not of the address.
 */
function refusesSendersAtData(remoteMta: string | null): boolean {
  return isUnder(remoteMta, 'docomo.ne.jp');
}

/**
 * RFC 5321 §3.3: a server learns which mailbox is wanted at RCPT. "User unknown" words are a
 * recipient refusal (userunknown) only when the code says so (X.1.x) or RCPT was the command; the
 * same words after DATA, under RFC 3463 X.2.0/X.2.1 ("mailbox disabled, not accepting messages"),
 * from a content-filtering gateway, or as a bare "550 : User unknown" that names no mailbox, come
 * from a filter answering with a user-level excuse: filtered (Sisimai's definition of the class).
 */
function unknownOrFiltered(input: ReasonInput, byStatus: Reason | null, sd: string, lower: string): Reason {
  if (byStatus === 'suspend') return 'suspend';
  const command = input.command ?? null;
  if (command === 'RCPT') return 'userunknown';
  if (command === 'DATA' && refusesSendersAtData(input.remoteMta ?? null) && !sd.startsWith('2.')) return 'rejected';
  if (command === 'DATA' || input.filterGateway === true) return 'filtered';
  if (sd === '2.0' || sd === '2.1') return 'filtered';
  // A code that points away from the address (system, network, content...) under user-level words.
  // X.5.0 "other or undefined protocol status" (Sendmail's generic local-delivery code) points nowhere.
  if (sd !== '' && sd !== '0.0' && sd !== '5.0' && !sd.startsWith('1.')) return 'filtered';
  if (input.replyCode !== null && !lower.includes('@') && lower.includes(': user unknown')) return 'filtered';
  return 'userunknown';
}

const DELIVERED_ACTIONS = new Set(['delivered', 'relayed', 'expanded', 'deliverable']);

/** Text reasons that still make sense for a refusal before any mail command (RFC 5321 §3.1 greeting). */
const CONNECTION_REASONS = new Set<Reason>(['requireptr', 'authfailure', 'toomanyconn', 'speeding', 'badreputation', 'norelaying', 'networkerror', 'expired', 'blocked', 'notaccept']);

/** Providers known to check recipients only at the end of DATA: their "no such user" is a real one. */
const LATE_RECIPIENT_CHECKS = ["doesn't have a yahoo.com account"];

export function classifyReason(input: ReasonInput): Reason {
  if (input.action !== null && DELIVERED_ACTIONS.has(input.action)) return 'delivered';
  const lower = normalizeDiagnostic(serverWords(withoutSuccessLines(input.diagnostic ?? '')));
  const byProvider = reasonFromProviderCode(lower);
  if (byProvider !== null) return byProvider;
  // A provider's own documented code or text (catalog/providers/), after the Orange / La Poste causes.
  const byRule = providerReason(lower, input.status, { remoteMta: input.remoteMta ?? null, command: input.command ?? null, recipient: input.recipient ?? null });
  if (byRule !== null) return byRule;
  const byText = reasonFromText(lower);
  const byStatus = reasonFromStatus(input.status);
  const sd = input.status === null ? '' : input.status.slice(input.status.indexOf('.') + 1);
  const temporary = (input.status ?? input.replyCode ?? '').startsWith('4');
  const command = input.command ?? null;
  // RFC 3463: X.4.1 "no answer from host" is a timeout only as a 4.x; Microsoft uses 5.4.1 for recipient blocks.
  if (byStatus !== null && DECISIVE.has(sd) && !(sd === '4.1' && !temporary)) {
    // A decisive code still yields to a text that names a different, specific refusal.
    if (byStatus === 'userunknown' && byText !== null && OVERRIDES_UNKNOWN.has(byText)) return byText;
    // X.4.7 says only that time ran out; Sendmail's "Deferred: Connection refused by <host>" names a
    // host that actively refused every connection: it refused us.
    if (byStatus === 'expired' && lower.includes('connection refused by')) return 'blocked';
    return byStatus;
  }
  if (input.hint != null) return input.hint;
  // RFC 5321 §3.1/§4.1.1.1: refused at the greeting or HELO, before any address was given: the client itself.
  if ((command === 'CONN' || command === 'HELO' || command === 'EHLO') && (byText === null || !CONNECTION_REASONS.has(byText))) return 'blocked';
  // A statusless "suspend" reading by the reporting MTA (RFC 3463 X.2.1 "mailbox disabled") beats "user unknown".
  if (input.statusNote != null && byText === 'userunknown' && reasonFromText(normalizeDiagnostic(input.statusNote)) === 'suspend') return 'suspend';
  // RFC 6647 §2: greylisting defers an unknown triplet and takes the retry; it never judges the address.
  // A final report after greylisting means the queue gave up retrying.
  if (temporary && (lower.includes('greylist') || lower.includes('graylist'))) return input.action === 'failed' ? 'expired' : 'onhold';
  // Postfix "<rcpt>: Recipient address rejected." with no more specific words: the recipient refused.
  const recipientRefused = byText === 'rejected' && lower.includes('recipient address rejected');
  if (byText === 'userunknown' || recipientRefused) {
    if (LATE_RECIPIENT_CHECKS.some((p) => lower.includes(p))) return 'userunknown';
    return unknownOrFiltered(input, byStatus, sd, lower);
  }
  // A temporary connection failure in a final report: the MTA retried until the queue lifetime ran out.
  if (byText === 'networkerror' && temporary && input.action === 'failed' && !DNS_TROUBLE.some((p) => lower.includes(p))) return 'expired';
  // RFC 3463 §3.8: a content complaint under an X.7.x code is the server's policy on content.
  if (byText === 'contenterror' && sd.startsWith('7.')) return 'policyviolation';
  if (byText !== null) return byText;
  if (byStatus !== null) return byStatus;
  if (input.action === 'delayed') return 'expired';
  // RFC 3463 §3.8 X.7.x at MAIL FROM: a policy refusal of the client (X.1.7/X.1.8 would fault the address).
  if (command === 'MAIL') return sd.startsWith('7.') ? 'blocked' : 'rejected';
  // Postfix's bounce(8) found no per-recipient record: nobody said why.
  if (lower.includes('delivery report unavailable')) return 'undefined';
  return 'onhold';
}
