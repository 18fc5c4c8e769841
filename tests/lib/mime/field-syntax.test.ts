import { describe, expect, it } from 'vitest';
import {
  fieldNameOf,
  foldedFieldNameAt,
  isContinuation,
  isPlausibleFieldName,
  startsWithFakeWhitespace,
} from '../../../lib/mime/field-syntax';

describe('fieldNameOf (RFC 5322 §3.6.8 field-name = 1*ftext; §4.5 WSP before ":")', () => {
  it.each([
    ['From: a@example.com', 'From'],
    ['Subject:', 'Subject'],
    ['X-Mailer:x', 'X-Mailer'],
    ['From : a@example.com', 'From'],
    ['From\t\t: a@example.com', 'From'],
    ['__proto__: x', '__proto__'],
    ['h=from:to:subject', 'h=from'],
    ['Strange!#$%&*+/=?^`{|}~name: v', 'Strange!#$%&*+/=?^`{|}~name'],
    [': no name', null],
    [' From: folded', null],
    ['\tFrom: folded', null],
    ['From x: y', null],
    ['From', null],
    ['', null],
    ['Fröm: non-ASCII name', null],
    ['\u00a0From: nbsp', null],
    ['Na\u0000me: nul', null],
  ] as const)('%j -> %j', (line, name) => {
    expect(fieldNameOf(line)).toBe(name);
  });
});

describe('isContinuation (RFC 5322 §2.2.3: a fold is CRLF followed by WSP)', () => {
  it.each([
    [' x', true],
    ['\tx', true],
    [' ', true],
    ['x', false],
    ['', false],
    ['\u000bx', false],
    ['\u000cx', false],
    ['\u00a0x', false],
    ['\u3000x', false],
  ] as const)('%j -> %j', (line, yes) => {
    expect(isContinuation(line)).toBe(yes);
  });
});

describe('startsWithFakeWhitespace (header smuggling, docs/security-goals.md: \\s-family bytes that are not WSP)', () => {
  it.each([
    ['VT', '\u000bX: y', true],
    ['FF', '\u000cX: y', true],
    ['lone CR', '\rX: y', true],
    ['Latin-1 NBSP', '\u00a0X: y', true],
    ['ogham space', '\u1680X', true],
    ['en quad', '\u2000X', true],
    ['hair space', '\u200aX', true],
    ['line separator U+2028', '\u2028X', true],
    ['paragraph separator U+2029', '\u2029X', true],
    ['narrow NBSP U+202F', '\u202fX', true],
    ['medium math space U+205F', '\u205fX', true],
    ['ideographic space U+3000', '\u3000X', true],
    ['BOM', '\ufeffX', true],
    ['space (real WSP)', ' X', false],
    ['tab (real WSP)', '\tX', false],
    ['letter', 'X', false],
    ['empty', '', false],
  ] as const)('%s', (_label, line, yes) => {
    expect(startsWithFakeWhitespace(line)).toBe(yes);
  });
});

describe('isPlausibleFieldName', () => {
  it.each([
    ['From', true],
    ['X-Google-DKIM-Signature', true],
    ['X_Underscore.Dot', true],
    ['__proto__', true],
    ['h=from', false],
    ['bh=abc;', false],
    ['-dash', false],
    ['', false],
  ] as const)('%j -> %j', (name, yes) => {
    expect(isPlausibleFieldName(name)).toBe(yes);
  });
});

describe('foldedFieldNameAt (RFC 5322 §2.2.3 unfolding + §4.5 "From" *WSP ":")', () => {
  const lines = (...texts: string[]) => texts.map((text) => ({ text }));
  it.each([
    ['colon on the next line', lines('From', ' : boss@example.com'), 'From'],
    ['colon after a tab', lines('From', '\t:boss@example.com'), 'From'],
    ['name with trailing WSP', lines('From  ', ' : x'), 'From'],
    ['after a WSP-only fold', lines('From', '   ', '  : x'), 'From'],
    ['the fold holds text, not a colon', lines('From', ' boss@example.com'), null],
    ['no continuation line', lines('From', 'To: x'), null],
    ['last line', lines('From'), null],
    ['only WSP folds to the end', lines('From', ' ', '\t'), null],
    ['not a bare name', lines('From me', ' : x'), null],
    ['already a field', lines('From: a', ' : x'), null],
  ] as const)('%s', (_label, ls, name) => {
    expect(foldedFieldNameAt(ls, 0)).toBe(name);
  });
});
