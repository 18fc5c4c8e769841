/** tokenizeReceived: RFC 5322 §3.2.2 CFWS (nested comments, quoted-pairs) and the RFC 5321 §4.4 stamp punctuation. */
import { describe, expect, it } from 'vitest';
import { tokenizeReceived, type Token } from '../../../lib/received/tokenize';
import { LIMITS } from '../../../lib/limits';

const w = (text: string): Token => ({ kind: 'word', text });
const c = (text: string): Token => ({ kind: 'comment', text });

describe('tokenizeReceived', () => {
  it.each<[string, string, Token[]]>([
    ['RFC 5322 A.4 stamp', 'from node.example by x.y.test; 21 Nov 1997 10:01:22 -0600', [w('from'), w('node.example'), w('by'), w('x.y.test'), { kind: 'semi', text: ';' }, w('21'), w('Nov'), w('1997'), w('10:01:22'), w('-0600')]],
    ['nested comment kept whole', 'from a (b (c) d) by e', [w('from'), w('a'), c('b (c) d'), w('by'), w('e')]],
    ['quoted-pair inside a comment (RFC 5322 §3.2.1)', 'from a (x \\) y) by b', [w('from'), w('a'), c('x ) y'), w('by'), w('b')]],
    ['address literal, angle address, quoted string', 'from [192.0.2.1] for <a@b> id "x y"', [w('from'), { kind: 'literal', text: '[192.0.2.1]' }, w('for'), { kind: 'angle', text: '<a@b>' }, w('id'), { kind: 'quoted', text: '"x y"' }]],
    ['words end at comment, literal and ";"', 'a(b)c[d];e', [w('a'), c('b'), w('c'), { kind: 'literal', text: '[d]' }, { kind: 'semi', text: ';' }, w('e')]],
    ['folding white space is a separator', 'from a\r\n\tby b', [w('from'), w('a'), w('by'), w('b')]],
    ['unterminated comment runs to the end', 'from a (b c', [w('from'), w('a'), c('b c')]],
    ['unterminated literal runs to the end', 'from [192.0.2.1', [w('from'), { kind: 'literal', text: '[192.0.2.1' }]],
    ['stray ")" is dropped', 'from a ) by b', [w('from'), w('a'), w('by'), w('b')]],
    ['empty input', '', []],
    ['comment padding is trimmed', '(  qmail 1 invoked from network  )', [c('qmail 1 invoked from network')]],
  ])('%s', (_name, input, expected) => {
    expect(tokenizeReceived(input)).toEqual(expected);
  });

  it(`caps comment nesting at ${String(LIMITS.maxCommentDepth)} levels but still finds the end`, () => {
    const deep = 50;
    const tokens = tokenizeReceived(`from ${'('.repeat(deep)}x${')'.repeat(deep)} by b`);
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'comment', 'word', 'word']);
    const inner = tokens[1]?.text ?? '';
    expect(inner.split('(').length - 1).toBe(LIMITS.maxCommentDepth - 1);
    expect(inner.split(')').length - 1).toBe(LIMITS.maxCommentDepth - 1);
    expect(tokens[3]).toEqual(w('b'));
  });
});
