import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { walkMime, type WalkedMessage } from '../../../lib/mime/walk';
import { fieldValue, parseContentType, readFields } from '../../../lib/mime/part-headers';
import { decodeBody } from '../../../lib/mime/transfer-decode';
import { joinLines as join, lineAt, nextLine, end } from '../../../lib/mime/text-lines';
import { AsciiText } from '../../../lib/mime/ascii-text';

/**
 * The walker finds delimiters with indexOf on the text instead of splitting it into lines. This reference reads
 * the same RFC 2046 rules the plain way (split every line, visit every line) and must agree on every input.
 */
function referenceWalk(text: string): WalkedMessage {
  const lines = text.split(/\r\n|\n|\r/);
  const parts: WalkedMessage['parts'] = [];
  const joinRef = (a: number, b: number) => lines.slice(a, Math.max(a, b)).join('\n');
  const headerEnd = (a: number, b: number) => {
    for (let i = a; i < b; i++) if ((lines[i] ?? '').trim() === '') return i;
    return -1;
  };
  const kind = (line: string, boundary: string) => {
    if (!line.startsWith('--') || !line.startsWith(boundary, 2)) return null;
    const rest = line.slice(2 + boundary.length);
    if (rest.trim() === '') return 'open';
    return rest.startsWith('--') && rest.slice(2).trim() === '' ? 'close' : null;
  };
  const guess = (a: number, b: number) => {
    const seen = new Map<string, number>();
    for (let i = a; i < b && i < a + 5000; i++) {
      const line = (lines[i] ?? '').trimEnd();
      if (!line.startsWith('--') || line.startsWith('---') || line.length < 6 || line.includes(' ')) continue;
      const token = line.endsWith('--') ? line.slice(2, -2) : line.slice(2);
      const n = (seen.get(token) ?? 0) + 1;
      if (n >= 2) return token;
      seen.set(token, n);
    }
    return null;
  };
  const leaf = (
    type: string,
    params: Map<string, string>,
    fields: ReturnType<typeof readFields>,
    a: number,
    body: number,
    b: number,
  ) => {
    const text = decodeBody(joinRef(body, b), fieldValue(fields, 'content-transfer-encoding'), params.get('charset'));
    return { type, params, fields, text, raw: joinRef(a, b), mayInclude: (ch: string) => text.includes(ch) };
  };
  const entity = (a: number, b: number, depth: number, inherited: string): void => {
    if (parts.length >= 256) return;
    const e = headerEnd(a, b);
    const fields = readFields(lines.slice(a, e < 0 ? b : e));
    const body = e < 0 ? b : e + 1;
    const ct = parseContentType(fieldValue(fields, 'content-type') ?? (inherited === '' ? null : inherited));
    const boundary = ct.params.get('boundary');
    if (ct.type.startsWith('multipart/') && boundary !== undefined && boundary !== '' && depth < 8) {
      multipart(body, b, depth, boundary, ct.type === 'multipart/digest' ? 'message/rfc822' : '');
      return;
    }
    parts.push(leaf(ct.type, ct.params, fields, a, body, b));
  };
  const multipart = (a: number, b: number, depth: number, declared: string, child: string): void => {
    let boundary = declared;
    let found = false;
    for (let i = a; i < b && !found; i++) found = kind(lines[i] ?? '', boundary) !== null;
    if (!found) boundary = guess(a, b) ?? declared;
    let start = -1;
    for (let i = a; i < b; i++) {
      const k = kind(lines[i] ?? '', boundary);
      if (k === null) continue;
      if (start >= 0) entity(start, i, depth + 1, child);
      if (k === 'close') return;
      start = i + 1;
    }
    if (start >= 0) entity(start, b, depth + 1, child);
    else parts.push(leaf('text/plain', new Map(), [], a, a, b));
  };
  const e = headerEnd(0, lines.length);
  const fields = readFields(lines.slice(0, e < 0 ? lines.length : e));
  const ct = parseContentType(fieldValue(fields, 'content-type'));
  entity(0, lines.length, 0, '');
  return { fields, type: ct.type, params: ct.params, parts };
}

function plain(w: WalkedMessage) {
  return {
    ...w,
    parts: w.parts.map((p) => ({ type: p.type, params: p.params, fields: p.fields, text: p.text, raw: p.raw })),
  };
}

const EOL = fc.constantFrom('\r\n', '\n', '\r');
const PIECE = fc.constantFrom(
  'Content-Type: multipart/mixed; boundary="b1"',
  'Content-Type: multipart/alternative; boundary=b2',
  'Content-Type: multipart/digest; boundary="b1"',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Type: message/rfc822',
  'Content-Transfer-Encoding: quoted-printable',
  'Content-Transfer-Encoding: base64',
  '--b1',
  '--b1--',
  '--b2',
  '--b2--  ',
  '--b1 ',
  '--b1x',
  '--guess1',
  '--guess1--',
  'x--b1',
  '',
  ' ',
  '\t',
  'Subject: hi',
  'From: a@b.test',
  'caf=C3=A9 =',
  'QUJDRA==',
  'plain text line',
  ' folded',
  '-- ',
  '---',
);

describe('walkMime finds what a line-by-line walk finds', () => {
  it.each([
    ['no body', 'Subject: x'],
    [
      'CRLF multipart',
      'Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b--\r\n',
    ],
    [
      'lone CR line ends',
      'Content-Type: multipart/mixed; boundary=b\r\r--b\rContent-Transfer-Encoding: quoted-printable\r\rcaf=\r=C3=A9\r--b--',
    ],
    ['no close delimiter', 'Content-Type: multipart/mixed; boundary=b\n\n--b\n\nfirst\n--b\n\nsecond\n'],
    [
      'declared boundary missing',
      'Content-Type: multipart/mixed; boundary=zz\n\n--real1\n\none\n--real1\n\ntwo\n--real1--\n',
    ],
    ['no delimiter at all', 'Content-Type: multipart/mixed; boundary=b\n\njust text\n'],
    [
      'a delimiter inside a line is no delimiter',
      'Content-Type: multipart/mixed; boundary=b\n\nx--b\n--b\n\nin\n--b--',
    ],
    ['empty', ''],
  ])('%s', (_label, text) => {
    expect(plain(walkMime(text))).toEqual(plain(referenceWalk(text)));
  });

  it('on random messages built from MIME pieces and mixed line ends', () => {
    const message = fc.array(fc.tuple(PIECE, EOL), { maxLength: 40 }).map((ls) => ls.map(([l, e]) => l + e).join(''));
    fc.assert(
      fc.property(message, fc.boolean(), (text, cut) => {
        const t = cut ? text.slice(0, -1) : text;
        expect(plain(walkMime(t))).toEqual(plain(referenceWalk(t)));
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) },
    );
  });
});

/** An ASCII string's octets read in place, as analyze() reads a large all-ASCII message. */
function asciiText(s: string): AsciiText {
  const octets = Uint8Array.from(s, (c) => c.charCodeAt(0));
  return new AsciiText(octets, (o) => (byte, from) => o.indexOf(byte, from), (o) => String.fromCharCode(...o));
}

describe('mayInclude says what the decoded text holds, searched where the body lies when it can be', () => {
  const CHARS = ['{', '}', '=', ' ', 'a', 'Q', '-', '\t', '\u00e9'];
  const message = fc.array(
    fc.tuple(
      fc.oneof(
        PIECE,
        fc.constantFrom('{"notificationType":"Bounce"}', 'a { b', '=7B', '=7b', '=7D=00', '==7B', '=\t', 'ew==', 'e30=', 'Content-Type: text/plain; charset=utf-16le'),
      ),
      EOL,
    ),
    { maxLength: 40 },
  );
  // RFC 2045 §6.7: hex digits, "=" and SP/HTAB before a soft line break are in the source without being in the text.
  it.each([
    ['a hex digit of an escape', '=7e', '7', false],
    ['a hex digit of an escape, lower case', '=7e', 'e', false],
    ['the escape', 'a=\r\nb', '=', false],
    ['an escaped "="', '=3D', '=', true],
    ['SP before a soft line break', 'a=  \r\nb', ' ', false],
    ['HTAB before a soft line break', 'a=\t\r\nb', '\t', false],
    ['"{" as written', 'a { b', '{', true],
    ['"{" escaped', 'a =7B b', '{', true],
  ])('a quoted-printable UTF-8 body: %s', (_name, body, ch, holds) => {
    const walked = walkMime(
      `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${body}\r\n`,
    );
    const part = walked.parts[0];
    expect(part?.mayInclude(ch)).toBe(holds);
    expect(part?.text.includes(ch)).toBe(holds);
  });

  it('on random messages: exactly when text.includes, before and after the text is made', () => {
    fc.assert(
      fc.property(message, fc.constantFrom(...CHARS), (ls, ch) => {
        const walked = walkMime(ls.map(([l, e]) => l + e).join(''));
        for (const p of walked.parts) {
          const before = p.mayInclude(ch);
          expect(before).toBe(p.text.includes(ch));
          expect(p.mayInclude(ch)).toBe(before);
        }
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) },
    );
  });

  it('on random ASCII messages read as octets in place (searched only up to each part end): as text.includes', () => {
    fc.assert(
      fc.property(message, fc.constantFrom(...CHARS), (ls, ch) => {
        const s = ls.map(([l, e]) => l + e).join('');
        fc.pre(!/[\u0080-\uffff]/.test(s));
        const walked = walkMime(asciiText(s));
        expect(walked.parts.map((p) => p.type)).toEqual(walkMime(s).parts.map((p) => p.type));
        for (const p of walked.parts) expect(p.mayInclude(ch)).toBe(p.text.includes(ch));
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) },
    );
  });

  it.each([
    ['7bit, as written', 'Content-Type: text/plain', 'a {b}', true],
    ['7bit, not there', 'Content-Type: text/plain', 'no braces here', false],
    [
      'quoted-printable =7B decodes to {',
      'Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable',
      'a =7B b',
      true,
    ],
    ['quoted-printable =7b (lower-case hex) decodes to {', 'Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable', 'a =7b b', true],
    ['quoted-printable "=" before =7B', 'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable', 'a ==7B', true],
    ['quoted-printable, not there', 'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable', 'caf=C3=A9 =\nsoft =3D7B', false],
    ['quoted-printable UTF-16: =7B=00 is {', 'Content-Type: text/plain; charset=utf-16le\nContent-Transfer-Encoding: quoted-printable', '=7B=00', true],
    ['quoted-printable UTF-16: {=7B is one other character', 'Content-Type: text/plain; charset=utf-16le\nContent-Transfer-Encoding: quoted-printable', '{=7B', false],
    ['base64 of "{}"', 'Content-Type: text/plain\nContent-Transfer-Encoding: base64', 'e30=', true],
    ['a { in the part header is not in the text', 'Content-Type: text/plain; x="{"', 'plain', false],
    ['a { after the part is not in it', 'Content-Type: text/plain', 'plain', false],
  ])('%s', (_label, head, body, expected) => {
    const text = `Content-Type: multipart/mixed; boundary=b\n\n--b\n${head}\n\n${body}\n--b--\n{ after the close\n`;
    const [part] = walkMime(text).parts;
    expect(part?.mayInclude('{')).toBe(expected);
    expect(part?.text.includes('{')).toBe(expected);
    const [inPlace] = walkMime(asciiText(text)).parts;
    expect(inPlace?.mayInclude('{')).toBe(expected);
  });
});

describe('text-lines', () => {
  it('visits the lines split() gives, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('', 'a', 'bc', ' '), EOL)).map((ls) => ls.map(([l, e]) => l + e).join('')),
        fc.string({ maxLength: 3 }),
        (head, tail) => {
          const text = head + tail.replace(/[\r\n]/g, '');
          const lines: string[] = [];
          for (let p = 0; p < end(text); p = nextLine(text, p)) lines.push(lineAt(text, p));
          expect(lines).toEqual(text.split(/\r\n|\n|\r/));
          expect(join(text, 0, end(text))).toBe(lines.join('\n'));
        },
      ),
    );
  });
});
