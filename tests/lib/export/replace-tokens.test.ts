import { describe, expect, it } from 'vitest';
import { replaceTokens, tokenTable, type Edge } from '../../../lib/export/redact/replace-tokens';

const one = (token: string, placeholder: string, edge: Edge) => tokenTable([{ token, placeholder, edge }]);

describe('replaceTokens', () => {
  it.each([
    [
      '10.0.0.1',
      'by [10.0.0.1] and 10.0.0.12 and 110.0.0.1 and 5.10.0.0.1',
      'by [192.0.2.1] and 10.0.0.12 and 110.0.0.1 and 5.10.0.0.1',
      'word',
    ],
    ['mx.example.org', 'by MX.Example.ORG; mx.example.orgx', 'by h1; mx.example.orgx', 'word'],
    ['dana', 'for dana, dana.s@x.example, danaher, x-dana', 'for u1, dana.s@x.example, danaher, x-dana', 'local'],
    ['Q3 invoice', 'Re:Q3 invoice!', 'Re:S!', 'none'],
  ] as const)('%s', (token, text, expected, edge) => {
    const placeholder =
      token === '10.0.0.1' ? '192.0.2.1' : token === 'dana' ? 'u1' : token === 'Q3 invoice' ? 'S' : 'h1';
    expect(replaceTokens(text, one(token, placeholder, edge))).toBe(expected);
  });

  it('replaces longer tokens first and never cuts into a replacement', () => {
    const table = tokenTable([
      { token: 'example.org', placeholder: 'domain1.recipient.invalid', edge: 'word' },
      { token: 'dana@example.org', placeholder: 'user1@recipient.invalid', edge: 'word' },
      { token: 'dana', placeholder: 'user1', edge: 'local' },
    ]);
    expect(replaceTokens('To: Dana <dana@example.org> via mx.example.org for dana', table)).toBe(
      'To: user1 <user1@recipient.invalid> via mx.domain1.recipient.invalid for user1',
    );
  });

  it('keeps text of another length intact when a lower-cased character would change length', () => {
    expect(replaceTokens('İ dana', one('dana', 'u1', 'local'))).toBe('İ u1');
  });
});
