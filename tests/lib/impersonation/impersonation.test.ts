/** impersonationFindings: each sign with its evidence. */
import { describe, expect, it } from 'vitest';
import { impersonationFindings, isMixedScript } from '../../../lib/impersonation';
import type { Mailbox, MessageAddresses } from '../../../lib/report';

function box(address: string, name: string | null = null): Mailbox {
  const at = address.lastIndexOf('@');
  return { name, address, domain: at < 0 ? null : address.slice(at + 1).toLowerCase() };
}

function addrs(from: Mailbox, extra: Partial<MessageAddresses> = {}): MessageAddresses {
  return { from: [from], sender: [], replyTo: [], returnPath: [], to: [], cc: [], ...extra };
}

const ids = (a: MessageAddresses, dmarc: { result: string } | null = null) => impersonationFindings(a, dmarc).map((f) => `${f.id}:${f.severity}`);

describe('impersonation signs', () => {
  it('nothing for an ordinary message', () => {
    expect(ids(addrs(box('news@example.com', 'Example News'), { returnPath: [box('bounce@mail.example.com')] }))).toEqual([]);
  });

  it.each([
    ['Reply-To elsewhere', addrs(box('ceo@example.com', 'The CEO'), { replyTo: [box('ceo.office@freemail.example')] }), ['impersonation.reply-to-differs:warn']],
    ['Return-Path elsewhere', addrs(box('news@example.com'), { returnPath: [box('bounce@esp.example.net')] }), ['impersonation.return-path-differs:info']],
    ['Sender elsewhere', addrs(box('a@example.com'), { sender: [box('list@lists.example.org')] }), ['impersonation.sender-differs:info']],
    ['display name with another address', addrs(box('x@attacker.example', 'service@paypal.com')), ['impersonation.display-name-address:bad', 'impersonation.brand-display-name:warn']],
    ['display name with another domain', addrs(box('x@attacker.example', 'Support (bank.example)')), ['impersonation.display-name-domain:warn']],
    ['brand in display name, wrong domain', addrs(box('x@attacker.example', 'Microsoft 365 Security')), ['impersonation.brand-display-name:warn']],
    ['brand from its own domain', addrs(box('no-reply@microsoft.com', 'Microsoft 365 Security')), []],
    ["Exchange's own notice sender (Microsoft Exchange Recipient)", addrs(box('MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.example', 'Microsoft Outlook')), []],
    // Exchange Online and Outlook.com NDRs: "Microsoft Outlook <postmaster@the organisation's own domain>".
    ["Exchange Online's notice from the reader's own organisation's postmaster", addrs(box('postmaster@contoso.example', 'Microsoft Outlook'), { to: [box('alice@mail.contoso.example')] }), []],
    ["Outlook.com's postmaster", addrs(box('postmaster@outlook.com', 'Microsoft Outlook'), { to: [box('d.moreno@outlook.com')] }), []],
    ["another organisation's postmaster named Microsoft is still flagged", addrs(box('postmaster@ndr-notice.example', 'Microsoft Outlook'), { to: [box('alice@contoso.example')] }), ['impersonation.brand-display-name:warn']],
    ['a look-alike of that sender is still flagged', addrs(box('MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109f@attacker.example', 'Microsoft Outlook')), ['impersonation.brand-display-name:warn']],
    ['the Exchange sender under another brand name is still flagged', addrs(box('MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@attacker.example', 'PayPal Support')), ['impersonation.brand-display-name:warn']],
  ])('%s', (_n, a, expected) => {
    expect(ids(a)).toEqual(expected);
  });

  it('a brand display name on a DMARC-failing domain is bad', () => {
    expect(ids(addrs(box('x@attacker.example', 'PayPal')), { result: 'fail' })).toEqual(['impersonation.brand-display-name:bad']);
  });

  it('mixed-script IDN look-alike shows both forms', () => {
    const f = impersonationFindings(addrs(box('service@xn--pypal-4ve.com', 'Service')), null);
    expect(f.map((x) => x.id)).toEqual(['impersonation.idn', 'impersonation.mixed-script', 'impersonation.lookalike-domain']);
    expect(f[0]?.detail).toContain('pаypal.com');
    expect(f[0]?.detail).toContain('xn--pypal-4ve.com');
  });

  it('ASCII look-alike (paypa1) and whole-script Cyrillic', () => {
    expect(ids(addrs(box('a@paypa1.com')))).toEqual(['impersonation.lookalike-domain:bad']);
    // The classic 2017 homograph: Cyrillic "аррӏе".
    expect(ids(addrs(box('a@xn--80ak6aa92e.com')))).toEqual(['impersonation.idn:info', 'impersonation.whole-script-lookalike:warn', 'impersonation.lookalike-domain:bad']);
  });

  it.each([
    ['paypal', false],
    ['pаypal', true],
    ['日本語', false],
    ['東京タワー', false],
    ['한국abc', false],
    ['αβγabc', true],
  ])('isMixedScript(%s) = %s', (label, mixed) => {
    expect(isMixedScript(label)).toBe(mixed);
  });

  it('no From, no findings', () => {
    expect(impersonationFindings({ from: [], sender: [], replyTo: [], returnPath: [], to: [], cc: [] }, null)).toEqual([]);
  });
});
