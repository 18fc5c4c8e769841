/**
 * The one Organizational Domain function (RFC 7489 §3.2) from the Public Suffix List: DMARC, alignment, the
 * provider boundary, provider matching and the blocklist targets all use it. Both the ICANN and PRIVATE sections
 * count: a private suffix such as github.io is where unrelated parties register names, so it is an organizational
 * boundary. A trailing dot is ignored; names with empty labels (".example.com") have none.
 * The answers for the last MEMO_SIZE names are kept (a message asks about the same few hosts many times, an mbox
 * about the same domains message after message); they are dropped when other rules are installed.
 */
import { registrableDomain } from './public-suffix';
import { installedPslRules, type PslRules } from './rules';

const MEMO_SIZE = 4096;
/** Longer names are no host names (RFC 1035 §2.3.4: 255 octets on the wire); they are answered, not kept. */
const MEMO_MAX_NAME = 255;
let memo = new Map<string, string | null>();
let memoRules: PslRules | null = null;

function compute(domain: string): string | null {
  const name = domain.endsWith('.') ? domain.slice(0, -1) : domain;
  if (name === '' || name.split('.').some((l) => l === '')) return null;
  return registrableDomain(name, { privateDomains: true });
}

export function organizationalDomain(domain: string): string | null {
  const rules = installedPslRules();
  if (rules !== memoRules) {
    memo = new Map();
    memoRules = rules;
  }
  const known = memo.get(domain);
  if (known !== undefined) return known;
  const answer = compute(domain);
  if (domain.length <= MEMO_MAX_NAME) {
    // First in, first out: Map keeps insertion order, so the oldest name is the first key.
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value ?? '');
    memo.set(domain, answer);
  }
  return answer;
}
