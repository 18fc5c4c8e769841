/** The provider's documented authserv-ids: exact names only, never an organisational-domain or trailing-dot match. */
import { describe, expect, it } from 'vitest';
import { isProviderId, writesNoAuthservId } from '../../../lib/authresults/provider-ids';

const GMAIL = { host: 'mx.google.com', provider: 'Gmail / Google Workspace' };
const YAHOO = { host: null, provider: 'Yahoo / AOL' };

describe('isProviderId', () => {
  it.each([
    [GMAIL, 'mx.google.com', true],
    [GMAIL, 'MX.Google.COM', true],
    [GMAIL, 'mx.google.com.', false],
    [GMAIL, 'google.com', false],
    [GMAIL, 'evil.google.com', false],
    [GMAIL, 'gmail.com', false],
    [{ host: 'mx.google.com', provider: null }, 'mx.google.com', true],
    [YAHOO, 'atlas312.free.mail.ne1.yahoo.com', true],
    [YAHOO, 'atlas207.aol.mail.bf1.yahoo.com', true],
    [YAHOO, 'atlas.evil.example', false],
    [YAHOO, 'mail.yahoo.com', false],
    [{ host: 'mx6.messagingengine.com', provider: 'Fastmail' }, 'mx3.messagingengine.com', true],
    [{ host: 'mx6.messagingengine.com', provider: 'Fastmail' }, 'messagingengine.com', false],
    [{ host: 'p123-mailgateway-smtp.icloud.com', provider: 'iCloud' }, 'dkim-verifier.icloud.com', true],
    [{ host: 'mailin.protonmail.ch', provider: 'Proton Mail' }, 'mail.protonmail.ch', true],
    [{ host: 'mx.example.org', provider: 'example.org' }, 'mx.example.org', true],
    [{ host: 'mx.example.org', provider: 'example.org' }, 'example.org', false],
    [GMAIL, '', false],
  ])('%o names %s: %s', (who, id, expected) => {
    expect(isProviderId(id, who)).toBe(expected);
  });

  it('Microsoft 365 writes no authserv-id; others do', () => {
    expect(
      writesNoAuthservId({
        host: 'am4pepf00027a5f.mail.protection.outlook.com',
        provider: 'Microsoft 365 / Outlook.com',
      }),
    ).toBe(true);
    expect(writesNoAuthservId({ host: 'x.mail.protection.outlook.com', provider: null })).toBe(true);
    expect(writesNoAuthservId(GMAIL)).toBe(false);
  });
});
