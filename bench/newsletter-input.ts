/**
 * The ~100 KB bench input: a newsletter as mailing services send it. The 6.5 KB header block of inputs.ts, then
 * multipart/alternative with a quoted-printable text part and a quoted-printable HTML part full of tracked links
 * (the body the deliverability stage reads for link domains). Deterministic: words and link ids come from an LCG.
 */
import { lcgBytes, typicalHeaderBlock } from './inputs';

const CRLF = '\r\n';
const WORDS = [
  'quarterly',
  'update',
  'features',
  'release',
  'customers',
  'pricing',
  'security',
  'workspace',
  'dashboard',
  'report',
  'improved',
  'faster',
  'team',
  'invoice',
  'account',
  'settings',
  'webinar',
  'register',
  'learn',
  'more',
  'the',
  'a',
  'and',
  'for',
  'with',
  'your',
  'new',
  'now',
  'in',
  'of',
  'to',
  'is',
  'we',
  'have',
  'this',
  'month',
];
const LINK_HOSTS = [
  'contoso.com',
  'links.contoso.com',
  'click.mailer.example',
  'cdn.contoso-static.net',
  'www.youtube.com',
  'twitter.com',
];

/** Soft line breaks of quoted-printable (RFC 2045 §6.7 rule 5): lines of at most 76 characters ending in "=". */
function qpWrap(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let rest = line;
    while (rest.length > 75) {
      out.push(`${rest.slice(0, 75)}=`);
      rest = rest.slice(75);
    }
    out.push(rest);
  }
  return out.join(CRLF);
}

/** `count` words from the LCG, sentence-shaped. */
function sentence(bytes: Uint8Array, at: number, count: number): string {
  const w: string[] = [];
  for (let i = 0; i < count; i++) w.push(WORDS[(bytes[(at + i) % bytes.length] ?? 0) % WORDS.length] ?? 'word');
  const s = w.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

function paragraphs(n: number, seed: number): string[] {
  const bytes = lcgBytes(4096, seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++)
    out.push([0, 1, 2, 3].map((k) => sentence(bytes, i * 40 + k * 10, 8 + ((bytes[i] ?? 0) % 8))).join(' '));
  return out;
}

function link(i: number, ids: Uint8Array): string {
  const host = LINK_HOSTS[i % LINK_HOSTS.length] ?? 'contoso.com';
  const id = Array.from(ids.subarray((i * 12) % 4000, ((i * 12) % 4000) + 12), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  return `https://${host}/c/${id}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=june`;
}

/** The HTML part: a table layout with a link per paragraph, as bulk mailers write them. */
function htmlPart(paras: readonly string[]): string {
  const ids = lcgBytes(4096, 0xfeed);
  const rows = paras.map(
    (p, i) =>
      `<tr><td style="padding:12px 24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#333333;">${p} ` +
      `<a href="${link(i, ids)}" style="color:#0067b8;text-decoration:underline;">Read more</a></td></tr>`,
  );
  return (
    `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Contoso News</title></head>` +
    `<body style="margin:0;padding:0;background:#f3f3f3;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n` +
    rows.join('\n') +
    `\n</table><p style="font-size:11px;color:#777777;">You receive this because you subscribed. <a href="https://contoso.com/unsubscribe">Unsubscribe</a></p></body></html>`
  );
}

/** (c) About 100 KB: the typical header block, multipart/alternative, text and HTML in quoted-printable. */
export function newsletterMessage(): string {
  const boundary = '_b1_newsletter_alternative_';
  const paras = paragraphs(100, 0xab12);
  const text = paras.join('\n\n');
  const html = htmlPart(paras).replaceAll('=', '=3D');
  return (
    typicalHeaderBlock() +
    `Content-Type: multipart/alternative;${CRLF}\tboundary="${boundary}"${CRLF}${CRLF}` +
    `--${boundary}${CRLF}Content-Type: text/plain; charset="utf-8"${CRLF}Content-Transfer-Encoding: quoted-printable${CRLF}${CRLF}` +
    qpWrap(text) +
    `${CRLF}--${boundary}${CRLF}Content-Type: text/html; charset="utf-8"${CRLF}Content-Transfer-Encoding: quoted-printable${CRLF}${CRLF}` +
    qpWrap(html) +
    `${CRLF}--${boundary}--${CRLF}`
  );
}
