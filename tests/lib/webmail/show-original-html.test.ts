import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences, extractRawMessageText } from '../../../lib/webmail/show-original-html';

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
