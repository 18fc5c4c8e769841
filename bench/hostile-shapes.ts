/**
 * Hostile inputs for the parsers one by one (security goal G2, docs/security-goals.md), each a function of a size so the bench can time
 * it at 1x and 2x (linear-time evidence) while the unit tests run the same shapes once for their results.
 * Sizes are characters of the hostile part; `run` is the parser under attack.
 */
import { parseAddressList } from '../lib/mime/address';
import { decodeEncodedWords } from '../lib/mime/rfc2047';
import { parseMailDate } from '../lib/mime/date';
import { splitHeaderBlock } from '../lib/mime/header-block';
import { splitLines } from '../lib/mime/lines';
import { parseReceived } from '../lib/received/parse';
import { LENIENT, parseAuthResults } from '../lib/authresults';
import { showInvisible } from '../lib/text/visible';
import { extractIk } from '../lib/webmail/gmail-ik';
import { linkDomains } from '../lib/reputation/link-domains';
import { classifyBounce, explainReply } from '../lib/bounce';

export interface HostileShape {
  /** "parser: shape" */
  name: string;
  /** The size used by the unit tests (the bench also times twice this). */
  size: number;
  /** The hostile input of about n characters. */
  make: (n: number) => string;
  /** The parser under attack. */
  run: (input: string) => unknown;
}

const DATE = 'Tue, 14 Oct 2025 09:17:41 +0000';

function shapes(parser: string, run: (input: string) => unknown, size: number, list: [string, (n: number) => string][]): HostileShape[] {
  return list.map(([shape, make]) => ({ name: `${parser}: ${shape}`, size, make, run }));
}

/** Received values (RFC 5321 §4.4 trace fields as the wild writes them, and worse). */
export const RECEIVED_SHAPES: readonly HostileShape[] = shapes('parseReceived', parseReceived, 100_000, [
  ['nested comments', (n) => `from a.example ${'('.repeat(n / 2)}${')'.repeat(n / 2)} by b.example; ${DATE}`],
  ['unclosed "("', (n) => `from a.example ${'('.repeat(n)}`],
  ['many small comments', (n) => `from a.example ${'(x [1.2.3.4] helo=y) '.repeat(n / 21)} by b; ${DATE}`],
  ['auth comments in the from clause', (n) => `from a.example ${'(auth) '.repeat(n / 7)}by b; ${DATE}`],
  ['from clause repeated with auth comments', (n) => `${'from x (auth) '.repeat(n / 14)}by b; ${DATE}`],
  ['quoted-pairs in a comment', (n) => `from a (${'\\('.repeat(n / 2)}) by b; ${DATE}`],
  ['many clauses', (n) => `${'by b.example with x '.repeat(n / 20)}; ${DATE}`],
  ['many ";"', (n) => `from a by b${';'.repeat(n)}`],
  ['many literals', (n) => `from ${'[192.0.2.1]'.repeat(n / 11)} by b; ${DATE}`],
  ['many "[" without "]"', (n) => `from a (${'['.repeat(n)}) by b; ${DATE}`],
  ['many "<"', (n) => `from a by b for ${'<'.repeat(n)}; ${DATE}`],
  ['one long word', (n) => `from ${'a'.repeat(n)} by b; ${DATE}`],
  ['date-like words without ";"', (n) => `by b id ${'1:11:11.1111 '.repeat(n / 13)}`],
  ['TLS-like comment text', (n) => `from a (${'using TLSv1.3 with cipher '.repeat(n / 26)}) by b with ESMTPS; ${DATE}`],
  ['helo= runs', (n) => `from a (${'helo=['.repeat(n / 6)}) by b; ${DATE}`],
]);

/** Authentication-Results values (RFC 8601 §2.2), read leniently as the popup does. */
export const AUTHRES_SHAPES: readonly HostileShape[] = shapes('parseAuthResults', (s) => parseAuthResults(s, LENIENT), 30_000, [
  ['many ;', (n) => `a.example${'; spf=pass'.repeat(n / 10)}`],
  ['many comments', (n) => `a.example; spf=pass ${'(x) '.repeat(n / 4)}`],
  ['deep-ish nesting repeated', (n) => `a.example; spf=pass ${'((x)) '.repeat(n / 6)}`],
  ['unterminated quote', (n) => `a.example; dkim=fail reason="${'a'.repeat(n)}`],
  ['long unquoted value', (n) => `a.example; dkim=pass header.b=${'a/'.repeat(n / 2)}`],
  ['stray words', (n) => `a.example; spf=pass ${'word '.repeat(n / 5)}`],
]);

/** The message-level parsers of lib/mime (RFC 5322 §3.3, §3.4; RFC 2047) and the other text scanners. */
export const PARSER_SHAPES: readonly HostileShape[] = [
  ...shapes('parseAddressList', parseAddressList, 200_000, [
    ['"(" runs', (n) => '('.repeat(n)],
    ['"<" runs', (n) => '<'.repeat(n)],
    ['\'"\' runs', (n) => '"'.repeat(n)],
    ['"\\\\(" runs', (n) => '\\('.repeat(n / 2)],
    ['mailboxes', (n) => 'a@b.test, '.repeat(n / 10)],
    ['atoms, "@", ":" runs', (n) => `${'a '.repeat(n / 4)}@${':'.repeat(n / 2)}`],
    ['atoms, "<>", ":" runs', (n) => `${'a '.repeat(n / 4)}<>${':'.repeat(n / 2)}`],
    ['group openers', (n) => 'g:'.repeat(n / 2)],
    ['encoded-word names', (n) => '=?UTF-8?Q?a?= <a@b.test>,'.repeat(n / 25)],
  ]),
  ...shapes('decodeEncodedWords', (s) => decodeEncodedWords(s), 300_000, [
    ['encoded words', (n) => '=?UTF-8?Q?a?= '.repeat(n / 14)],
    ['B words', (n) => '=?UTF-8?B?YQ==?='.repeat(n / 16)],
    ['unknown-charset words', (n) => '=?x-none?Q?a?= '.repeat(n / 15)],
    ['malformed words', (n) => '=?UTF-8?Q?=ZZ?= '.repeat(n / 16)],
    ['"=?" runs', (n) => '=?'.repeat(n / 2)],
    ['"=?" then a long charset', (n) => `=?${'a'.repeat(n)}`],
    ['"=?a?Q?" runs', (n) => '=?a?Q?'.repeat(n / 6)],
    ['one long Q word', (n) => `=?UTF-8?Q?${'=41'.repeat(n / 3)}?=`],
  ]),
  ...shapes('parseMailDate', parseMailDate, 400_000, [
    ['"(" runs', (n) => '('.repeat(n)],
    ['spaces around colons', (n) => `1 Jan 2024 10${' '.repeat(n / 2)}:${' '.repeat(n / 2)}00`],
    ['":" runs', (n) => ':'.repeat(n)],
    ['digits', (n) => '1'.repeat(n)],
    ['ISO date then digits', (n) => `2024-01-01T${'1'.repeat(n)}`],
    ['whitespace', (n) => ' \t'.repeat(n / 2)],
  ]),
  ...shapes('splitHeaderBlock', (s) => splitHeaderBlock(splitLines(s).lines), 1_000_000, [['folded-colon names', (n) => 'From\n :x\n'.repeat(n / 10)]]),
  ...shapes('splitLines', splitLines, 1_000_000, [['lone CRs in an LF text', (n) => `\n${'\r'.repeat(n)}`]]),
  ...shapes('showInvisible', showInvisible, 200_000, [['zero-width spaces', (n) => '\u200B'.repeat(n)]]),
  ...shapes('extractIk', extractIk, 2_000_000, [['an unbalanced literal', (n) => `GLOBALS=[${'['.repeat(n)}`]]),
  ...shapes('linkDomains', (s) => linkDomains(s), 600_000, [
    ['"http" runs', (n) => 'http'.repeat(n / 4)],
    ['label runs', (n) => `https://${'a.'.repeat(n / 2)}`],
    ['dot runs', (n) => `https://${'.'.repeat(n)}`],
    ['scheme runs', (n) => 'https://'.repeat(n / 8)],
  ]),
  ...shapes('explainReply', explainReply, 600_000, [['repeated status codes', (n) => `550 ${'5.1.1 '.repeat(n / 6)}`]]),
];

/** Whole notices for the bounce decoder (RFC 3464 reports and free-text NDRs, both hostile). */
export const BOUNCE_SHAPES: readonly HostileShape[] = shapes('classifyBounce', classifyBounce, 300_000, [
  ['"<a@b.c>: " runs', (n) => `From: MAILER-DAEMON@x.y\nSubject: failure\n\n${'<a@b.c>: '.repeat(n / 9)}`],
  ['address lines', (n) => `From: MAILER-DAEMON@x.y\nSubject: failure\n\n${'a@b.c\n'.repeat(n / 6)}`],
  ['nested multipart openers', (n) => `Content-Type: multipart/report; boundary=b\n\n${'--b\nContent-Type: multipart/mixed; boundary=b\n\n'.repeat(n / 45)}`],
  ['status-like numbers', (n) => `From: MAILER-DAEMON@x.y\n\n${'5.5.5.5.5.5 550 550-5.1.1 '.repeat(n / 26)}`],
  ['"@" runs', (n) => `From: MAILER-DAEMON@x.y\n\n${'@'.repeat(n)}`],
  ['"host " runs', (n) => `From: MAILER-DAEMON@x.y\n\n${'host '.repeat(n / 5)}`],
]);

/** Every hostile parser shape, for the bench's growth table. */
export const HOSTILE_SHAPES: readonly HostileShape[] = [...RECEIVED_SHAPES, ...AUTHRES_SHAPES, ...PARSER_SHAPES, ...BOUNCE_SHAPES];
