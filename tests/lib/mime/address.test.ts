import { describe, expect, it } from 'vitest';
import { formatMailbox, parseAddressList } from '../../../lib/mime/address';
import type { Mailbox } from '../../../lib/report';
import { LIMITS } from '../../../lib/limits';
import { field, fixture } from './fixture';

const mb = (name: string | null, address: string): Mailbox => ({
  name,
  address,
  domain: address.includes('@') ? (address.split('@').pop() ?? '').toLowerCase() || null : null,
});

describe('RFC 5322 Appendix A examples, read from the fixture messages', () => {
  it.each([
    // A.1.1 A message from one person to another with simple addressing
    ['rfc5322-A.1.1-simple.eml', 'From', [mb('John Doe', 'jdoe@machine.example')]],
    ['rfc5322-A.1.1-simple.eml', 'To', [mb('Mary Smith', 'mary@example.net')]],
    // A.1.2 Different types of mailboxes
    ['rfc5322-A.1.2-different-types.eml', 'From', [mb('Joe Q. Public', 'john.q.public@example.com')]],
    [
      'rfc5322-A.1.2-different-types.eml',
      'To',
      [mb('Mary Smith', 'mary@x.test'), mb(null, 'jdoe@example.org'), mb('Who?', 'one@y.test')],
    ],
    [
      'rfc5322-A.1.2-different-types.eml',
      'Cc',
      [mb(null, 'boss@nil.test'), mb('Giant; "Big" Box', 'sysservices@example.net')],
    ],
    // A.1.3 Group addresses
    [
      'rfc5322-A.1.3-group-addresses.eml',
      'To',
      [mb('Ed Jones', 'c@a.test'), mb(null, 'joe@where.test'), mb('John', 'jdoe@one.test')],
    ],
    ['rfc5322-A.1.3-group-addresses.eml', 'Cc', []],
    // A.5 White space, comments, and other oddities
    ['rfc5322-A.5-white-space-comments.eml', 'From', [mb('Pete', 'pete@silly.test')]],
    [
      'rfc5322-A.5-white-space-comments.eml',
      'To',
      [mb('Chris Jones', 'c@public.example'), mb(null, 'joe@example.org'), mb('John', 'jdoe@one.test')],
    ],
    ['rfc5322-A.5-white-space-comments.eml', 'Cc', []],
    // A.6.1 Obsolete addressing: route, empty list member, CFWS around "."
    ['rfc5322-A.6.1-obsolete-addressing.eml', 'From', [mb('Joe Q. Public', 'john.q.public@example.com')]],
    [
      'rfc5322-A.6.1-obsolete-addressing.eml',
      'To',
      [mb('Mary Smith', 'mary@example.net'), mb(null, 'jdoe@test.example')],
    ],
    // A.6.3 Obsolete white space and comments
    ['rfc5322-A.6.3-obsolete-white-space.eml', 'From', [mb('John Doe', 'jdoe@machine.example')]],
    ['rfc5322-A.6.3-obsolete-white-space.eml', 'To', [mb('Mary Smith', 'mary@example.net')]],
    // RFC 2047 §8: encoded words in display names
    ['rfc2047-8-examples.eml', 'From', [mb('Keith Moore', 'moore@cs.utk.edu')]],
    ['rfc2047-8-examples.eml', 'To', [mb('Keld Jørn Simonsen', 'keld@dkuug.dk')]],
    ['rfc2047-8-examples.eml', 'Cc', [mb('André Pirard', 'PIRARD@vm1.ulg.ac.be')]],
  ] as const)('%s %s', (file, name, expected) => {
    expect(parseAddressList(field(fixture(file), name).value)).toEqual(expected);
  });
});

describe('parseAddressList', () => {
  it.each([
    ['bare addr-spec', 'jdoe@example.org', [mb(null, 'jdoe@example.org')]],
    ['angle-addr only', '<jdoe@example.org>', [mb(null, 'jdoe@example.org')]],
    ['name and angle-addr', 'John Doe <jdoe@example.org>', [mb('John Doe', 'jdoe@example.org')]],
    ['quoted name with escapes', '"Doe, \\"JD\\" John" <jdoe@example.org>', [mb('Doe, "JD" John', 'jdoe@example.org')]],
    ['comment after addr-spec is the name', 'jdoe@example.org (John Doe)', [mb('John Doe', 'jdoe@example.org')]],
    ['nested comment as name', 'jdoe@example.org (John (the) Doe)', [mb('John (the) Doe', 'jdoe@example.org')]],
    ['group from RFC 5322 A.1.3', 'A Group:Ed Jones <c@a.test>,joe@where.test,John <jdoe@one.test>;', [mb('Ed Jones', 'c@a.test'), mb(null, 'joe@where.test'), mb('John', 'jdoe@one.test')]],
    ['empty group', 'Undisclosed recipients:;', []],
    ['group then mailbox', 'Team: a@x.test, b@y.test;, c@z.test', [mb(null, 'a@x.test'), mb(null, 'b@y.test'), mb(null, 'c@z.test')]],
    ['comment only', '(nobody)', []],
    ['empty', '', []],
    ['only commas', ' , ,, ', []],
    ['obs-route', '<@a.test,@b.test:user@host.test>', [mb(null, 'user@host.test')]],
    ['domain literal', 'user@[192.0.2.1]', [mb(null, 'user@[192.0.2.1]')]],
    ['IPv6 domain literal', 'John <user@[IPv6:2001:db8::1]>', [mb('John', 'user@[IPv6:2001:db8::1]')]],
    ['quoted local part', '"john doe"@example.org', [mb(null, '"john doe"@example.org')]],
    ['domain lower-cased, address kept', 'Boss <Boss@Example.COM>', [{ name: 'Boss', address: 'Boss@Example.COM', domain: 'example.com' }]],
    ['colon inside the angle is not a group', 'x <a:b@c.test>', [mb('x', 'b@c.test')]],
    ['colon after an address is not a group', 'a@b.test:c', [{ name: null, address: 'a@b.test:c', domain: 'b.test:c' }]],
    ['Return-Path null sender', '<>', [{ name: null, address: '', domain: null }]],
    ['unterminated angle', 'John <jdoe@example.org', [mb('John', 'jdoe@example.org')]],
    ['encoded display name', '=?UTF-8?Q?J=C3=BCrgen?= <j@example.de>', [mb('Jürgen', 'j@example.de')]],
    ['encoded word inside quotes (lenient, see lib/mime/index.ts)', '"=?UTF-8?Q?J=C3=BCrgen?=" <j@example.de>', [mb('Jürgen', 'j@example.de')]],
    ['display name lookalike of another address', '"ceo@bank.example" <x@attacker.example>', [{ name: 'ceo@bank.example', address: 'x@attacker.example', domain: 'attacker.example' }]],
    ['no domain', 'postmaster', [{ name: null, address: 'postmaster', domain: null }]],
    ['trailing @', 'user@', [{ name: null, address: 'user@', domain: null }]],
  ] as const)('%s', (_label, value, expected) => {
    expect(parseAddressList(value)).toEqual(expected);
  });

  it.each([
    ['below the cap', LIMITS.maxCommentDepth - 1, LIMITS.maxCommentDepth - 2],
    ['at the cap', LIMITS.maxCommentDepth, LIMITS.maxCommentDepth - 1],
    ['cap + 1: the deepest level is flattened', LIMITS.maxCommentDepth + 1, LIMITS.maxCommentDepth - 1],
  ] as const)(`comment nesting, LIMITS.maxCommentDepth (${String(LIMITS.maxCommentDepth)}): %s`, (_label, depth, kept) => {
    const list = parseAddressList(`a@b.test ${'('.repeat(depth)}x${')'.repeat(depth)}`);
    expect(list).toEqual([mb(`${'('.repeat(kept)}x${')'.repeat(kept)}`, 'a@b.test')]);
  });

  it('keeps comment nesting at most LIMITS.maxCommentDepth deep and still finds the address', () => {
    const deep = `${'('.repeat(40)}x${')'.repeat(40)} a@b.test`;
    expect(parseAddressList(deep).map((m) => m.address)).toEqual(['a@b.test']);
  });

  it('an unterminated quoted string runs to the end and is kept as raw text', () => {
    const list = parseAddressList('"John <jdoe@example.org>');
    expect(list).toHaveLength(1);
    expect(list[0]?.address).toBe('"John <jdoe@example.org>"');
  });

  it('a __proto__ display name or address is plain data', () => {
    const list = parseAddressList('__proto__ <__proto__@constructor.test>, constructor@prototype.test');
    expect(list).toEqual([mb('__proto__', '__proto__@constructor.test'), mb(null, 'constructor@prototype.test')]);
    expect(({} as Record<string, unknown>).address).toBeUndefined();
  });
});

describe('formatMailbox', () => {
  it.each([
    [mb('John Doe', 'jdoe@example.org'), 'John Doe <jdoe@example.org>'],
    [mb(null, 'jdoe@example.org'), 'jdoe@example.org'],
    [{ name: null, address: '', domain: null }, '<>'],
    [{ name: 'Only a name', address: '', domain: null }, 'Only a name'],
  ] as const)('%j -> %j', (m, text) => {
    expect(formatMailbox(m)).toBe(text);
  });
});
