/**
 * The Public Suffix List algorithm (publicsuffix.org/list "Formal algorithm"): first the list's own
 * examples (the rules "com", "*.foo.com", "*.jp", "!pref.kyoto.jp" of its algorithm page are all in the
 * real list), then the trie format and the host name checks. The 78 official vectors run in
 * tests/conformance/psl.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { publicSuffix, registrableDomain } from '../../../lib/psl';
import { parseTrie } from '../../../lib/psl/trie';

const both = { privateDomains: true };
const icann = { privateDomains: false };

describe('registrableDomain', () => {
  it.each([
    ['example.com', 'example.com'],
    ['www.example.com', 'example.com'],
    ['a.b.example.co.uk', 'example.co.uk'],
    ['co.uk', null],
    ['uk', null],
    // Wildcard "*.ck" with exception "!www.ck".
    ['b.ck', null],
    ['a.b.ck', 'a.b.ck'],
    ['www.ck', 'www.ck'],
    ['x.www.ck', 'www.ck'],
    // "*.kawasaki.jp" with "!city.kawasaki.jp".
    ['city.kawasaki.jp', 'city.kawasaki.jp'],
    ['a.b.kawasaki.jp', 'a.b.kawasaki.jp'],
    // No rule: the implicit "*" makes the last label the suffix.
    ['mail.example.unknowntld', 'example.unknowntld'],
    // Upper case, trailing dot, IDN in both forms.
    ['WWW.Example.COM.', 'example.com'],
    ['www.食狮.com.cn', '食狮.com.cn'],
    ['www.xn--85x722f.com.cn', 'xn--85x722f.com.cn'],
    ['mx_1.example.org', 'example.org'],
  ] as const)('%s -> %s (both sections)', (host, want) => {
    expect(registrableDomain(host, both)).toBe(want);
  });

  it('PRIVATE section: github.io tenants are separate only when it counts', () => {
    expect(registrableDomain('alice.github.io', both)).toBe('alice.github.io');
    expect(registrableDomain('alice.github.io', icann)).toBe('github.io');
    expect(publicSuffix('alice.github.io', both)).toBe('github.io');
    expect(publicSuffix('alice.github.io', icann)).toBe('io');
  });

  it.each(['', '.', '.example.com', 'a..example.com', '-a.example.com', 'a-.example.com', '192.168.0.1', 'a b.com', 'x'.repeat(64) + '.com', `${'a.'.repeat(130)}com`, 'a@b.com', '[::1]'])(
    'not a host name: %j -> null',
    (host) => {
      expect(registrableDomain(host, both)).toBeNull();
    },
  );
});

describe('trie text', () => {
  it('leaves, "+" for a label that also ends a rule, nested children', () => {
    const t = parseTrie('com,+uk(co,+gov(x)),jp(*,!city)');
    expect([...t.kids.keys()]).toEqual(['com', 'uk', 'jp']);
    expect(t.kids.get('com')?.end).toBe(true);
    expect(t.kids.get('uk')?.end).toBe(true);
    expect(t.kids.get('uk')?.kids.get('gov')?.end).toBe(true);
    expect(t.kids.get('uk')?.kids.get('gov')?.kids.get('x')?.end).toBe(true);
    expect(t.kids.get('jp')?.end).toBe(false);
    expect(t.kids.get('jp')?.kids.get('!city')?.end).toBe(true);
  });

  it('malformed text is read as far as it goes (total, no throw)', () => {
    for (const s of ['(((', ')))', 'a(b', '+', ',,,', 'a)b(c']) expect(() => parseTrie(s)).not.toThrow();
  });
});
