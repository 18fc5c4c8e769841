import fc from 'fast-check';

/** Line breaks as hostile input writes them: CRLF, LF, lone CR, CR CR LF, LF CR, none. */
const BREAK = fc.constantFrom('\r\n', '\n', '\r', '\r\r\n', '\n\r', '');

/** Line contents a header reader meets: fields, folds, blank and whitespace-only lines, mbox From_ lines, delimiters. */
const CONTENT = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\t',
    '  \t ',
    '\u00a0',
    ' \u000b',
    '\u000c',
    '\u2028',
    '\ufeff',
    'From: a@b.test',
    'From a@b.test Sat Jun  1 14:02:10 2024',
    '>From a@b.test',
    'Subject: hi',
    ' folded',
    '\tfolded',
    'Content-Type: multipart/mixed; boundary="b"',
    'Content-Type: text/plain',
    'Content-Type: message/rfc822',
    'boundary=b',
    '--b',
    '--b--',
    'Received: from x by y; Sat, 1 Jun 2024 14:02:10 +0000',
    'no colon here',
    'Name : value',
    ':',
    'x\ry',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.nat({ max: 6000 }).map((n) => 'X-Long: ' + 'y'.repeat(n)),
);

/** Texts made of random lines and breaks (mixed, CR-only, missing blank line, huge lines all occur). */
export const lineTexts = fc.oneof(
  fc.array(fc.tuple(CONTENT, BREAK), { maxLength: 40 }).map((ls) => ls.map(([l, e]) => l + e).join('')),
  // One break style throughout (CR-only texts among them).
  fc.tuple(fc.array(CONTENT, { maxLength: 30 }), fc.constantFrom('\r\n', '\n', '\r')).map(([ls, e]) => ls.join(e)),
  fc.string({ unit: 'binary', maxLength: 300 }),
);
