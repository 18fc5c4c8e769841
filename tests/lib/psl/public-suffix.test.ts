/**
 * The Public Suffix List algorithm (publicsuffix.org/list "Formal algorithm"): first the list's own
 * examples (the rules "com", "*.foo.com", "*.jp", "!pref.kyoto.jp" of its algorithm page are all in the
 * real list), then the trie format and the host name checks. The 78 official vectors run in
 * tests/conformance/psl.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publicSuffix, registrableDomain } from '../../../lib/psl';
import { BUNDLED_PSL_RULES } from '../../../lib/psl/bundled-rules';
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

  /** The whole trie read at once, the obvious way (a stack of open nodes): the reference for the level-by-level reader. */
  interface Plain {
    end: boolean;
    kids: Map<string, Plain>;
  }
  const eager = (text: string): Plain => {
    const root: Plain = { end: false, kids: new Map() };
    const stack = [root];
    let i = 0;
    while (i < text.length) {
      const parent = stack[stack.length - 1] ?? root;
      const c = text[i];
      if (c === ',' || c === ')') {
        if (c === ')' && stack.length > 1) stack.pop();
        i++;
        continue;
      }
      const plus = c === '+';
      if (plus) i++;
      let j = i;
      while (j < text.length && !',()'.includes(text[j] ?? '')) j++;
      const node: Plain = { end: !plus, kids: new Map() };
      parent.kids.set(text.slice(i, j), node);
      if (text[j] === '(') {
        node.end = plus;
        stack.push(node);
        j++;
      }
      i = j;
    }
    return root;
  };
  /** Every node visited (so every level is read), as nested [label, end, kids] in the order the text gives. */
  interface TrieLike {
    end: boolean;
    kids: ReadonlyMap<string, TrieLike>;
  }
  type Shape = [string, boolean, Shape[]];
  const shape = (n: TrieLike): Shape[] => [...n.kids].map(([label, kid]) => [label, kid.end, shape(kid)]);

  it('read level by level = read whole, for any text of the format and malformed ones (3000 runs)', () => {
    const token = fc.constantFrom('a', 'b', 'co', '+', '!', '*', '(', ')', ',', ',');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (ts) => {
        const text = ts.join('');
        expect(shape(parseTrie(text))).toEqual(shape(eager(text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('read level by level = read whole, over the bundled list (both sections, every node)', () => {
    for (const text of [BUNDLED_PSL_RULES.icann, BUNDLED_PSL_RULES.private]) expect(shape(parseTrie(text))).toEqual(shape(eager(text)));
  });
});
