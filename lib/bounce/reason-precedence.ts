/**
 * THE precedence between what a bounce says about one recipient: the action, the enhanced status code, the
 * reply code, the SMTP stage and the words. Written once, here; every other module only gathers evidence.
 *
 * 1. RFC 3464 §2.3.3: "delivered", "relayed" and "expanded" actions are not failures.
 * 2. A provider's own documented code decides (the provider documents the cause).
 * 3. RFC 6647 §2: a greylisting deferral is a deferral, whatever words come with it.
 * 4. A generator's verdict on a failure it detected itself decides (its source or manual names the cause).
 * 5. RFC 3463 §3: a specific status (subject and detail non-zero) decides the class, unless the words name a more
 *    specific documented cause. "More specific" follows one documented order of causes, Sisimai's
 *    (Sisimai::Reason, ClassOrder): the recipient's mailbox (full, too big, disabled, moved), relaying,
 *    authentication, the address, the recipient's filter, the client's PTR, RFC compliance, reputation, the
 *    sender, the host, spam, rate, connections, blocklists (SPECIFIC below). A status naming one of these
 *    competes with the words by that order; a status naming a general condition (network, system, security,
 *    time-out: GENERAL) yields to any documented cause.
 * 6. RFC 5321 §3.3: a server learns which mailbox is wanted at RCPT. User-unknown words answer RCPT only when
 *    RCPT was the command or an X.1.x code says so; after RCPT, or with no command known, they are the
 *    recipient's filter speaking (Sisimai's definition of "filtered").
 * 7. Without a code or a documented phrase: keywords, then the zero-detail status's subject (RFC 3463 §3), the
 *    reply code (RFC 5321 §4.2.1 x0z syntax replies; RFC 7504 521/556), a non-SMTP diagnostic type (RFC 3464
 *    §2.3.6: a local program's exit status), the stage (RFC 5321 §3.3 MAIL FROM names the sender), the action.
 * 8. RFC 5321 §3.1/§4.1.1.1: a refusal at the greeting or HELO, before any address was given, concerns the
 *    client, unless the words name a cause that exists at that stage.
 */
import type { ReasonEvidence } from './reason-evidence';
import { readWords, type WordEvidence } from './reason-words';
import { reasonFromStatus, reasonFromSubject, subjectDetail } from './status-reason';
import { stageOfUserWords } from './user-words-stage';
import type { Reason } from './types';

/** Causes that say who or what refused, most specific first (Sisimai::Reason ClassOrder, first list). */
const SPECIFIC: readonly Reason[] = [
  'mailboxfull', 'mesgtoobig', 'exceedlimit', 'suspend', 'hasmoved', 'norelaying', 'authfailure', 'userunknown', 'filtered',
  'requireptr', 'notcompliantrfc', 'badreputation', 'rejected', 'hostunknown', 'spamdetected', 'speeding', 'toomanyconn', 'blocked',
];
/**
 * Other causes, most specific first (Sisimai::Reason ClassOrder, second list, with failedstarttls and syntaxerror).
 * notaccept comes before networkerror: a null MX (RFC 7505) or "does not accept mail" answer is what the DNS or the
 * host said, more specific than a failed lookup.
 */
const OTHER: readonly Reason[] = [
  'virusdetected', 'policyviolation', 'systemerror', 'notaccept', 'networkerror', 'contenterror', 'systemfull', 'expired',
  'securityerror', 'failedstarttls', 'mailererror', 'syntaxerror',
];
/** Classes whose status only says "a network, system, security or time-out problem" (Sisimai::Reason->retry). */
const GENERAL = new Set<Reason>(['expired', 'networkerror', 'systemerror', 'securityerror']);
/** Verdicts that a more specific cause may still correct (Sisimai::Reason->retry). */
const REVISABLE = new Set<Reason>(['userunknown', 'hostunknown', 'suspend', 'expired', 'networkerror', 'systemerror', 'securityerror']);
/** Causes that show an X.1.1 status was a catch-all (Sisimai::Reason::UserUnknown->true, its pre-matches). */
const NOT_AN_ADDRESS = new Set<Reason>(['norelaying', 'blocked', 'mailboxfull', 'hasmoved', 'rejected', 'notaccept']);
/**
 * Word causes that do not override a status of a narrower reading: RFC 3463 X.6.x (media) states a content problem
 * more precisely than spam or policy words; X.2.3 "message length exceeds administrative limit" is the recipient's
 * own limit, not the system's (Sisimai::Reason::MesgTooBig yields to it).
 */
const KEPT_BY_STATUS: Partial<Record<Reason, ReadonlySet<Reason>>> = {
  contenterror: new Set<Reason>(['spamdetected', 'policyviolation', 'virusdetected', 'notcompliantrfc']),
  exceedlimit: new Set<Reason>(['mesgtoobig']),
};
/** Causes that exist before any address was given (RFC 5321 §3.1 greeting, §4.1.1.1 HELO). */
const AT_CONNECTION = new Set<Reason>(['requireptr', 'authfailure', 'toomanyconn', 'speeding', 'badreputation', 'norelaying', 'networkerror', 'expired', 'blocked', 'notaccept', 'securityerror', 'failedstarttls', 'systemerror', 'systemfull']);
/** RFC 6647 greylisting. */
const GREYLIST = ['greylist', 'graylist'];
/** Failed DNS queries (SERVFAIL, a broken reply): trouble on the way, not proof the name is gone (RFC 1035 §4.1.1 RCODE 2). */
const DNS_TROUBLE = ['dns error', 'malformed or unexpected name server reply', 'malformed name server reply', 'temporary lookup failure', 'name server timeout', 'dns query failed', 'host not found, try again', 'dns lookup error', 'dns lookup failed.'];
/**
 * Google Workspace's notices "DNS Error: Domain name not found" (NXDOMAIN) and "DNS server returned answer with no
 * data" (no MX or address) say the domain is missing when the failure is permanent, and a lookup on the way failed
 * when it is temporary (Google Workspace Admin Help, "Email delivery errors"; Sisimai's GSuite table reads them so).
 */
const NAME_GONE = ['domain name not found', 'dns server returned answer with no data'];

/** The words tell of a failed DNS query on the way rather than of a name that is gone. */
function dnsTroubleIn(e: ReasonEvidence): boolean {
  if (!DNS_TROUBLE.some((p) => e.lower.includes(p))) return false;
  const permanent = (e.status ?? e.replyCode ?? '').startsWith('5');
  return !(permanent && NAME_GONE.some((p) => e.lower.includes(p)));
}


const DELIVERED = new Set(['delivered', 'relayed', 'expanded', 'deliverable']);

export function decideReason(e: ReasonEvidence): Reason {
  if (e.action !== null && DELIVERED.has(e.action)) return 'delivered';
  if (e.provider !== null) return e.provider;
  const temporary = (e.status ?? e.replyCode ?? '').startsWith('4');
  if (temporary && GREYLIST.some((p) => e.lower.includes(p))) return e.action === 'failed' ? 'expired' : 'onhold';
  const decided = fromEvidence(e, temporary);
  const early = e.command === 'CONN' || e.command === 'HELO' || e.command === 'EHLO';
  return early && !AT_CONNECTION.has(decided) && decided !== 'onhold' ? 'blocked' : decided;
}

/** The words' classes after the stage and the codes have had their say (rule 6 and the refinements of rule 5). */
function wordClasses(e: ReasonEvidence, named: ReadonlySet<Reason>, temporary: boolean, verdict = false): Set<Reason> {
  const out = new Set<Reason>();
  const dnsTrouble = dnsTroubleIn(e);
  for (const c of named) {
    // A generator's own "no such user" (its local mailbox lookup) needs no stage: it is a verdict on the address.
    if (c === 'userunknown' && verdict) out.add('userunknown');
    else if (c === 'userunknown') {
      const staged = stageOfUserWords(e);
      if (staged !== null) out.add(staged);
    } else if (c === 'hostunknown') out.add(dnsTrouble && !named.has('notaccept') ? 'networkerror' : stageOfUserWords(e, 'hostunknown') ?? 'hostunknown');
    // RFC 3463 §3.8: a content complaint under an X.7.x code is the server's policy on content.
    else if (c === 'contenterror' && subjectDetail(e.status).startsWith('7.')) out.add('policyviolation');
    // A temporary connection failure in a final report: the queue lifetime ran out while retrying.
    // (A generator's own network verdict keeps its class: it names what failed.)
    else if (c === 'networkerror' && temporary && e.action === 'failed' && !dnsTrouble && !verdict) out.add('expired');
    else out.add(c);
  }
  return out;
}

function first(order: readonly Reason[], named: ReadonlySet<Reason>): Reason | null {
  return order.find((c) => named.has(c)) ?? null;
}

function fromEvidence(e: ReasonEvidence, temporary: boolean): Reason {
  const words = wordsOf(e);
  const verdicts = wordClasses(e, words.verdicts, temporary, true);
  const causes = new Set([...wordClasses(e, words.causes, temporary), ...verdicts]);
  const byStatus = reasonFromStatus(e.status);
  // A name-lookup failure under an address-routing status (X.1.2, X.4.4) is DNS trouble, not a missing domain.
  const status = byStatus === 'hostunknown' && dnsTroubleIn(e) ? 'networkerror' : byStatus;
  // Rule 4: a generator's verdict (or the notice's own) that nothing revises.
  if (e.hint !== null) return e.hint;
  const final = first([...SPECIFIC, ...OTHER].filter((c) => !REVISABLE.has(c)), verdicts);
  if (final !== null) return final;
  // Rule 5, specific causes: a specific status and the words compete by the documented order.
  const kept = status === null ? undefined : KEPT_BY_STATUS[status];
  const addressCatchAll = status === 'userunknown' && [...causes].some((c) => NOT_AN_ADDRESS.has(c));
  // RFC 3463 §3: a status with a specific detail that the words confirm names the cause, whatever else the words
  // mention (Gmail's 5.7.25, RFC 7372 "reverse DNS validation failed": "does not have a PTR record ... does not
  // accept messages from IPs" is not a recipient filter). X.7.1 "delivery not authorized" is a catch-all.
  const detail = subjectDetail(e.status);
  const exact = detail !== '' && !detail.endsWith('.0') && detail !== '7.1';
  if (exact && status !== null && SPECIFIC.includes(status) && causes.has(status) && !addressCatchAll) return status;
  for (const c of SPECIFIC) {
    if (causes.has(c) && kept?.has(c) !== true) return c;
    if (status === c && !addressCatchAll) return c;
  }
  const revisable = first(OTHER, verdicts);
  if (revisable !== null) return revisable;
  const other = first(OTHER, causes);
  // RFC 3464 §2.3.6: a diagnostic of another type than "smtp" is a local program's (its exit status): a mailer error
  // unless the words or a media/security subject say more (Sisimai::Reason->anotherone reads X-Unix so).
  if (e.diagnosticType !== null && e.diagnosticType.startsWith('x-unix')) {
    const subject = reasonFromSubject(e.status);
    return other ?? (subject === 'contenterror' || subject === 'securityerror' ? subject : 'mailererror');
  }
  if (status !== null && !GENERAL.has(status)) return status;
  if (other !== null) return other;
  if (status !== null) return status;
  // Rule 7: weaker evidence.
  const keywords = wordClasses(e, words.keywords, temporary);
  const hinted = first([...SPECIFIC, ...OTHER], keywords);
  if (hinted !== null) return hinted;
  return fallback(e);
}

/** The words of the diagnostic, or of the Status comment when the diagnostic has none (RFC 3464 §2.3.4). */
function wordsOf(e: ReasonEvidence): WordEvidence {
  const words = readWords(e.lower);
  if (words.causes.size + words.verdicts.size + words.keywords.size > 0 || e.statusNote === null) return words;
  return readWords(e.statusNote);
}

function fallback(e: ReasonEvidence): Reason {
  const bySubject = reasonFromSubject(e.status);
  if (bySubject !== null && bySubject !== 'userunknown' && bySubject !== 'filtered') return bySubject;
  const reply = Number(e.replyCode ?? '0');
  // RFC 5321 §4.2.1: x0z replies are syntax errors (500-504 and the 40x counterparts: unknown command, bad sequence).
  if ((reply > 500 && reply < 508) || (reply > 400 && reply < 408)) return 'syntaxerror';
  // RFC 7504 §3: 521 "host does not accept mail", 556 "domain does not accept mail".
  if (reply === 521 || reply === 556) return 'notaccept';
  if (e.action === 'delayed') return 'expired';
  // RFC 5321 §3.3: MAIL FROM names the sender; RFC 3463 §3.8 X.7.x there is a policy refusal of the client.
  if (e.command === 'MAIL') return subjectDetail(e.status).startsWith('7.') ? 'blocked' : 'rejected';
  // Postfix's bounce(8) found no per-recipient record: nobody said why.
  if (e.lower.includes('delivery report unavailable')) return 'undefined';
  return 'onhold';
}
