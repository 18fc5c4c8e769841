import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rfc822Gate } from '../../../lib/webmail/rfc822-gate';

const MSG = 'Received: from a by b; Tue, 14 Oct 2025 09:17:36 +0000\r\nFrom: a@example.com\r\nSubject: hi\r\n folded\r\n\r\nbody\r\n';

describe('rfc822Gate', () => {
  it.each([
    ['RFC 5322 message with CRLF', MSG, 3],
    ['LF only, headers only (no body)', 'From: a@example.com\nMessage-ID: <1@x>\n', 2],
    ['mbox From line first (RFC 4155)', 'From a@example.com Tue Oct 14 09:17:36 2025\nFrom: a@example.com\nTo: b@example.com\n\nx', 2],
    ['DKIM-Signature only identity', 'DKIM-Signature: v=1; d=example.com\nSubject: x\n\n', 2],
    ['obsolete space before colon (RFC 5322 §4.5.4)', 'Subject : x\nFrom: a@example.com\n\n', 2],
    ['leading blank lines and BOM', '\uFEFF\r\n\r\nFrom: a@example.com\r\nTo: b@example.com\r\n\r\n', 2],
    // Outlook's dialog rendered as HTML drops the indentation of folded lines; the header splitter re-joins them.
    ['folded lines that lost their indentation', 'Received: from a\nby b with ESMTPS; Tue, 14 Oct 2025 09:17:36 +0000\nFrom: a@example.com\nTo: b@example.com\n\n', 3],
  ])('accepts: %s', (_name, text, count) => {
    expect(rfc822Gate(text)).toEqual({ ok: true, headerCount: count });
  });

  it.each([
    ['empty', '   \n', 'empty'],
    ['an HTML page', '<!doctype html><html><body>Sign in</body></html>', 'html'],
    ['JSON error', '{"error":"denied"}', 'no-header-block'],
    ['prose', 'hello, this is just a note\nwith no headers', 'no-header-block'],
    ['one field only', 'From: a@example.com\n\nbody', 'no-header-block'],
    ['no identity field', 'Subject: x\nTo: b@example.com\n\n', 'no-identity-field'],
    ['continuation before any field', ' folded\nFrom: a@example.com\n', 'no-header-block'],
    ['markup after a field', 'From: a@example.com\n<div>x</div>\nTo: b@example.com\n', 'no-header-block'],
    ['prose with one colon', 'Note: the page could not be shown\nplease try again later\n', 'no-header-block'],
  ])('refuses: %s', (_name, text, reason) => {
    expect(rfc822Gate(text)).toEqual({ ok: false, reason });
  });

  it('refuses over the cap', () => {
    expect(rfc822Gate(MSG, 10)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('is total', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const r = rfc822Gate(s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
