/**
 * firstRule reads the answering host once and gates tokens by their first three characters; the rule it finds
 * must be the one the plain definition finds: the first rule, in catalogue order, whose status, host (the answering
 * host, else the recipient's domain, under one of the rule's domains) and command match and one of whose tokens
 * occurs in the text (hasToken).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROVIDER_RULES, type ProviderRule } from '../../../lib/bounce/catalog/provider-codes';
import { firstRule, hasToken, type ReplyPlace } from '../../../lib/bounce/catalog/provider-rule';
import { entry } from '../../../lib/bounce/catalog/types';

function recipientDomain(address: string | null | undefined): string | null {
  if (address == null || !address.includes('@')) return null;
  const rest = address.slice(address.lastIndexOf('@') + 1);
  const end = rest.indexOf('>');
  return end < 0 ? rest : rest.slice(0, end);
}

/** A host is under a domain: its first word, lower case, without brackets or a trailing dot, is it or ends with "." + it. */
function under(host: string | null, domain: string): boolean {
  if (host === null) return false;
  const first = host.trim().toLowerCase().split(/[\s(]/, 1)[0] ?? '';
  const h = first.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  return h === domain || h.endsWith(`.${domain}`);
}

function plainFirstRule(
  rules: readonly ProviderRule[],
  lower: string,
  status: string | null,
  place?: ReplyPlace,
): ProviderRule | null {
  for (const r of rules) {
    if (r.status !== undefined && r.status !== status) continue;
    if (r.hosts !== undefined) {
      if (place === undefined) continue;
      const host =
        place.remoteMta !== null && place.remoteMta.trim() !== '' ? place.remoteMta : recipientDomain(place.recipient);
      if (!r.hosts.some((d) => under(host, d))) continue;
    }
    if (r.command !== undefined && place?.command !== r.command) continue;
    if (r.tokens.some((t) => hasToken(lower, t))) return r;
  }
  return null;
}

const tokens = [...new Set(PROVIDER_RULES.flatMap((r) => r.tokens))];
// Tokens of the rules limited to hosts or commands: where the place decides, asked about most often.
const placeTokens = [
  ...new Set(PROVIDER_RULES.flatMap((r) => (r.hosts !== undefined || r.command !== undefined ? r.tokens : []))),
];
const domains = [...new Set(PROVIDER_RULES.flatMap((r) => r.hosts ?? []))];
const statuses = [...new Set(PROVIDER_RULES.flatMap((r) => (r.status === undefined ? [] : [r.status])))];

const word = fc.oneof(
  fc.constantFrom(...tokens).map((t) => t.replace('*', '')),
  fc.constantFrom(...placeTokens).map((t) => t.replace('*', '')),
  fc.constantFrom(...tokens).map((t) => `x${t.replace('*', '')}`),
  fc.constantFrom('550', '5.7.1', 'user', 'unknown', 'the', 'mailbox', 'aup#', '-', '(', ')', ':'),
  fc.string({ maxLength: 6 }),
);
const text = fc.array(word, { maxLength: 12 }).map((w) => w.join(' ').toLowerCase());
const host = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constant('   '),
  fc.constantFrom(...domains),
  // "x" + a domain is not under it: "xgoogle.com" is not a google.com host.
  fc
    .tuple(
      fc.constantFrom('mx.', 'a.b.', '', 'x', 'x', '-'),
      fc.constantFrom(...domains),
      fc.constantFrom('', '.', ' (192.0.2.1)', '(c)'),
    )
    .map(([a, d, b]) => `${a}${d}${b}`),
  fc.constantFrom(...domains).map((d) => `[${d.toUpperCase()}]`),
  fc.constantFrom(...domains).map((d) => ` ${d.toUpperCase()}. comment`),
);
const place = fc.option(
  fc.record({
    remoteMta: host,
    command: fc.constantFrom(null, 'RCPT', 'DATA', 'MAIL'),
    recipient: fc.option(
      fc.oneof(
        fc.constantFrom(...domains).map((d) => `user@${d}`),
        fc.constant('<a@b.example>'),
        fc.constant('no-at'),
      ),
      { nil: null },
    ),
  }),
  { nil: undefined },
);

// A case aimed at one rule that names hosts: one of its tokens among other words, its status (or another), and a
// host near one of its domains (under it, the domain itself, or a name that only ends with it).
const placeRules = PROVIDER_RULES.filter((r) => r.hosts !== undefined);
const aimed = fc
  .record({
    rule: fc.constantFrom(...placeRules),
    pick: fc.nat(),
    before: text,
    after: text,
    ownStatus: fc.boolean(),
    status: fc.option(fc.constantFrom(...statuses), { nil: null }),
    prefix: fc.constantFrom('', 'mx.', 'x', 'not', '[', ' '),
    suffix: fc.constantFrom('', '.', ']', ' (192.0.2.1)', '(x)'),
    upper: fc.boolean(),
    command: fc.constantFrom(null, 'RCPT', 'DATA'),
    byRecipient: fc.boolean(),
  })
  .map((c) => {
    const token = (c.rule.tokens[c.pick % c.rule.tokens.length] ?? '').replace('*', '');
    const domains = c.rule.hosts ?? [];
    const d = domains[c.pick % domains.length] ?? '';
    const h = `${c.prefix}${c.upper ? d.toUpperCase() : d}${c.suffix}`;
    const where: ReplyPlace = c.byRecipient
      ? { remoteMta: null, command: c.command, recipient: `user@${h}` }
      : { remoteMta: h, command: c.command };
    return {
      lower: `${c.before} ${token} ${c.after}`.toLowerCase(),
      status: c.ownStatus ? (c.rule.status ?? null) : c.status,
      where,
    };
  });

// Rules made up for the gate's other cases, which the catalogue does not have today: tokens shorter than three
// characters, a '*' among the first three, a token that starts with a character that is not a letter or digit.
const madeToken = fc.oneof(
  fc.constantFrom('a', 'ab', 'x*', 'ab*', 'a*c', '*', '#1', '.ab', '-x-', 'abc', 'abc*', 'a b', '5.7'),
  fc.stringMatching(/^[a-c.*# -]{1,5}$/),
);
const madeRules = fc
  .array(
    fc.record({
      tokens: fc.array(madeToken, { minLength: 1, maxLength: 3 }),
      status: fc.option(fc.constantFrom('5.7.1', '4.2.2'), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((rows) =>
    rows.map(({ tokens: ts, status: st }, i): ProviderRule => {
      const r: ProviderRule = {
        tokens: ts,
        entry: entry('provider', 'made up', [`R${String(i)}`, 't', 'm', 'c', 'f', null]),
      };
      if (st !== undefined) r.status = st;
      return r;
    }),
  );
const madeText = fc.stringMatching(/^[a-c.*# \-x5]{0,24}$/);

describe('firstRule', () => {
  it('finds the rule the plain definition finds for made-up rules (short tokens, "*" early, leading punctuation)', () => {
    fc.assert(
      fc.property(
        madeRules,
        madeText,
        fc.option(fc.constantFrom('5.7.1', '4.2.2'), { nil: null }),
        (rules, lower, status) => {
          expect(firstRule(rules, lower, status)).toBe(plainFirstRule(rules, lower, status));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('finds the rule the plain definition finds', () => {
    fc.assert(
      fc.property(text, fc.option(fc.constantFrom(...statuses), { nil: null }), place, (lower, status, where) => {
        expect(firstRule(PROVIDER_RULES, lower, status, where)).toBe(
          plainFirstRule(PROVIDER_RULES, lower, status, where),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('finds it for replies aimed at the rules that name hosts', () => {
    fc.assert(
      fc.property(aimed, ({ lower, status, where }) => {
        expect(firstRule(PROVIDER_RULES, lower, status, where)).toBe(
          plainFirstRule(PROVIDER_RULES, lower, status, where),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
