/**
 * Shared by the redaction property tests: token generators whose alphabets cannot meet by chance, and the check
 * that no "gone" token survives in any output format (JSON, the ticket and the full Markdown, the plain-text
 * summary) while every "kept" one does.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { redactReport } from '../../../lib/export/redact/redact-report';
import { reportMarkdown } from '../../../lib/export/report-markdown';
import { summaryText } from '../../../lib/export/summary-text';
import type { Report } from '../../../lib/report';

export const deps = { now: () => Date.UTC(2026, 0, 1) };
export const DATE = 'Tue, 14 Oct 2025 09:00:0';

export interface Made {
  raw: string;
  gone: string[];
  kept: string[];
}

// Tokens are drawn from alphabets that cannot meet by chance: the check below is a plain substring search.
export const word = (prefix: string): fc.Arbitrary<string> =>
  fc.stringMatching(/^[a-z]{4,9}$/).map((w) => `${prefix}${w}`);
export const name = fc.tuple(word('Zy'), word('Qu')).map(([a, b]) => `${a} ${b}`);
export const octet = fc.integer({ min: 10, max: 250 });
export const providerIp = fc.tuple(fc.integer({ min: 100, max: 149 }), octet, octet, octet).map((p) => p.join('.'));
export const senderIp = fc.tuple(fc.integer({ min: 151, max: 199 }), octet, octet, octet).map((p) => p.join('.'));
/** Four-digit hex groups only, so that no generated IPv6 address is a prefix of another. */
export const hex4 = fc.integer({ min: 0x1000, max: 0xffff }).map((n) => n.toString(16));

export const b64 = (s: string): string => `=?UTF-8?B?${Buffer.from(s).toString('base64')}?=`;

export function everyOutput(r: Report): string {
  const md = [
    reportMarkdown(r, { detail: 'full', redacted: true }),
    reportMarkdown(r, { detail: 'ticket', redacted: true }),
    summaryText(r),
  ].join('\n');
  // Markdown escapes punctuation with backslashes: look at the text with them removed too.
  return [JSON.stringify(r), md, md.replace(/\\/g, '')].join('\n').toLowerCase();
}

export async function check(made: Made): Promise<void> {
  const report = await analyze(made.raw, deps);
  const out = everyOutput(redactReport(report).report);
  for (const token of made.gone) expect(out, token).not.toContain(token.toLowerCase());
  for (const token of made.kept) expect(out, token).toContain(token.toLowerCase());
}
