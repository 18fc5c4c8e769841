import { describe, expect, it } from 'vitest';
import {
  gmailAccountPath,
  gmailDownloadUrl,
  gmailShowOriginalUrl,
  isGmailAccountPath,
  isShowOriginalSearch,
  showOriginalIds,
} from '../../../lib/webmail/gmail-urls';

describe('gmailAccountPath: the account index comes from the URL', () => {
  it.each([
    ['/mail/u/0/', '/mail/u/0/'],
    ['/mail/u/1/', '/mail/u/1/'],
    ['/mail/u/12/#inbox', '/mail/u/12/'],
    ['/mail/u/01/', '/mail/u/1/'],
    ['/mail/', '/mail/u/0/'], // one signed-in account: no /u/ part (InboxSDK default)
    ['/mail/b/AEx-k_9/u/2/', '/mail/b/AEx-k_9/u/2/'], // delegated mailbox
    ['/mail/u/x/', '/mail/u/0/'],
    ['/other', '/mail/u/0/'],
    ['/mail/b/<script>/u/0/', '/mail/u/0/'],
  ])('%s -> %s', (path, want) => {
    expect(gmailAccountPath(path)).toBe(want);
  });

  it.each([
    ['/mail/u/1/', true],
    ['/mail/b/AEx/u/0/', true],
    ['/mail/u/1', false],
    ['/mail/u/01/', false],
    ['/evil/', false],
  ])('isGmailAccountPath(%j) = %s', (path, want) => {
    expect(isGmailAccountPath(path)).toBe(want);
  });
});

describe('source URLs', () => {
  it('download URL: view=att with the legacy id, zw flag and a cache-buster', () => {
    expect(gmailDownloadUrl('https://mail.google.com', '/mail/u/1/', '1988d2b4f9d5a7e2', '1760000000000')).toBe(
      'https://mail.google.com/mail/u/1/?view=att&th=1988d2b4f9d5a7e2&attid=0&disp=comp&safe=1&zw&cacheCounter=1760000000000',
    );
  });

  it('Show-original URL: ik, view=om, permmsgid (url-encoded)', () => {
    expect(gmailShowOriginalUrl('https://mail.google.com', '/mail/u/0/', 'a1b2c3d4e5', 'msg-f:1839952122508322786')).toBe(
      'https://mail.google.com/mail/u/0/?ik=a1b2c3d4e5&view=om&permmsgid=msg-f%3A1839952122508322786',
    );
  });

  it.each([
    ['?ik=abc&view=om&permmsgid=msg-f:1', true, { permmsgid: 'msg-f:1', th: null }],
    ['?view=om&th=18f2a', true, { permmsgid: null, th: '18f2a' }],
    ['?view=att&th=18f2a', false, { permmsgid: null, th: '18f2a' }],
    ['', false, { permmsgid: null, th: null }],
  ])('%j', (search, om, ids) => {
    expect(isShowOriginalSearch(search)).toBe(om);
    expect(showOriginalIds(search)).toEqual(ids);
  });
});
