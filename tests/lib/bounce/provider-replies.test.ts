/**
 * Google's and Microsoft's documented replies tied to their status codes (catalog/providers/google-replies.ts,
 * microsoft-replies.ts): replies written as the providers' error references print them, classified from the
 * provider's host; the same words under another code or from another host are not the provider's.
 */
import { describe, expect, it } from 'vitest';
import { providerRule } from '../../../lib/bounce/catalog/provider-codes';
import { GOOGLE_REPLY_RULES } from '../../../lib/bounce/catalog/providers/google-replies';
import { MICROSOFT_REPLY_RULES } from '../../../lib/bounce/catalog/providers/microsoft-replies';
import { classifyReason } from '../../../lib/bounce/classify-reason';
import { findCodes } from '../../../lib/bounce/codes-in-text';

const GOOGLE = 'gmail-smtp-in.l.google.com';
const MS = 'example-org.mail.protection.outlook.com';

function judge(line: string, remoteMta: string | null): string {
  const c = findCodes(line);
  return classifyReason({ status: c.status, replyCode: c.replyCode, diagnostic: line, action: 'failed', remoteMta });
}

describe('documented replies from the provider', () => {
  it.each([
    [
      '421-4.7.28 Gmail has detected an unusual rate of mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.',
      GOOGLE,
      'blocked',
    ],
    ['421-4.7.0 Try again later, closing connection. (EHLO)', GOOGLE, 'blocked'],
    ["552-5.3.4 Your message exceeded Google's message header size limits.", GOOGLE, 'exceedlimit'],
    [
      "550-5.7.1 Invalid credentials for relay [192.0.2.1]. The IP address you've registered in your Workspace SMTP Relay service doesn't match the domain of the account this email is being sent from.",
      GOOGLE,
      'norelaying',
    ],
    [
      '550-5.7.1 [192.0.2.1] Messages missing a valid address in the From: header, or having no From: header, are not accepted.',
      GOOGLE,
      'notcompliantrfc',
    ],
    ['553-5.1.7 The sender address <a@b> is not a valid RFC 5321 address.', GOOGLE, 'notcompliantrfc'],
    [
      '552-5.7.0 This message was blocked because its content presents a potential security issue.',
      GOOGLE,
      'policyviolation',
    ],
    ['530-5.7.0 Must issue a STARTTLS command first.', GOOGLE, 'syntaxerror'],
    ['451-4.3.0 Mail server temporarily rejected message.', GOOGLE, 'systemerror'],
    ['421-4.4.5 Server busy, try again later.', GOOGLE, 'systemerror'],
    ['550 5.4.316 Message expired, connection refused(Socket error code 10061)', MS, 'expired'],
    ['451 4.4.316 Connection refused [Message=Socket error code 10061]', MS, 'networkerror'],
    ['550 5.7.504 Recipient address rejected: Access denied', MS, 'suspend'],
    [
      '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]',
      MS,
      'userunknown',
    ],
    ['550 5.7.323 tlsa-invalid: The domain failed DANE validation', MS, 'failedstarttls'],
    [
      '550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA and receiving system does not support BDAT (invalid characters)',
      MS,
      'contenterror',
    ],
    ['550 5.7.12 The sender was not authenticated by organization', MS, 'rejected'],
    ['550 5.7.701 Access denied, tenant has exceeded threshold', MS, 'speeding'],
    ['451 4.3.2 Service not available', MS, 'systemerror'],
    ['550 5.4.310 DNS domain example.org does not exist [Message=InfoDomainNonexistent]', MS, 'norelaying'],
  ] as const)('%s -> %s', (line, host, want) => {
    expect(judge(line, host)).toBe(want);
  });

  it.each([
    // The same words under another code are not Google's documented reply.
    ['451 4.3.2 Server busy', GOOGLE],
    // The same words from another host are not Microsoft's.
    ['451 4.3.2 Service not available', 'mx.example.org'],
  ])('%s from %s: not a provider rule', (line, host) => {
    const r = providerRule(line, findCodes(line).status, { remoteMta: host, command: null });
    expect(r === null || (!GOOGLE_REPLY_RULES.includes(r) && !MICROSOFT_REPLY_RULES.includes(r))).toBe(true);
  });

  it('no earlier provider rule hides a documented reply: each rule is the first match for its own words and code', () => {
    const hidden: string[] = [];
    for (const [rules, host] of [
      [GOOGLE_REPLY_RULES, GOOGLE],
      [MICROSOFT_REPLY_RULES, MS],
    ] as const) {
      for (const r of rules) {
        const token = r.tokens[0] ?? '';
        const found = providerRule(`550 ${r.status ?? ''} ${token}`, r.status ?? null, {
          remoteMta: host,
          command: null,
        });
        if (found?.reason !== r.reason)
          hidden.push(`${r.status ?? ''} ${token}: ${found?.reason ?? 'none'} want ${r.reason ?? ''}`);
      }
    }
    expect(hidden).toEqual([]);
  });
});
