import { describe, expect, it } from 'vitest';
import { markdownCode, markdownFence, markdownTable, markdownText } from '../../../lib/export/markdown-text';

describe('markdownText: hostile header text renders as itself', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['**bold** _it_ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\`'],
    ['[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['a | b', 'a \\| b'],
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '\\1. not a list'],
    ['&#x202E;', '\\&#x202E;'],
    ['invoice\u202Efdp.exe', 'invoice⟨U+202E⟩fdp.exe'],
    ['two\r\nlines', 'two lines'],
  ])('%j', (input, expected) => {
    expect(markdownText(input)).toBe(expected);
  });
});

describe('markdownCode', () => {
  it('fences with more backticks than the text holds and pads a leading backtick', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`x')).toBe('`` `x ``');
  });
  it('escapes table pipes and shows invisible characters', () => {
    expect(markdownCode('x|y\u200b')).toBe('`x\\|y⟨U+200B⟩`');
  });
  it('is empty for an empty value', () => {
    expect(markdownCode('')).toBe('');
  });
});

describe('markdownFence', () => {
  it('uses a fence that no line of the text can close', () => {
    const fenced = markdownFence('a\n```\nb');
    expect(fenced.startsWith('````text\n')).toBe(true);
    expect(fenced.endsWith('\n````')).toBe(true);
  });
});

describe('markdownTable', () => {
  it('writes a GFM table with a delimiter row', () => {
    expect(markdownTable(['A', 'B'], [['1', '']])).toBe('| A | B |\n| --- | --- |\n| 1 |   |');
  });
});
