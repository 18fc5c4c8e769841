/**
 * One alignment answer (RFC 7489 §3.1) for every part of the report: the live DMARC evaluation, the recorded-results
 * view and the checklist agree, including under a PRIVATE public suffix (github.io: unrelated parties' names).
 */
import { describe, expect, it } from 'vitest';
import { alignmentLevel, domainOf, isAligned, relaxedAligned } from '../../../lib/dmarc/align';
import { computeAlignment } from '../../../lib/authresults/alignment';
import { deliverabilityChecklist } from '../../../lib/deliverability/checklist';
import { organizationalDomain } from '../../../lib/psl/org-domain';
import type { DkimVerdict } from '../../../lib/authresults/auth-report';

const dkimPass = (domain: string): DkimVerdict => ({ result: 'pass', written: null, domain, selector: 's', auid: null, algorithm: null } as DkimVerdict);

describe('alignmentLevel (RFC 7489 §3.1)', () => {
  it.each([
    ['example.com', 'example.com', 'strict'],
    ['Example.COM.', 'example.com', 'strict'],
    ['<bounce@mail.example.com>', 'example.com', 'relaxed'],
    ['mail.example.com', 'news.example.com', 'relaxed'],
    ['example.net', 'example.com', 'none'],
    // github.io is a PRIVATE suffix: two of its sub-domains belong to different parties.
    ['alice.github.io', 'bob.github.io', 'none'],
    ['www.alice.github.io', 'alice.github.io', 'relaxed'],
    ['mail.example.co.uk', 'example.co.uk', 'relaxed'],
    ['example.co.uk', 'other.co.uk', 'none'],
    [null, 'example.com', 'unknown'],
    ['example.com', '', 'unknown'],
  ] as const)('%s vs %s: %s', (a, from, level) => {
    expect(alignmentLevel(a, from)).toBe(level);
  });

  it('strict mode accepts only the same domain; relaxed also the same organisational domain', () => {
    expect(isAligned('mail.example.com', 'example.com', 's')).toBe(false);
    expect(isAligned('mail.example.com', 'example.com', 'r')).toBe(true);
    expect(isAligned('alice.github.io', 'bob.github.io', 'r')).toBe(false);
  });

  it('takes another organisational-domain rule when given one (DMARCbis tree walk)', () => {
    expect(alignmentLevel('a.shop.example', 'b.shop.example', (d) => d.split('.').slice(-2).join('.'))).toBe('relaxed');
    expect(alignmentLevel('a.shop.example', 'b.shop.example', (d) => d)).toBe('none');
  });

  it('domainOf reads addresses, brackets, case and the trailing dot', () => {
    expect([domainOf('<A@Mail.Example.COM.>'), domainOf('  '), domainOf(null), relaxedAligned(null, 'x.example')]).toEqual(['mail.example.com', null, null, null]);
  });
});

describe('every consumer gives the same answer', () => {
  it('a DKIM pass for alice.github.io on mail From bob.github.io is not aligned anywhere', () => {
    expect(organizationalDomain('alice.github.io')).toBe('alice.github.io');
    expect(computeAlignment('bob.github.io', null, [dkimPass('alice.github.io')]).alignedBy).toBeNull();
    // The checklist without DMARC's own answer falls back on the same function.
    const items = deliverabilityChecklist({ headerFrom: 'bob.github.io', dkim: [{ result: 'pass', domain: 'alice.github.io' }], spf: { result: 'pass', domain: 'alice.github.io' } });
    expect(items.find((i) => i.id === 'deliverability.dkim')?.status).toBe('warn');
    expect(items.find((i) => i.id === 'deliverability.spf')?.status).toBe('warn');
  });

  it('a relaxed pair under an ICANN suffix is aligned everywhere', () => {
    expect(computeAlignment('example.co.uk', null, [dkimPass('mail.example.co.uk')]).alignedBy).toBe('dkim');
    const items = deliverabilityChecklist({ headerFrom: 'example.co.uk', dkim: [{ result: 'pass', domain: 'mail.example.co.uk' }] });
    expect(items.find((i) => i.id === 'deliverability.dkim')?.status).toBe('pass');
  });
});
