/**
 * Provider tables (lib/bounce/catalog/providers/): one hand-written reply per rule, in the provider's
 * documented wording, checked for the reason class (or none: explanation only) and for an explanation
 * that names the provider; then the precedence between provider rules, Orange codes and generic words.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROVIDER_RULES, providerRule, type ProviderRule } from '../../../lib/bounce/catalog/provider-codes';
import { firstRule, hasToken } from '../../../lib/bounce/catalog/provider-rule';
import { APPLE_RULES } from '../../../lib/bounce/catalog/providers/apple';
import { CLOUDFLARE_RULES } from '../../../lib/bounce/catalog/providers/cloudflare';
import { COX_RULES } from '../../../lib/bounce/catalog/providers/cox';
import { FACEBOOK_RULES } from '../../../lib/bounce/catalog/providers/facebook';
import { GODADDY_RULES } from '../../../lib/bounce/catalog/providers/godaddy';
import { GOOGLE_RULES } from '../../../lib/bounce/catalog/providers/google';
import { IUA_RULES } from '../../../lib/bounce/catalog/providers/iua';
import { MESSAGELABS_RULES } from '../../../lib/bounce/catalog/providers/messagelabs';
import { MICROSOFT_RULES } from '../../../lib/bounce/catalog/providers/microsoft';
import { MIMECAST_RULES } from '../../../lib/bounce/catalog/providers/mimecast';
import { SPECTRUM_RULES } from '../../../lib/bounce/catalog/providers/spectrum';
import { TENCENT_RULES } from '../../../lib/bounce/catalog/providers/tencent';
import { YAHOO_RULES } from '../../../lib/bounce/catalog/providers/yahoo';
import { ZOHO_RULES } from '../../../lib/bounce/catalog/providers/zoho';
import { classifyReason } from '../../../lib/bounce/classify-reason';
import { findCodes } from '../../../lib/bounce/codes-in-text';
import { explainCodes } from '../../../lib/bounce/explain';

type Case = readonly [provider: string, line: string, host: string | null, reason: string | null];

const COX = 'mx.east.cox.net';
const GODADDY = 'p3plsmtp.secureserver.net';
const QQ = 'mx3.qq.com';
const ZOHO = 'mx.zoho.com';
const CF = 'route1.mx.cloudflare.net';
const APPLE = 'mx01.mail.icloud.com';
const YAHOO = 'mta7.am0.yahoodns.net';
const MIMECAST = 'eu-smtp-inbound-1.mimecast.com';
const MS = 'example-org.mail.protection.outlook.com';
const GOOGLE = 'gmail-smtp-in.l.google.com';

const CASES: readonly Case[] = [
  ['Cox', '554 5.7.1 Our system has blocked your IP address. AUP#CXBL', null, 'blocked'],
  ['Cox', '421 4.7.0 Reverse DNS of your IP failed AUP#CXDNS', null, 'requireptr'],
  ['Cox', '550 5.7.1 Message rejected, sender domain failed authentication AUP#CXSNDR', null, 'authfailure'],
  ['Cox', '550 5.5.0 Protocol violation, sender cannot be verified AUP#CXSMTP', null, null],
  ['Cox', '421 4.7.0 Too many connections from your host AUP#CXCNCT', null, 'toomanyconn'],
  ['Cox', '550 5.7.1 Sending suspended for unusual activity AUP#CXTHRT', null, 'securityerror'],
  ['Cox', '554 5.7.1 Connection refused, listed in DNSBL AUP#IPBL0101', null, 'blocked'],
  ['Cox', '552 5.7.1 Message rejected: a link is listed AUP#URLBL1001', null, 'spamdetected'],
  ['Cox', '421 cox too many bad commands from 192.0.2.7', COX, 'blocked'],
  ['Cox', '554 rejected - no rDNS for 192.0.2.7', COX, 'requireptr'],
  ['Cox', '554 attachment extension is forbidden', COX, 'policyviolation'],
  ['Cox', '550 <bounce@sender.example> sender rejected', COX, 'rejected'],
  ['Cox', '452 too many sessions from 192.0.2.7', COX, 'toomanyconn'],
  ['Cox', '550 <someone@cox.net> recipient rejected', COX, 'userunknown'],
  ['Spectrum', '554 5.7.1 ESMTP server not available, IP blocked AUP#1000', null, 'blocked'],
  ['Spectrum', '550 5.7.1 Sending blocked for this account AUP#O-1020', null, 'rejected'],
  ['Spectrum', '451 4.3.0 Cannot process now, try later AUP#I-1090', null, 'systemerror'],
  ['Spectrum', '550 5.7.1 Full circle DNS required AUP#I-1130', null, 'requireptr'],
  ['Spectrum', '550 5.7.1 Violates the sending domain policy AUP#I-1170', null, 'policyviolation'],
  ['Spectrum', '550 5.7.1 IPv6 not accepted, use IPv4 AUP#I-1260', null, 'networkerror'],
  ['Spectrum', '421 4.7.0 Too many connections AUP#I-1310', null, 'toomanyconn'],
  ['Spectrum', '452 4.7.0 Rate limit exceeded AUP#I-1420', null, 'speeding'],
  ['Spectrum', '550 5.7.1 From does not match the signed-in address AUP#O-1500', null, 'rejected'],
  ['Spectrum', '552 5.3.4 Message too large AUP#O-1530', null, 'mesgtoobig'],
  ['GoDaddy', '535 Authentication not allowed on these servers. IB401', null, 'securityerror'],
  ['GoDaddy', '550 Blank From: addresses are not allowed. IB501', null, 'notcompliantrfc'],
  ['GoDaddy', '550 example.net From: domain is invalid. IB506', null, 'rejected'],
  ['GoDaddy', '550 Invalid SPF record, check your settings. IB508', null, 'authfailure'],
  ['GoDaddy', '421 Temporarily rejected, reverse DNS failed. IB108', null, 'requireptr'],
  ['GoDaddy', '552 Message rejected as spam by our filters. IB212', null, 'spamdetected'],
  ['GoDaddy', '552 Virus infected message rejected. IB705', null, 'virusdetected'],
  ['GoDaddy', '452 Too many recipients, reduce and retry. IB605', null, 'toomanyconn'],
  ['GoDaddy', '421 Server busy, try again later. IB101', null, null],
  ['GoDaddy', '554 IP blocked for an hour for spam content. IB110', null, 'blocked'],
  ['GoDaddy', '550 Too many messages this hour from this IP. IB504', null, 'speeding'],
  ['GoDaddy', '554 Connection refused, poor Cloudmark reputation. IB103', null, 'badreputation'],
  ['GoDaddy', '554 Connection refused, IP on the Spamhaus SBL. IB104', null, 'blocked'],
  ['GoDaddy', '552 Account storage limit reached for the recipient', GODADDY, 'mailboxfull'],
  ['GoDaddy', '550 Account disabled', GODADDY, 'suspend'],
  ['GoDaddy', '550 Recipient not found', GODADDY, 'userunknown'],
  ['GoDaddy', '421 Delivery timeout', GODADDY, 'expired'],
  ['GoDaddy', '552 Message rejected for spam or virus content', GODADDY, 'spamdetected'],
  ['GoDaddy', '554 Message is looping', GODADDY, 'systemerror'],
  ['i.ua', '550 relaying forbidden, see https://mail.i.ua/err/1/', null, 'norelaying'],
  ['i.ua', '550 no such user, see https://mail.i.ua/err/2/', null, 'userunknown'],
  ['i.ua', '550 mailbox disabled, see https://mail.i.ua/err/3/', null, 'suspend'],
  ['i.ua', '552 mailbox full, see https://mail.i.ua/err/4/', null, 'mailboxfull'],
  ['i.ua', '450 limit exceeded, see https://mail.i.ua/err/5/', null, 'toomanyconn'],
  ['i.ua', '550 bad HELO, see https://mail.i.ua/err/7/', null, 'blocked'],
  ['i.ua', '550 sender unverifiable, see https://mail.i.ua/err/8/', null, 'rejected'],
  ['i.ua', '550 blacklisted, see https://mail.i.ua/err/9/', null, 'blocked'],
  ['i.ua', '550 not on the list, see https://mail.i.ua/err/10/', null, 'filtered'],
  ['QQ Mail', '550 SPF check failed for sender.example', QQ, 'authfailure'],
  ['QQ Mail', '550 Suspected spam ip, connection refused', QQ, 'blocked'],
  ['QQ Mail', '552 Message too large', QQ, 'mesgtoobig'],
  ['QQ Mail', '550 Mail content denied', QQ, 'spamdetected'],
  ['QQ Mail', '550 Suspected SPAM', QQ, null],
  ['QQ Mail', '550 Mail is rejected by recipients', QQ, 'rejected'],
  ['QQ Mail', '550 Mailbox unavailable or access denied', QQ, 'speeding'],
  ['QQ Mail', '550 someone@qq.com is a deactivated mailbox', QQ, 'suspend'],
  ['QQ Mail', '550 Bad address syntax', QQ, 'syntaxerror'],
  ['QQ Mail', '451 Ip frequency limited', QQ, 'toomanyconn'],
  ['QQ Mail', '550 Mailbox not found', QQ, 'userunknown'],
  ['Zoho Mail', '550 5.7.1 Email rejected per DMARC policy for sender.example', ZOHO, 'authfailure'],
  ['Zoho Mail', '451 4.7.1 Greylisted, try again after some time', ZOHO, null],
  ['Zoho Mail', '554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.', ZOHO, 'spamdetected'],
  ['Zoho Mail', '541 5.4.1 Mail rejected by destination domain', ZOHO, null],
  ['Zoho Mail', '554 5.7.7 Email policy violation detected', ZOHO, 'policyviolation'],
  ['Zoho Mail', '452 4.3.1 Temporary System Error', ZOHO, 'systemerror'],
  ['Zoho Mail', '550 5.1.1 User does not exist - <someone@zoho.com>', ZOHO, 'userunknown'],
  ['Zoho Mail', '552 5.7.1 virus Eicar-Test detected by Zoho Mail', null, 'virusdetected'],
  ['Cloudflare', '554 192.0.2.7 found on one or more DNSBLs (examplebl)', CF, 'blocked'],
  ['Cloudflare', '451 Upstream error, try again later', CF, 'systemerror'],
  ['Facebook', '550 5.1.1 RCP-P1 address does not exist', null, 'userunknown'],
  ['Facebook', '550 5.7.1 RCP-P3 blocked by privacy settings', null, 'filtered'],
  ['Facebook', '451 4.3.0 RCP-T1 recipient temporarily unavailable', null, 'systemerror'],
  ['Facebook', '450 4.2.1 RCP-T4 address deactivated', null, 'suspend'],
  ['Facebook', '552 5.3.4 MSG-P1 message too large', null, 'mesgtoobig'],
  ['Facebook', '550 5.7.1 MSG-P2 attachment type not accepted', null, 'contenterror'],
  ['Facebook', '550 5.7.1 MSG-P3 duplicate header field', null, 'notcompliantrfc'],
  ['Facebook', '421 4.7.0 CON-T3 too many new connections', null, 'toomanyconn'],
  ['Facebook', '550 5.1.8 DNS-P2 sender domain has no MX', null, 'rejected'],
  ['Facebook', '550 5.7.1 DNS-P3 no reverse DNS for your server', null, 'requireptr'],
  ['Facebook', '421 4.7.0 POL-T2 not accepting mail from your server for now', null, 'blocked'],
  ['Facebook', '550 5.7.1 POL-P5 message contains a virus', null, 'virusdetected'],
  ['Facebook', '550 5.7.1 POL-P6 message contains a blocked URL', null, 'spamdetected'],
  ['Facebook', '550 5.7.1 POL-P7 does not comply with our policies', null, null],
  ['iCloud Mail', '554 5.7.1 [HME1] Blocked for failing both SPF and DKIM authentication checks', null, 'authfailure'],
  ['iCloud Mail', "554 5.7.1 Rejected due to sender.example's DMARC policy", APPLE, 'authfailure'],
  ['iCloud Mail', '550 5.7.1 Mail from IP 192.0.2.7 was rejected due to listing in Spamhaus SBL', APPLE, 'blocked'],
  ['iCloud Mail', '550 5.1.6 recipient no longer on server: someone@icloud.com', APPLE, 'hasmoved'],
  ['iCloud Mail', '550 5.1.0 host/domain does not accept mail', APPLE, 'notaccept'],
  ['iCloud Mail', '421 4.7.1 Messages to someone@icloud.com deferred due to excessive volume', APPLE, 'speeding'],
  ['iCloud Mail', '550 5.1.1 <someone@icloud.com>: inactive email address', APPLE, 'userunknown'],
  ['iCloud Mail', '550 5.1.1 <someone@icloud.com>: user does not exist', APPLE, 'userunknown'],
  ['Email Security.cloud', '553 Please turn on SMTP Authentication in your mail client', null, 'securityerror'],
  ['Email Security.cloud', '550 someone@example.org... No such user', 'cluster1.eu.messagelabs.com', 'userunknown'],
  ['Yahoo', '550 5.7.9 Blocked: Yahoo requires all senders to authenticate with either SPF or DKIM', null, 'authfailure'],
  ['Yahoo', "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.7, because the ip is in Spamhaus's list", null, 'blocked'],
  ['Yahoo', '451 Message temporarily deferred due to unresolvable RFC.5321 from domain', null, 'rejected'],
  ['Yahoo', '553 5.7.2 [TSS11] All messages from 192.0.2.7 will be permanently deferred', null, 'rejected'],
  ['Yahoo', '554 Headers are not RFC compliant', YAHOO, 'notcompliantrfc'],
  ['Yahoo', '450 User is receiving mail too quickly', YAHOO, 'speeding'],
  ['Yahoo', '421 Max message per connection reached, closing', YAHOO, 'toomanyconn'],
  ['Yahoo', '554 30 This mailbox is disabled (554.30)', YAHOO, 'suspend'],
  ['Yahoo', '552 1 Requested mail action aborted, mailbox not found', YAHOO, 'userunknown'],
  ['Mimecast', '550 SPF Sender Invalid - envelope rejected', null, 'authfailure'],
  ['Mimecast', '550 Local CT IP Reputation - (reject)', null, 'badreputation'],
  ['Mimecast', '421 Sender address blocked', MIMECAST, 'blocked'],
  ['Mimecast', '554 Maximum email size exceeded', MIMECAST, 'mesgtoobig'],
  ['Mimecast', '451 Open relay not allowed', null, 'norelaying'],
  ['Mimecast', '550 Rejected by header-based Anti-Spoofing policy', MIMECAST, 'policyviolation'],
  ['Mimecast', '550 Envelope blocked - User Entry', null, 'rejected'],
  ['Mimecast', '550 Submitter failed to authenticate', null, 'securityerror'],
  ['Mimecast', '452 Too many recipients', MIMECAST, 'toomanyconn'],
  ['Mimecast', '550 Invalid Recipient', MIMECAST, 'userunknown'],
  ['Mimecast', '554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554', null, 'virusdetected'],
  ['Mimecast', '451 Internal resources are temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451', MIMECAST, 'badreputation'],
  ['Mimecast', '451 Recipient temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451', MIMECAST, 'blocked'],
  ['Mimecast', '550 Journal messages past the expiration date', MIMECAST, 'expired'],
  ['Mimecast', '553 This route requires encryption (TLS)', MIMECAST, 'failedstarttls'],
  ['Mimecast', '451 The incorrect hostname used for inbounds', MIMECAST, 'networkerror'],
  ['Mimecast', '451 Account inbounds disabled', MIMECAST, 'notaccept'],
  ['Mimecast', '535 Incorrect authentication data', MIMECAST, 'securityerror'],
  ['Mimecast', '451 Unable to process connection at this time', MIMECAST, 'systemerror'],
  ['Mimecast', '550 Exceeding outbound thread limit', MIMECAST, 'toomanyconn'],
  ['Mimecast', '503 User unknown', MIMECAST, 'userunknown'],
  ['Gmail', '550-5.7.27 The sender does not pass the SPF record of the sending domain', null, 'authfailure'],
  ['Gmail', '550 5.7.30 Gmail requires senders to authenticate with DKIM', null, 'authfailure'],
  ['Gmail', '421 4.7.32 The From: header is not aligned with either the authenticated SPF or DKIM domain', null, 'authfailure'],
  ['Gmail', '421 4.7.0 Suspicious due to the very low reputation of the sending domain', null, 'badreputation'],
  ['Gmail', '421 4.7.0 IP not in whitelist for RCPT domain, closing connection', null, 'blocked'],
  ['Gmail', "552 5.3.4 Your message exceeded Google's message size limits", null, 'mesgtoobig'],
  ['Gmail', '550 5.7.1 Messages missing a valid Message-ID header are not accepted', GOOGLE, 'notcompliantrfc'],
  ['Gmail', '550 5.7.25 The PTR record does not match the IP address of the hostname', null, 'requireptr'],
  ['Gmail', '450 4.2.1 The user is receiving mail at a rate that prevents additional messages', null, 'speeding'],
  ['Gmail', '550 5.2.1 The email account that you tried to reach is disabled', null, 'suspend'],
  ['Gmail', '452 4.5.3 Your message has too many recipients', null, 'toomanyconn'],
  ['Gmail', '550 5.1.1 The email account that you tried to reach does not exist', null, 'userunknown'],
  ['Microsoft', '550 5.7.23 The message was rejected because of Sender Policy Framework violation', MS, 'authfailure'],
  ['Microsoft', '451 4.7.26 Mail must pass either SPF or DKIM validation, this message is not signed', null, 'authfailure'],
  ['Microsoft', '451 4.7.650 The mail server has been temporarily rate limited due to IP reputation', null, 'badreputation'],
  ['Microsoft', '451 4.7.652 The mail server has exceeded the maximum number of connections', null, 'toomanyconn'],
  ['Microsoft', '550 5.7.506 Access denied, Bad HELO', null, 'blocked'],
  ['Microsoft', '550 5.7.510 Access denied, does not accept email over IPv6', null, 'blocked'],
  ['Microsoft', '550 5.7.511 Access denied, banned sender', null, 'blocked'],
  ['Microsoft', '550 5.7.513 Service unavailable, using customer block list', null, 'blocked'],
  ['Microsoft', '451 4.7.520 Access denied, please try again later', null, 'blocked'],
  ['Microsoft', '550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain', null, 'networkerror'],
  ['Microsoft', '550 5.7.1 Unable to relay', MS, 'norelaying'],
  ['Microsoft', '550 5.7.501 Access denied, spam abuse detected', null, 'rejected'],
  ['Microsoft', '550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant', null, 'notcompliantrfc'],
  ['Microsoft', '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup', null, 'rejected'],
  ['Microsoft', '550 5.2.122 The recipient has exceeded their per-hour limit', null, 'speeding'],
  ['Microsoft', '550 5.2.1 Content Filter agent quarantined this message', null, 'spamdetected'],
  ['Microsoft', '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found', null, 'userunknown'],
  ['Microsoft', '550 Requested action not taken: mailbox unavailable', 'mx1.hotmail.com', 'userunknown'],
];

describe('provider rules: one documented reply each', () => {
  it.each(CASES)('%s: %s', (provider, line, host, reason) => {
    const { replyCode, status } = findCodes(line);
    const place = { remoteMta: host, command: null };
    const rule = providerRule(line, status, place);
    expect(rule, 'a provider rule applies').not.toBeNull();
    expect(rule?.reason ?? null).toBe(reason);
    if (reason !== null) expect(classifyReason({ status, replyCode, diagnostic: line, action: 'failed', remoteMta: host })).toBe(reason);
    expect(explainCodes(replyCode, status, line, place)?.meaning).toContain(provider);
  });

  it('every rule of the provider tables is exercised by a case above', () => {
    const hit = new Set<ProviderRule>();
    for (const [, line, host] of CASES) {
      const r = providerRule(line, findCodes(line).status, { remoteMta: host, command: null });
      if (r !== null) hit.add(r);
    }
    const tables = [APPLE_RULES, CLOUDFLARE_RULES, COX_RULES, FACEBOOK_RULES, GODADDY_RULES, GOOGLE_RULES, IUA_RULES, MESSAGELABS_RULES, MICROSOFT_RULES, MIMECAST_RULES, SPECTRUM_RULES, TENCENT_RULES, YAHOO_RULES, ZOHO_RULES];
    const untested = tables.flat().filter((r) => !hit.has(r));
    expect(untested.map((r) => r.entry.title)).toEqual([]);
  });
});

describe('precedence and places', () => {
  it('an Orange / La Poste cause code beats a provider text in the same reply', () => {
    const line = '550 5.7.1 Email flagged as Spam OFR_417 [417]';
    expect(classifyReason({ status: '5.7.1', replyCode: '550', diagnostic: line, action: 'failed', remoteMta: 'mx.zoho.com' })).toBe('mailboxfull');
  });

  it('a generic text without the provider token is unaffected', () => {
    expect(providerRule('550 5.1.1 <a@example.org>: Recipient address rejected: User unknown', '5.1.1')).toBeNull();
    expect(classifyReason({ status: null, replyCode: '550', diagnostic: '550 Recipient rejected', action: 'failed', command: 'DATA', remoteMta: 'mx.example.org' })).not.toBe('userunknown');
  });

  it.each([
    ['550 <a@cox.net> recipient rejected', 'mx.example.org'],
    ['452 Too many recipients', 'mx.example.org'],
    ['550 Mailbox not found', 'mail.example.net'],
  ])('a host-bound rule does not fire for another host: %s', (line, host) => {
    expect(providerRule(line, null, { remoteMta: host, command: null })).toBeNull();
  });

  it('the recipient\'s domain places the reply only when no host is known', () => {
    const line = '550 Mailbox not found';
    expect(providerRule(line, null, { remoteMta: null, command: null, recipient: 'a@qq.com' })?.reason).toBe('userunknown');
    expect(providerRule(line, null, { remoteMta: 'relay.example.org', command: null, recipient: 'a@qq.com' })).toBeNull();
    expect(providerRule(line, null)).toBeNull();
  });

  it.each([
    ['5.7.64', '550 5.7.64 TenantAttribution; Relay Access Denied', true],
    ['5.7.64', '550 5.7.640 Access denied', false],
    ['ib401', 'xib401', false],
    ['ipbl*', 'aup#ipbl0110', true],
    ['i.ua/err/1', 'mail.i.ua/err/10/', false],
  ])('token %s in %s: %s', (token, text, want) => {
    expect(hasToken(text.toLowerCase(), token)).toBe(want);
  });
});

describe('the trigram prefilter changes no answer', () => {
  it('firstRule equals a plain scan of every token, on texts made of token pieces', () => {
    const tokens = PROVIDER_RULES.flatMap((r) => r.tokens.map((t) => t.replace('*', '')));
    const piece = fc.oneof(fc.constantFrom(...tokens), fc.constantFrom(' ', '.', '-', '#', 'x', '5', '(', ''), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.integer({ min: 0, max: 20 }), (parts, cut) => {
        const joined = parts.join('').toLowerCase();
        const lower = joined.slice(Math.min(cut, joined.length));
        const plain = PROVIDER_RULES.find((r) => r.status === undefined && r.hosts === undefined && r.command === undefined && r.tokens.some((t) => hasToken(lower, t))) ?? null;
        const unconstrained = PROVIDER_RULES.filter((r) => r.status === undefined && r.hosts === undefined && r.command === undefined);
        expect(firstRule(unconstrained, lower, null)).toBe(plain);
      }),
      { numRuns: 1000 },
    );
  });
});
