import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences, extractRawMessageText, legacyIdFromShowOriginal } from '../../../lib/webmail/show-original-html';

describe('extractRawMessageText', () => {
  it('reads pre#raw_message_text, decodes references, keeps CRLF, drops the first newline', () => {
    const html =
      '<html><body><div class="top-area"><table></table></div>' +
      '<pre class="raw_message_text" id="raw_message_text">\r\nFrom: &quot;A&quot; &lt;a@example.com&gt;\r\nSubject: caf&#233; &amp; &#x1F600;\r\n\r\nbody</pre></body></html>';
    expect(extractRawMessageText(html)).toBe('From: "A" <a@example.com>\r\nSubject: café & 😀\r\n\r\nbody');
  });

  it('removes tags inside the pre (a linkified URL) but keeps their text', () => {
    expect(extractRawMessageText('<pre id="raw_message_text">X-Link: <a href="https://e.example">https://e.example</a></pre>')).toBe(
      'X-Link: https://e.example',
    );
  });

  it.each([
    ['no pre', '<html><body>Sign in</body></html>'],
    ['unterminated pre', '<pre id="raw_message_text">From: a'],
  ])('%s -> null', (_name, html) => {
    expect(extractRawMessageText(html)).toBeNull();
  });
});

describe('decodeCharacterReferences', () => {
  it.each([
    ['&lt;&gt;&amp;&quot;&#39;&apos;', '<>&"\'\''],
    ['a & b', 'a & b'],
    ['&unknown; &#xZZ; &#0; &#xD800;', '&unknown; &#xZZ; \uFFFD \uFFFD'],
    ['&amp;lt;', '&lt;'],
  ])('%j -> %j', (s, want) => {
    expect(decodeCharacterReferences(s)).toBe(want);
  });
});

describe('extractRawMessageText finds the right pre', () => {
  it('skips a mention of raw_message_text outside a pre tag and other pre elements', () => {
    const html = '<!-- pre#raw_message_text --><pre class="other">no</pre><pre id="raw_message_text">From: a</pre>';
    expect(extractRawMessageText(html)).toBe('From: a');
  });
});

describe('legacyIdFromShowOriginal', () => {
  it.each([
    ['relative link with &amp;', '<a href="?view=att&amp;th=19b5000000000001&amp;attid=0&amp;disp=comp&amp;safe=1&amp;zw" class="download-link">Download Original</a>', '19b5000000000001'],
    ['absolute /mail link (InboxSDK pattern)', '<p><a class="x" href="/mail/u/1/?ui=2&amp;ik=abc&amp;view=att&amp;th=1988D2B4F9D5A7E2&amp;attid=0&amp;disp=comp">x</a></p>', '1988d2b4f9d5a7e2'],
    ['other links first', '<a href="https://support.google.com/mail/?p=x">Help</a><a href="?view=att&amp;th=abc123&amp;attid=0">dl</a>', 'abc123'],
  ])('%s', (_name, html, want) => {
    expect(legacyIdFromShowOriginal(html)).toBe(want);
  });

  it.each([
    ['no link', '<html><body><pre id="raw_message_text">From: a</pre></body></html>'],
    ['a view=att link without th', '<a href="?view=att&amp;attid=0">x</a>'],
    ['th that is not hex', '<a href="?view=att&amp;th=zz&amp;attid=0">x</a>'],
    ['unterminated attribute', '<a href="?view=att&amp;th=abc'],
  ])('%s -> null', (_name, html) => {
    expect(legacyIdFromShowOriginal(html)).toBeNull();
  });

  it('gives up after 500 links that are not the download', () => {
    const html = `${'<a href="/x?y=1">a</a>'.repeat(500)}<a href="?view=att&amp;th=abc">late</a>`;
    expect(legacyIdFromShowOriginal(html)).toBeNull();
  });
});
