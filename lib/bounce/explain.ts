/**
 * The explanation of one refusal: the most specific catalog entry that applies (a provider's own text,
 * then the reply+status pair, then the enhanced status, then the reply code), with the live check
 * refined by what the text names (SPF, DKIM, DMARC, a blocklist) and delisting steps added.
 */
import { blocklistsIn } from './catalog/blocklists';
import { COMBO_CODES } from './catalog/combo-codes';
import { enhancedEntry } from './catalog/enhanced-codes';
import { providerEntry, type ReplyPlace } from './catalog/provider-codes';
import { REPLY_CODES } from './catalog/reply-codes';
import type { CodeEntry } from './catalog/types';
import type { CheckKind, Explanation } from './types';

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

export function explainCodes(replyCode: string | null, status: string | null, text: string | null, place?: ReplyPlace): Explanation | null {
  const [best] = matchingEntries(replyCode, status, text, place);
  if (best === undefined) return null;
  const lower = (text ?? '').slice(0, 16 * 1024).toLowerCase();
  // A list whose lookup page the entry's own fix already sends the user to is not repeated.
  const lists = blocklistsIn(lower).filter((b) => !best.fix.toLowerCase().includes(lookupHost(b.lookup)));
  let check = best.check;
  let fix = best.fix;
  if (lists.length > 0) {
    check = 'blocklist';
    fix = `${fix} ${lists.map((b) => `${b.name}: look the IP up at ${b.lookup}. ${b.delisting}`).join(' ')}`;
  } else if (best.kind !== 'provider') {
    check = checkNamedIn(lower) ?? check;
  }
  return { meaning: best.meaning, cause: best.cause, fix, check };
}
