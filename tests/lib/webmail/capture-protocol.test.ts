import { describe, expect, it } from 'vitest';
import { describeProgress, parseFromContent, parseToContent } from '../../../lib/webmail/capture-protocol';
import { CAPTURE_ERROR_CODES, describeCaptureError, describeCaptureSource } from '../../../lib/webmail/capture-errors';
import { reportCacheKey, textFingerprint } from '../../../lib/webmail/report-cache-key';
import { bytesToLatin1, sourceBytesToText } from '../../../lib/webmail/source-text';
import { pickDefaultMessage, viewStateOfClasses } from '../../../lib/webmail/pick-message';
import { webmailPageOf } from '../../../lib/webmail/sites';

describe('popup <-> content messages', () => {
  const page = { site: 'gmail', account: '/mail/u/0/', mode: 'thread', choices: [{ id: 'msg-f:1', from: 'A', date: 'today', expanded: true }], defaultId: 'msg-f:1' };
  it.each([
    [{ type: 'page', page }, { type: 'page', page }],
    [{ type: 'page', page: { ...page, defaultId: 'msg-f:2' } }, { type: 'page', page: { ...page, defaultId: null } }],
    [{ type: 'page', page: { ...page, mode: 'evil' } }, null],
    [{ type: 'page', page: { ...page, choices: [{ id: 'msg-f:1', from: 'x'.repeat(500), date: 3 }] } }, { type: 'page', page: { ...page, choices: [{ id: 'msg-f:1', from: 'x'.repeat(200), date: '', expanded: false }] } }],
    [{ type: 'progress', phase: 'fetch', done: 1, total: 2 }, { type: 'progress', phase: 'fetch', done: 1, total: 2 }],
    [{ type: 'progress', phase: 'fetch', done: -1, total: 2 }, null],
    [{ type: 'done', key: 'k', via: 'gmail-download', report: {} }, { type: 'done', key: 'k', via: 'gmail-download', report: {}, causes: [] }],
    [{ type: 'done', key: 'k', via: 'outlook-service', report: {} }, null],
    [{ type: 'done', key: 'k', via: 'telepathy' }, null],
    [
      { type: 'done', key: 'k', via: 'gmail-show-original', causes: [{ path: 'download', code: 'gmail.download-blocked', detail: 7 }, { path: 'elsewhere', code: 'gmail.no-message' }] },
      { type: 'done', key: 'k', via: 'gmail-show-original', report: undefined, causes: [{ path: 'download', code: 'gmail.download-blocked', detail: '' }] },
    ],
    [{ type: 'error', code: 'gmail.no-message', detail: 5 }, { type: 'error', code: 'gmail.no-message', detail: '', causes: [] }],
    [
      { type: 'error', code: 'gmail.both-failed', detail: '', causes: [{ path: 'download', code: 'gmail.download-blocked', detail: '' }, { path: 'show-original', code: 'gmail.endpoint-error', detail: 'HTTP 500' }, { path: 'download', code: 'webmail.network', detail: '' }] },
      { type: 'error', code: 'gmail.both-failed', detail: '', causes: [{ path: 'download', code: 'gmail.download-blocked', detail: '' }, { path: 'show-original', code: 'gmail.endpoint-error', detail: 'HTTP 500' }] },
    ],
    [{ type: 'error', code: 'outlook.service-refused', detail: '' }, null],
    [{ type: '__proto__' }, null],
  ])('parseFromContent(%j)', (x, want) => {
    expect(parseFromContent(x)).toEqual(want);
  });

  it.each([
    [{ type: 'inspect' }, { type: 'inspect' }],
    [{ type: 'capture', messageId: 'msg-f:1' }, { type: 'capture', messageId: 'msg-f:1' }],
    [{ type: 'capture', messageId: null, allowService: true }, { type: 'capture', messageId: null }],
    [{ type: 'capture', messageId: 7 }, null],
    [{ type: 'fetch-anything', url: 'https://evil.example' }, null],
  ])('parseToContent(%j)', (x, want) => {
    expect(parseToContent(x)).toEqual(want);
  });

  it.each([
    ['fetch', 3 * 1048576, 12 * 1048576, 'Fetching the source… 3.0 of 12.0 MB'],
    ['fetch', 1048576, 0, 'Fetching the source… 1.0 MB'],
    ['fetch', 0, 0, 'Fetching the source…'],
    ['upload', 5, 20, 'Handing the source to the analyser… 25%'],
    ['analyse', 0, 0, 'Analysing…'],
  ] as const)('describeProgress(%s, %d, %d)', (phase, done, total, want) => {
    expect(describeProgress(phase, done, total)).toBe(want);
  });
});

describe('capture errors', () => {
  it('every code has a title, a message and a fallback that names a way forward', () => {
    for (const code of CAPTURE_ERROR_CODES) {
      const t = describeCaptureError(code, 'gmail');
      expect(t.title.length).toBeGreaterThan(0);
      expect(t.message.length).toBeGreaterThan(0);
      expect(t.fallback).toMatch(/paste/i);
    }
  });
  it.each([
    ['gmail.selectors-changed', 'gmail', /Show original/],
    ['outlook.open-source-dialog', 'outlook', /View message source/],
    ['webmail.too-large', 'outlook', /View message source/],
    ['webmail.unsupported-page', null, /^Paste/],
  ] as const)('%s points to the right fallback', (code, site, re) => {
    expect(describeCaptureError(code, site).fallback).toMatch(re);
  });
  it('appends a capped detail', () => {
    expect(describeCaptureError('gmail.endpoint-error', 'gmail', 'HTTP 500').message).toMatch(/\(HTTP 500\)$/);
  });
  it('names the byte-exact manual fallback for Gmail and both Outlook menus', () => {
    expect(describeCaptureError('gmail.endpoint-html', 'gmail').fallback).toMatch(/"Download message" saves the \.eml/);
    expect(describeCaptureError('outlook.open-source-dialog', 'outlook').fallback).toMatch(/View message source.*View message details, headers only/);
  });
  it('both failures are reported, each with its reason', () => {
    const t = describeCaptureError('gmail.both-failed', 'gmail', '', [
      { path: 'download', code: 'gmail.download-blocked', detail: '' },
      { path: 'show-original', code: 'gmail.endpoint-error', detail: 'HTTP 500' },
    ]);
    expect(t.title).toBe('Gmail gave neither the download nor "Show original"');
    expect(t.message).toBe('Both ways of reading the message failed. Download original: The browser blocked the download. Show original: Gmail answered with an error (HTTP 500).');
  });
});

describe('describeCaptureSource', () => {
  it('after a failed download, says so and names "Download message"', () => {
    expect(describeCaptureSource('gmail-show-original', [{ path: 'download', code: 'gmail.download-blocked', detail: '' }])).toMatch(
      /^The byte-exact download failed \(The browser blocked the download\), so this is the text Gmail shows; .*"Download message"/,
    );
  });
  it('explains a headers-only Outlook capture', () => {
    expect(describeCaptureSource('outlook-details', [])).toMatch(/headers only.*DKIM body hash/);
  });
  it.each(['gmail-download', 'outlook-dialog', null])('%s: nothing to add', (via) => {
    expect(describeCaptureSource(via, [])).toBeNull();
  });
});

describe('small helpers', () => {
  it('cache keys and fingerprints are stable', () => {
    expect(reportCacheKey('https://mail.google.com', '/mail/u/1/', 'msg-f:1')).toBe('hs.report|https://mail.google.com|/mail/u/1/|msg-f:1');
    expect(textFingerprint('abc')).toBe(textFingerprint('abc'));
    expect(textFingerprint('abc')).not.toBe(textFingerprint('abd'));
    expect(textFingerprint('a'.repeat(200_000) + 'b')).not.toBe(textFingerprint('a'.repeat(200_000) + 'c'));
  });

  it('bytes -> text: UTF-8 when valid, else true ISO-8859-1 (0x80-0x9F kept)', () => {
    expect(sourceBytesToText(new TextEncoder().encode('Subject: café'))).toBe('Subject: café');
    const latin = new Uint8Array([0x41, 0x80, 0x9f, 0xe9]);
    expect(sourceBytesToText(latin)).toBe('A\u0080\u009f\u00e9');
    expect(bytesToLatin1(new Uint8Array(70000).fill(0x41)).length).toBe(70000);
  });

  it.each([
    [['adn', 'h7'], 'expanded'],
    [['kv'], 'collapsed'],
    [['kQ', 'h7'], 'hidden'],
    [['foo'], null],
  ])('viewStateOfClasses(%j)', (classes, want) => {
    expect(viewStateOfClasses(classes)).toBe(want);
  });

  it.each([
    [[{ id: 'a', state: 'expanded' }, { id: 'b', state: 'expanded' }, { id: 'c', state: 'collapsed' }], 'b'],
    [[{ id: 'a', state: 'collapsed' }, { id: 'b', state: 'hidden' }], 'b'],
    [[], null],
  ] as const)('pickDefaultMessage', (list, want) => {
    expect(pickDefaultMessage(list)).toBe(want);
  });

  it.each([
    ['https://mail.google.com/mail/u/1/#inbox/FMfcgz', 'gmail'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://outlook.office365.com/mail/', 'outlook'],
    ['http://mail.google.com/', null],
    ['https://mail.google.com.evil.example/', null],
    ['chrome://extensions', null],
    [undefined, null],
  ])('webmailPageOf(%j)', (url, site) => {
    expect(webmailPageOf(url)?.site ?? null).toBe(site);
  });
});
