import { describe, expect, it } from 'vitest';
import { checklistAsText } from '../../../lib/deliverability/checklist-text';
import { deliverabilityChecklist } from '../../../lib/deliverability/checklist';
import type { ChecklistInput, DeliverabilityItem, FcrdnsResult } from '../../../lib/deliverability/types';
import type { Boundary, Hop } from '../../../lib/received/types';
import type { Reputation, ReputationCheck } from '../../../lib/reputation/types';

function hop(index: number, over: { ip?: string | null; helo?: string | null; with?: string | null; tls?: boolean; by?: string }): Hop {
  return {
    index,
    from: { helo: over.helo ?? null, rdns: null, ip: over.ip ?? null, name: null, port: null, ident: null, rdnsUnverified: false },
    by: { host: over.by ?? 'mx.google.com', ip: null },
    with: over.with ?? null,
    id: null,
    for: null,
    tls: over.tls ? { version: 'TLS1_3', cipher: null } : null,
    timestamp: null,
    delaySeconds: null,
    side: 'unknown',
    raw: '',
    header: 'Received',
    via: null,
    authenticated: false,
    zone: null,
    rawDelaySeconds: null,
    problem: null,
    clauses: {},
    note: null,
    headerIndex: 0,
    authUser: null,
    internal: [],
    date: null,
    dialect: null,
  };
}

const BOUNDARY: Boundary = { hop: 2, ip: '81.2.69.160', helo: 'mail.sender.example', rdns: 'mail.sender.example', by: 'mx.google.com', provider: 'Gmail / Google Workspace' };
const HOPS = [hop(1, { ip: '10.0.0.5', helo: 'app1', with: 'ESMTP' }), hop(2, { ip: '81.2.69.160', helo: 'mail.sender.example', with: 'ESMTPS', tls: true }), hop(3, { with: 'SMTP', by: '2002:a05::1' })];
const FCRDNS: FcrdnsResult = { ip: '81.2.69.160', status: 'pass', names: ['mail.sender.example'], confirmed: 'mail.sender.example', code: 'fcrdns.pass', detail: '81.2.69.160 -> mail.sender.example -> 81.2.69.160: reverse DNS is forward-confirmed.' };

function check(over: Partial<ReputationCheck>): ReputationCheck {
  return { target: '81.2.69.160', kind: 'ip', list: 'SpamCop', status: 'clear', code: null, meaning: 'Not listed.', delist: 'It expires.', listId: 'spamcop', source: 'connecting IP (hop 2)', reason: null, ...over };
}
const rep = (...checks: ReputationCheck[]): Reputation => ({ checks, notes: [], live: true });

const GOOD: ChecklistInput = {
  headerFrom: 'news.sender.example',
  spf: { result: 'pass', domain: 'bounce.sender.example' },
  dkim: [{ result: 'pass', domain: 'sender.example', signedHeaders: ['from', 'list-unsubscribe', 'list-unsubscribe-post'] }],
  dmarc: { result: 'pass', domain: 'news.sender.example', policy: 'reject', record: 'v=DMARC1; p=reject' },
  hops: HOPS,
  boundary: BOUNDARY,
  headers: [
    { name: 'List-Unsubscribe', value: '<mailto:listrequest@example.com?subject=unsubscribe>, <https://example.com/unsubscribe.html?opaque=123456789>' },
    { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
  ],
  spam: { scl: 1, sfv: 'NSPM', bcl: 0 },
  reputation: rep(check({})),
  fcrdns: FCRDNS,
};

function byId(items: readonly DeliverabilityItem[], id: string): DeliverabilityItem {
  const found = items.find((i) => i.id === `deliverability.${id}`);
  if (!found) throw new Error(id);
  return found;
}
const status = (input: ChecklistInput, id: string): string => byId(deliverabilityChecklist(input), id).status;

describe('deliverabilityChecklist', () => {
  it('a well-set-up bulk message passes every line', () => {
    const items = deliverabilityChecklist(GOOD);
    expect(items.map((i) => [i.id, i.status])).toEqual([
      ['deliverability.spf', 'pass'],
      ['deliverability.dkim', 'pass'],
      ['deliverability.dmarc', 'pass'],
      ['deliverability.dmarc-policy', 'pass'],
      ['deliverability.ptr', 'pass'],
      ['deliverability.helo', 'pass'],
      ['deliverability.tls', 'pass'],
      ['deliverability.unsubscribe', 'pass'],
      ['deliverability.spam-verdict', 'pass'],
      ['deliverability.blocklists', 'pass'],
    ]);
    for (const i of items) expect(i.fix).toBeNull();
  });

  it('nothing known: every line "unknown" with a reason, never "pass"', () => {
    const items = deliverabilityChecklist({});
    expect(items).toHaveLength(10);
    for (const i of items) {
      expect(i.status).toBe('unknown');
      expect(i.evidence.length).toBeGreaterThan(10);
    }
  });

  it.each(Object.keys(GOOD) as (keyof ChecklistInput)[])('without %s, no line that needs it says "pass"', (key) => {
    const input: ChecklistInput = { ...GOOD, [key]: null };
    const needs: Record<keyof ChecklistInput, string[]> = {
      headerFrom: [],
      spf: ['spf'],
      dkim: ['dkim'],
      dmarc: ['dmarc', 'dmarc-policy'],
      hops: ['tls'],
      boundary: ['ptr', 'helo'],
      headers: ['unsubscribe'],
      spam: ['spam-verdict'],
      reputation: ['blocklists'],
      fcrdns: ['ptr'],
    };
    for (const id of needs[key]) expect(status(input, id), id).toBe('unknown');
  });

  it.each([
    ['pass', 'bounce.sender.example', 'pass'],
    ['pass', 'esp-bounces.example.net', 'warn'],
    ['softfail', 'sender.example', 'warn'],
    ['neutral', 'sender.example', 'warn'],
    ['none', 'sender.example', 'warn'],
    ['fail', 'sender.example', 'fail'],
    ['permerror', 'sender.example', 'fail'],
    ['temperror', 'sender.example', 'unknown'],
    ['bestguesspass', 'sender.example', 'unknown'],
  ])('SPF %s for %s -> %s', (result, domain, expected) => {
    expect(status({ ...GOOD, dmarc: null, spf: { result, domain } }, 'spf')).toBe(expected);
  });

  it('SPF pass with the From domain unknown: alignment unknown, not pass', () => {
    expect(status({ spf: { result: 'pass', domain: 'sender.example' } }, 'spf')).toBe('unknown');
  });

  it.each([
    [[{ result: 'pass', domain: 'sender.example' }], 'pass'],
    [[{ result: 'pass', domain: 'esp.example.net' }], 'warn'],
    [[{ result: 'fail', domain: 'sender.example' }, { result: 'pass', domain: 'esp.example.net' }], 'warn'],
    [[{ result: 'fail', domain: 'sender.example' }], 'fail'],
    [[{ result: 'permerror', domain: null }], 'fail'],
    [[{ result: 'temperror', domain: 'sender.example' }], 'unknown'],
    [[], 'fail'],
  ])('DKIM %j -> %s (bulk message)', (dkim, expected) => {
    expect(status({ ...GOOD, dmarc: null, dkim }, 'dkim')).toBe(expected);
  });

  it('no DKIM signature on personal mail is a warning, not a failure', () => {
    expect(status({ ...GOOD, headers: [], spam: null, dkim: [] }, 'dkim')).toBe('warn');
  });

  it.each([
    ['pass', 'reject', 'pass', 'pass'],
    ['fail', 'reject', 'fail', 'pass'],
    ['none', null, 'warn', 'fail'],
    ['fail', 'none', 'fail', 'warn'],
    ['permerror', null, 'fail', 'fail'],
    ['temperror', null, 'unknown', 'unknown'],
  ] as const)('DMARC %s p=%s -> result %s, policy %s (bulk)', (result, policy, r, p) => {
    const input = { ...GOOD, dmarc: { result, policy, domain: 'sender.example' } };
    expect(status(input, 'dmarc')).toBe(r);
    expect(status(input, 'dmarc-policy')).toBe(p);
  });

  it('no DMARC record on personal mail is a warning', () => {
    expect(status({ ...GOOD, headers: [], spam: null, dkim: [{ result: 'pass', domain: 'sender.example' }], dmarc: { result: 'none', policy: null } }, 'dmarc-policy')).toBe('warn');
  });

  it.each([
    ['pass', 'mail.sender.example', 'pass'],
    ['pass', '160-69-2-81.dyn.isp.example', 'warn'],
    ['fail', null, 'fail'],
    ['unknown', null, 'unknown'],
  ] as const)('FCrDNS %s (%s) -> %s', (st, name, expected) => {
    const f: FcrdnsResult = { ...FCRDNS, status: st, names: name ? [name] : [], confirmed: st === 'pass' ? name : null, code: `fcrdns.${st}` };
    expect(status({ ...GOOD, fcrdns: f }, 'ptr')).toBe(expected);
  });

  it('live checks off but the receiver wrote "unknown" for the rDNS: a warning from the trusted stamp', () => {
    expect(status({ ...GOOD, fcrdns: null, boundary: { ...BOUNDARY, rdns: 'unknown' } }, 'ptr')).toBe('warn');
    expect(status({ ...GOOD, fcrdns: null }, 'ptr')).toBe('unknown');
  });

  it.each([
    ['mail.sender.example', 'pass'],
    ['[81.2.69.160]', 'warn'],
    ['EXCH01', 'fail'],
    ['localhost.localdomain', 'fail'],
    ['smtp.other-org.example', 'warn'],
    // The receiving server's own name or bare domain (sendmail FEATURE(block_bad_helo)); another host of that
    // organisation is not (Microsoft 365 tenant to tenant greets as *.outbound.protection.outlook.com): here only
    // the reverse-DNS mismatch warns.
    ['google.com', 'fail'],
    ['MX.Google.com.', 'fail'],
    ['mail-sor-f41.google.com', 'warn'],
  ])('HELO %s -> %s', (helo, expected) => {
    expect(status({ ...GOOD, boundary: { ...BOUNDARY, helo } }, 'helo')).toBe(expected);
  });

  // Review of session 11: a host handing mail to itself (sendmail's own bounce, an Exchange server's NDR) greets
  // with its own name; a client the server named otherwise, or could not name, claiming that name fails.
  it.each([
    ['its own name, the recorded reverse DNS the same', 'mx.google.com', 'mx.google.com', 'pass'],
    ['its own name, no reverse DNS in the stamp (Exchange)', 'mx.google.com', null, 'pass'],
    ['its own name, reverse DNS unknown', 'mx.google.com', 'unknown', 'fail'],
    ['its own name, another reverse DNS', 'mx.google.com', 'vps.bad.example', 'fail'],
    ['the bare domain, no reverse DNS in the stamp', 'google.com', null, 'fail'],
  ])('HELO of the receiving host: %s -> %s', (_name, helo, rdns, expected) => {
    expect(status({ ...GOOD, fcrdns: null, boundary: { ...BOUNDARY, helo, rdns } }, 'helo')).toBe(expected);
  });

  it.each([
    ['entry over TLS, internal hops plain', HOPS, 'pass'],
    ['entry in plain text', [hop(1, { ip: '10.0.0.5', with: 'ESMTP' }), hop(2, { ip: '81.2.69.160', with: 'ESMTP' })], 'fail'],
    ['an earlier internet hop in plain text', [hop(1, { ip: '89.160.20.112', with: 'SMTP', by: 'mail.sender.example' }), hop(2, { ip: '81.2.69.160', with: 'ESMTPS', tls: true })], 'warn'],
    ['entry does not say', [hop(2, { ip: '81.2.69.160' })], 'unknown'],
    ['LMTP and local hops only', [hop(1, { with: 'LMTP' }), hop(2, { ip: '127.0.0.1', with: 'SMTP' })], 'unknown'],
  ])('TLS: %s -> %s', (_label, hops, expected) => {
    expect(status({ ...GOOD, hops }, 'tls')).toBe(expected);
  });

  describe('one-click unsubscribe (RFC 8058)', () => {
    const post = { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' };
    it.each([
      // RFC 8058 §8.1 and §8.2 style
      ['mailto + https + Post', [GOOD.headers?.[0], post], 'pass'],
      ['https only + Post', [{ name: 'List-Unsubscribe', value: '<https://example.com/unsubscribe/opaque123456789>' }, post], 'pass'],
      // RFC 2369 §3.2 examples: no one-click
      ['RFC 2369 mailto only', [{ name: 'List-Unsubscribe', value: '<mailto:list@host.com?subject=unsubscribe>' }], 'fail'],
      ['RFC 2369 http + mailto', [{ name: 'List-Unsubscribe', value: '<http://www.host.com/list.cgi?cmd=unsub&lst=list>, <mailto:list-request@host.com?subject=unsubscribe>' }, post], 'fail'],
      ['https without Post', [{ name: 'List-Unsubscribe', value: '<https://example.com/u>' }], 'fail'],
      ['Post with a wrong value', [{ name: 'List-Unsubscribe', value: '<https://example.com/u>' }, { name: 'List-Unsubscribe-Post', value: 'One-Click' }], 'fail'],
      ['bulk without List-Unsubscribe', [{ name: 'Precedence', value: 'bulk' }], 'fail'],
      ['personal mail', [{ name: 'Subject', value: 'hi' }], 'pass'],
    ])('%s -> %s', (_label, headers, expected) => {
      const hs = headers.filter((h): h is { name: string; value: string } => h !== undefined);
      expect(status({ ...GOOD, spam: null, headers: hs }, 'unsubscribe')).toBe(expected);
    });

    it('both headers present but not covered by the DKIM signature: warning (RFC 8058 §4)', () => {
      expect(status({ ...GOOD, dkim: [{ result: 'pass', domain: 'sender.example', signedHeaders: ['from', 'subject'] }] }, 'unsubscribe')).toBe('warn');
    });

    it('an ESP seen only in the DKIM domain makes it possibly bulk: a warning, since transactional mail is exempt', () => {
      const items = deliverabilityChecklist({ ...GOOD, spam: null, headers: [], dkim: [{ result: 'pass', domain: 'sendgrid.net' }] });
      expect(byId(items, 'unsubscribe')).toMatchObject({ status: 'warn' });
      expect(byId(items, 'unsubscribe').evidence).toContain('SendGrid');
      expect(byId(items, 'unsubscribe').evidence).toContain('transactional');
    });

    it('an ESP with a list sign (Precedence: bulk) and no List-Unsubscribe fails', () => {
      const items = deliverabilityChecklist({ ...GOOD, spam: null, headers: [{ name: 'Precedence', value: 'bulk' }, { name: 'X-Mailgun-Tag', value: 'news' }] });
      expect(byId(items, 'unsubscribe')).toMatchObject({ status: 'fail' });
    });
  });

  it.each([
    [{ scl: -1 }, 'pass'],
    [{ scl: 5 }, 'fail'],
    [{ scl: 9, sfv: 'SPM' }, 'fail'],
    [{ sfv: 'BLK' }, 'fail'],
    [{ sfv: 'SKQ' }, 'warn'],
    [{ sfv: 'NSPM', bcl: 8 }, 'warn'],
    [{ sfv: 'XYZ' }, 'unknown'],
    [{ spamAssassin: { score: 6.1, required: 5, flagged: null } }, 'fail'],
    [{ spamAssassin: { score: 3, required: 5, flagged: false } }, 'warn'],
    [{ spamAssassin: { score: -0.1, required: 5, flagged: false } }, 'pass'],
    [{}, 'unknown'],
  ])('spam verdict %j -> %s', (spam, expected) => {
    expect(status({ ...GOOD, spam }, 'spam-verdict')).toBe(expected);
  });

  it.each([
    ['the connecting IP listed', [check({ status: 'listed', code: '127.0.0.2' })], 'fail'],
    ['a sender domain listed', [check({ status: 'listed', kind: 'domain', target: 'sender.example', source: 'From domain' })], 'fail'],
    ['only an earlier relay listed', [check({}), check({ status: 'listed', target: '89.160.20.112', source: 'earlier relay (hop 1)' })], 'warn'],
    ['clear on some, refused on others', [check({}), check({ status: 'unknown', reason: 'reputation.refused', list: 'Spamhaus ZEN' })], 'unknown'],
    ['clear everywhere', [check({}), check({ listId: 'psbl', list: 'PSBL' })], 'pass'],
    ['no checks at all', [], 'unknown'],
  ])('blocklists: %s -> %s', (_label, checks, expected) => {
    expect(status({ ...GOOD, reputation: rep(...checks) }, 'blocklists')).toBe(expected);
  });
});

describe('checklistAsText', () => {
  it('is plain text for a ticket: a tally, one block per item, evidence and fix, invisible characters shown', () => {
    const items = deliverabilityChecklist({ ...GOOD, spf: { result: 'fail', domain: 'sender.example' }, boundary: { ...BOUNDARY, helo: 'mail\u202e.example' } });
    const text = checklistAsText(items);
    expect(text.startsWith('Deliverability checklist (1 fail, ')).toBe(true);
    expect(text).toContain('[FAIL] SPF passes and aligns with the From domain\n  Evidence: SPF fail for sender.example');
    expect(text).toContain('  Fix: Add the sending IP');
    expect(text).toContain('[PASS] DMARC passes');
    expect(text).toContain('⟨U+202E⟩');
    expect(text).not.toContain('\u202e');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('empty', () => {
    expect(checklistAsText([])).toBe('Deliverability checklist (empty)\n');
  });
});
