import { describe, expect, it } from 'vitest';
import { decodeInputBytes, intake, type IntakeResult } from '../../../lib/mime/intake';
import { splitHeaderBlock } from '../../../lib/mime/header-block';
import { LIMITS } from '../../../lib/limits';
import { findingIds, fixture } from './fixture';

type Taken = Extract<IntakeResult, { ok: true }>;
function taken(text: string): Taken {
  const r = intake(text);
  if (!r.ok) throw new Error(`intake rejected the text: ${r.status}`);
  return r;
}
const firstLine = (text: string) => taken(text).lines[0]?.text;
const names = (text: string) => splitHeaderBlock(taken(text).lines).fields.map((f) => f.name);

describe('intake: where the header block starts', () => {
  it('RFC 5322 A.1.1: a plain message starts at line 0, source raw, CRLF', () => {
    const r = taken(fixture('rfc5322-A.1.1-simple.eml'));
    expect(r).toMatchObject({ source: 'raw', lineEnding: 'crlf', strayCarriageReturns: 0, findings: [] });
    expect(r.lines[0]?.text).toBe('From: John Doe <jdoe@machine.example>');
  });

  it.each([
    ['leading blank lines', '\n\n  \n\t\nFrom: a@x.test\n\n', 'From: a@x.test', [], 'raw'],
    ['leading CRLF blank lines', '\r\n\r\nFrom: a@x.test\r\n\r\n', 'From: a@x.test', [], 'raw'],
    ['leading junk lines', 'Here are the headers you asked for\nthanks\n\nFrom: a@x.test\nTo: b@y.test\n\n', 'From: a@x.test', ['intake.leading-junk'], 'raw'],
    ['junk that looks like a field ("Note: ...") followed by prose', 'Note: see below\nplease check this one\nReceived: from a by b; Mon, 1 Jan 2024 10:00:00 +0000\n\n', 'Received: from a by b; Mon, 1 Jan 2024 10:00:00 +0000', ['intake.leading-junk'], 'raw'],
    ['an unknown field followed by another field starts the block', 'X-Custom: 1\nX-Other: 2\n\n', 'X-Custom: 1', [], 'raw'],
    ['an unknown field alone starts the block', 'X-Custom: 1\n', 'X-Custom: 1', [], 'raw'],
    ['Outlook "message source" title', 'Message Source\n\nReceived: from a by b\n\n', 'Received: from a by b', ['intake.leading-junk'], 'outlook-source'],
    ['mbox "From " line (RFC 4155)', fixture('mbox-from-line.mbox'), 'From: Author <author@example.com>', [], 'mbox'],
    ['mbox line after blank lines', '\nFrom sender@example.com Mon Jan  1 10:00:00 2024\nFrom: a@x.test\n\n', 'From: a@x.test', [], 'mbox'],
    ['"From : x" is a header (RFC 5322 §4.5 WSP before ":"), not an mbox line', 'From : evil@x.test\nTo: b@y.test\n\n', 'From : evil@x.test', [], 'raw'],
    ['folded-colon From on the first line', 'From\n : boss@example.com\nTo: b@y.test\n\n', 'From', [], 'raw'],
    ['a UTF-8 byte order mark is not part of the first header (RFC 3629 §6)', '\ufeffFrom: a@x.test\nTo: b@y.test\n\n', 'From: a@x.test', [], 'raw'],
  ] as const)('%s', (_label, text, first, findings, source) => {
    const r = taken(text);
    expect(r.lines[0]?.text).toBe(first);
    expect(findingIds(r.findings)).toEqual(findings);
    expect(r.source).toBe(source);
  });

  it('leading junk is counted and quoted in the finding', () => {
    const [f] = taken('junk one\n\njunk two\nFrom: a@x.test\nTo: b@y.test\n').findings;
    expect(f).toMatchObject({ id: 'intake.leading-junk', severity: 'info', title: 'Skipped 2 lines before the first header' });
    expect(f?.detail).toContain('"junk one"');
  });

  it.each([
    ['header on the last scanned line', LIMITS.maxLeadingLines - 1, true],
    ['header one line beyond the scan', LIMITS.maxLeadingLines, false],
  ] as const)(`LIMITS.maxLeadingLines (${String(LIMITS.maxLeadingLines)}): %s`, (_label, junk, found) => {
    const r = intake(`${'junk line\n'.repeat(junk)}From: a@x.test\nTo: b@y.test\n\n`);
    expect(r.ok).toBe(found);
    if (!r.ok) expect(r.status).toBe('no-headers');
  });
});

describe('intake: Gmail "Show original" page', () => {
  it('the summary table is set aside; its lines are not headers', () => {
    const text = fixture('gmail-show-original.txt');
    const r = taken(text);
    expect(r.source).toBe('gmail-show-original');
    expect(findingIds(r.findings)).toEqual(['intake.gmail-wrapper']);
    expect(r.findings[0]?.severity).toBe('info');
    expect(r.lines[0]?.text).toBe('Delivered-To: dana.wright@example.org');
    const fields = splitHeaderBlock(r.lines).fields;
    expect(fields.map((f) => f.name)).toEqual(['Delivered-To', 'Received', 'From', 'To', 'Subject', 'Date', 'Message-ID']);
    expect(fields.find((f) => f.key === 'from')?.value).toBe('PayPal <service@paypal.example>');
    expect(fields.find((f) => f.key === 'subject')?.value).toBe('Real subject');
    for (const gmailLine of ['Message ID', 'Created at', 'SPF', 'DKIM', 'DMARC']) {
      expect(fields.some((f) => f.name === gmailLine)).toBe(false);
    }
  });

  const table = [
    'Original Message',
    'Message ID\t<CAF=abc@mail.gmail.example>',
    'Created at:\tTue, Oct 14, 2025 at 11:17 AM (Delivered after 3 seconds)',
    'From:\tAttacker <evil@attacker.example>',
    'To:\tdana@example.org',
    'Subject:\tNot a header',
    'SPF:\tPASS with IP 1.2.3.4 Learn more',
    "DKIM:\t'PASS' with domain example.com Learn more",
    "DMARC:\t'PASS' Learn more",
  ];
  const headers = ['From: PayPal <service@paypal.example>', 'Subject: Real', ''];
  it.each([
    ['buttons on one line, tab-separated', [...table, 'Download Original\tCopy to clipboard', ...headers]],
    ['buttons on two lines', [...table, 'Download Original', 'Copy to clipboard', ...headers]],
    ['blank lines around the buttons', ['', ...table, '', 'Download Original', 'Copy to clipboard', '', ...headers]],
    ['CRLF copy', [...table, 'Download Original\tCopy to clipboard', ...headers].map((l) => l + '\r')],
  ] as const)('%s', (_label, lines) => {
    const text = lines.join('\n');
    const r = taken(text);
    expect(r.source).toBe('gmail-show-original');
    expect(splitHeaderBlock(r.lines).fields.map((f) => [f.name, f.value])).toEqual([
      ['From', 'PayPal <service@paypal.example>'],
      ['Subject', 'Real'],
    ]);
  });
});

describe('intake: rejected input is a value, not a throw', () => {
  it.each([
    ['empty', '', 'empty', 'intake.empty'],
    ['blank lines only', '\n\r\n  \n\t', 'empty', 'intake.empty'],
    ['only NBSP and ideographic spaces', '\u00a0\u3000\n', 'empty', 'intake.empty'],
    ['prose, no headers', 'hello world\nthis is not a header\n', 'no-headers', 'intake.no-headers'],
    ['an mbox line alone', 'From sender@example.com Mon Jan  1 10:00:00 2024\n', 'no-headers', 'intake.no-headers'],
    ['indented header only', '  From: a@x.test\n', 'no-headers', 'intake.no-headers'],
  ] as const)('%s -> %s', (_label, text, status, id) => {
    const r = intake(text);
    expect(r).toMatchObject({ ok: false, status, finding: { id, severity: 'bad' } });
  });

  it(`input over LIMITS.maxInputChars (${String(LIMITS.maxInputChars)}) is too-large; at the cap it is read`, () => {
    const head = 'From: a@x.test\nTo: b@y.test\n\n';
    const atCap = head + 'x'.repeat(LIMITS.maxInputChars - head.length);
    expect(atCap.length).toBe(LIMITS.maxInputChars);
    const ok = intake(atCap);
    expect(ok.ok).toBe(true);
    const over = intake(atCap + 'x');
    expect(over).toMatchObject({ ok: false, status: 'too-large', finding: { id: 'intake.too-large', severity: 'bad' } });
    if (!over.ok) expect(over.finding.detail).toContain(`The input is 52,428,801 characters (50.0 MiB); the limit is 52,428,800 characters`);
  });
});

describe('intake: line endings and stray CRs', () => {
  it.each([
    ['crlf', 'A: 1\r\nB: 2\r\n\r\n', 0],
    ['lf', 'A: 1\nB: 2\n\n', 0],
    ['cr', 'A: 1\rB: 2\r\r', 0],
    ['mixed', 'A: 1\r\nB: 2\n\n', 0],
    ['none', 'A: 1', 0],
    ['lf', 'A: 1\rX: 2\nB: 2\n\n', 1],
  ] as const)('%s (%#)', (ending, text, stray) => {
    expect(taken(text)).toMatchObject({ lineEnding: ending, strayCarriageReturns: stray });
  });

  it('CRLF, LF and CR-only versions of one message give the same header names', () => {
    const lf = fixture('rfc5322-A.4-trace-fields.eml').replace(/\r\n/g, '\n');
    const expected = names(lf);
    expect(names(lf.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(names(lf.replace(/\n/g, '\r'))).toEqual(expected);
    expect(firstLine(lf.replace(/\n/g, '\r'))).toBe('Received: from x.y.test');
  });
});

describe('decodeInputBytes', () => {
  it.each([
    ['UTF-8', [0x41, 0xc3, 0xa9], 'Aé'],
    ['UTF-8 byte order mark dropped', [0xef, 0xbb, 0xbf, 0x41], 'A'],
    ['invalid UTF-8 falls back to Latin-1', [0x41, 0xe9, 0x42], 'AéB'],
    ['every byte is kept (no U+FFFD)', [0xff, 0xfe, 0xa0, 0x00], 'ÿþ\u00a0\u0000'],
    ['empty', [], ''],
  ] as const)('%s', (_label, bytes, text) => {
    expect(decodeInputBytes(Uint8Array.from(bytes))).toBe(text);
  });

  it('any byte string decodes to one character per byte when it is not UTF-8', () => {
    // 0x80-0x9F: Node gives C1 controls, browsers (WHATWG "latin1" = windows-1252) mostly cp1252 letters.
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
    const text = decodeInputBytes(bytes);
    expect(text).toHaveLength(256);
    expect(text).not.toContain('\ufffd');
  });
});

describe('intake of a large message: the body is not cut into lines', () => {
  it.each([
    ['mbox line and junk before the headers', 'From MAILER-DAEMON Thu Apr 29 2015\nnoise line\nFrom: a@example.com\n\nbody\n'],
    ['a byte order mark', '\ufeffFrom: a@example.com\r\n\r\nbody'],
    ['no blank line (repaired)', 'From: a@example.com\nthis is the body\nmore\n'],
  ])('%s: the body as a slice of the text equals the joined lines', (_label, text) => {
    const r = taken(text);
    expect(splitHeaderBlock(r.lines, r.rest, r.whole).body).toBe(splitHeaderBlock(r.lines, r.rest).body);
  });

  const MB = 1024 * 1024;
  const bodyLine = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3\r\n';
  const body = bodyLine.repeat(Math.ceil((5 * MB) / bodyLine.length)) + 'last line, no break';
  const head = 'From: a@example.com\r\nSubject: big\r\n\r\n';

  it('a 5 MB message: few lines split, the body text exact (lines + rest)', () => {
    const r = taken(head + body);
    expect(r.lines.length).toBeLessThan(40_000);
    expect(r.rest.length).toBeGreaterThan(2 * MB);
    const block = splitHeaderBlock(r.lines, r.rest);
    expect(block.fields.map((f) => f.name)).toEqual(['From', 'Subject']);
    expect(block.body).toBe(body);
    // The same body as one slice of the text the lines came from.
    expect(splitHeaderBlock(r.lines, r.rest, r.whole).body).toBe(body);
    expect(r.lineEnding).toBe('crlf');
  });

  it('a lone LF deep in the body still makes the line endings "mixed"', () => {
    expect(taken(head + body + '\nx\n').lineEnding).toBe('mixed');
  });

  it('junk of more than the head limit before the headers: all lines are split, the headers are found', () => {
    const junk = `${'x'.repeat(3 * MB)}\r\n`;
    const r = taken(junk + head + 'body\r\n');
    expect(r.rest).toBe('');
    expect(splitHeaderBlock(r.lines, r.rest).body).toBe('body\r\n');
    expect(splitHeaderBlock(r.lines, r.rest, r.whole).body).toBe('body\r\n');
  });

  it('a header block larger than the head limit: still reported too large, as without the shortcut', () => {
    const huge = `X-Big: ${'a'.repeat(LIMITS.maxHeaderBlockChars)}\r\n`.repeat(3);
    const r = taken(`From: a@example.com\r\n${huge}\r\nbody\r\n`);
    expect(splitHeaderBlock(r.lines, r.rest).tooLarge).toBe(true);
  });
});
