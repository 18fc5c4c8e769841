/**
 * The explanation of one refusal: the most specific catalog entry that applies (a provider's own text,
 * then the reply+status pair, then the enhanced status, then the reply code), with the live check
 * refined by what the text names (SPF, DKIM, DMARC, a blocklist) and delisting steps added.
 */
import { blocklistsIn } from './catalog/blocklists';
import { COMBO_CODES, COMBO_REASON } from './catalog/combo-codes';
import { enhancedEntry } from './catalog/enhanced-codes';
import { providerEntry, type ReplyPlace } from './catalog/provider-codes';
import { REPLY_CODES } from './catalog/reply-codes';
import type { CodeEntry } from './catalog/types';
import { REASON_ADVICE } from './catalog/reason-advice';
import { reasonFromStatus } from './classify-reason';
import { reasonPhrase } from './recipient-sentence';
import type { CheckKind, Explanation, Reason } from './types';
import { mapList } from '../list/map-list';

/** Every entry that applies, most specific first. */
export function matchingEntries(replyCode: string | null, status: string | null, text: string | null, place?: ReplyPlace): CodeEntry[] {
  const out: CodeEntry[] = [];
  const provider = text === null ? null : providerEntry(text, status, place);
  if (provider !== null) out.push(provider);
  const combo = replyCode !== null && status !== null ? COMBO_CODES.get(`${replyCode} ${status}`) : undefined;
  if (combo !== undefined) out.push(combo);
  const enhanced = status === null ? null : enhancedEntry(status);
  if (enhanced !== null) out.push(enhanced);
  const reply = replyCode === null ? undefined : REPLY_CODES.get(replyCode);
  if (reply !== undefined) out.push(reply);
  return out;
}

/** "https://sender.office.com/" -> "sender.office.com" (also for bare "sorbs.net (...)"). */
function lookupHost(lookup: string): string {
  return lookup.replace(/^https?:\/\//, '').replace(/^www\./, '').split(/[/\s]/, 1)[0] ?? lookup;
}

/** The check the text itself points at, if it names one. */
function checkNamedIn(lower: string): CheckKind | null {
  if (lower.includes('dmarc')) return 'dmarc';
  if (lower.includes('dkim')) return 'dkim';
  if (/\bspf\b/.test(lower)) return 'spf';
  return null;
}

/** The live check that proves a reason class, when one does. */
const REASON_CHECK: Partial<Readonly<Record<Reason, CheckKind>>> = {
  authfailure: 'dmarc', blocked: 'blocklist', badreputation: 'blocklist', hostunknown: 'mx', notaccept: 'mx',
};

/**
 * The explanation of the decided reason class, when the codes' own entry would say something else: the
 * words named a cause the code does not ("550 5.0.0 ... mailbox full"), or contradict it (5.1.1 "Mailbox
 * full"). Null when the code already names that class, or the class has no advice.
 */
function reasonEntry(reason: Reason, status: string | null, replyCode: string | null, code: CodeEntry | undefined): CodeEntry | null {
  const advice = REASON_ADVICE[reason];
  if (advice === undefined || reasonFromStatus(status) === reason) return null;
  const temporary = (status ?? replyCode ?? '').startsWith('4');
  const phrase = reasonPhrase(reason);
  return {
    code: code?.code ?? status ?? replyCode ?? reason,
    kind: code?.kind ?? 'reply',
    title: phrase,
    meaning: `${temporary ? 'Temporary' : 'Permanent'}: ${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`,
    cause: advice[0],
    fix: temporary ? `${advice[1]} The sending server retries by itself for a while.` : advice[1],
    check: REASON_CHECK[reason] ?? code?.check ?? null,
    source: code?.source ?? 'reason class',
  };
}

/**
 * The explanation for a refusal: a provider's own entry first, or the guide's reply+status pair when it names
 * the decided `reason` (classify-reason.ts); else the code's entry, unless the reason names a cause the code
 * does not: then the reason class's advice.
 */
export function explainCodes(replyCode: string | null, status: string | null, text: string | null, place?: ReplyPlace, reason?: Reason): Explanation | null {
  const [first] = matchingEntries(replyCode, status, text, place);
  // A provider's entry always stands; the guide's reply+status pair (combo) when it names the decided class.
  const keep = first?.kind === 'provider' || (first?.kind === 'combo' && COMBO_REASON[first.code] === reason);
  const best = keep || reason === undefined ? first : (reasonEntry(reason, status, replyCode, first) ?? first);
  if (best === undefined) return null;
  const lower = (text ?? '').slice(0, 16 * 1024).toLowerCase();
  // A list whose lookup page the entry's own fix already sends the user to is not repeated.
  const lists = blocklistsIn(lower).filter((b) => !best.fix.toLowerCase().includes(lookupHost(b.lookup)));
  let check = best.check;
  let fix = best.fix;
  if (lists.length > 0) {
    check = 'blocklist';
    const steps = mapList(lists, (b) => `${b.name}: look the IP up at ${b.lookup}. ${b.delisting}`).join(' ');
    // A blocking class's own advice only says "check the blocklists": the named lists' steps replace it.
    const generic = best !== first && best.check === 'blocklist';
    fix = generic ? `Check the blocklists the refusal names. ${steps}` : `${fix} ${steps}`;
  } else if (best.kind !== 'provider') {
    check = checkNamedIn(lower) ?? check;
  }
  return { meaning: best.meaning, cause: best.cause, fix, check };
}
