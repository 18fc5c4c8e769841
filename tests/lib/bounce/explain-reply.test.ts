import { describe, expect, it } from 'vitest';
import { explainReply, lookupCode } from '../../../lib/bounce';

describe('explainReply', () => {
  it.each([
    // [line, reply, status, reason, hard, command]
    ['550 5.1.1 <x@y.example>: Recipient address rejected: User unknown in local recipient table', '550', '5.1.1', 'userunknown', true, 'RCPT'],
    ['550-5.1.1 The email account that you tried to reach does not exist.', '550', '5.1.1', 'userunknown', true, null],
    ['552 5.2.2 <x@y.example>... Mailbox full', '552', '5.2.2', 'mailboxfull', false, null],
    ['554 5.7.1 <x@y.example>: Relay access denied (in reply to RCPT TO command)', '554', '5.7.1', 'norelaying', false, 'RCPT'],
    ['421 4.7.0 Try again later, closing connection. (EHLO)', '421', '4.7.0', 'onhold', false, null],
    ['550 5.7.26 This mail has been blocked because the sender is unauthenticated.', '550', '5.7.26', 'authfailure', false, null],
    ['host mx.example.com[192.0.2.1] said: 550 5.7.1 Service unavailable; client [192.0.2.9] blocked using zen.spamhaus.org', '550', '5.7.1', 'blocked', false, null],
    ['250 2.0.0 OK queued as 12345', '250', '2.0.0', 'delivered', false, null],
  ])('%s', (line, reply, status, reason, hard, command) => {
    const r = explainReply(line);
    expect(r).not.toBeNull();
    expect([r?.replyCode, r?.status, r?.reason, r?.hard, r?.command]).toEqual([reply, status, reason, hard, command]);
  });

  it('does not take IP addresses, dates or versions for codes', () => {
    expect(explainReply('connect to 192.0.2.250 port 25 at 10:55:00 (version 5.1.1.0)')).toBeNull();
    expect(explainReply('RFC-550 and 1550 and 5501')).toBeNull();
  });

  it('returns null for empty and non-code text', () => {
    expect(explainReply('')).toBeNull();
    expect(explainReply('hello world')).toBeNull();
  });

  it('keeps hostile text as data', () => {
    const r = explainReply('550 5.1.1 <img src=x onerror=alert(1)> __proto__ constructor');
    expect(r?.text).toContain('<img');
    expect(r?.status).toBe('5.1.1');
  });
});

describe('explainReply on a pasted NDR paragraph that names the answering host', () => {
  const said = '550 Unknown user a@docomo.ne.jp (in reply to end of DATA command)';
  it('applies the rules of that host', () => {
    const r = explainReply(`<a@docomo.ne.jp>: host mfsmax.docomo.ne.jp[203.0.113.1] said: ${said}`);
    expect(r?.command).toBe('DATA');
    expect(r?.reason).toBe('rejected');
    expect(r?.explanation?.meaning).toContain('docomo');
  });
  it('without the host the words are generic', () => {
    const r = explainReply(said);
    expect(r?.reason).toBe('filtered');
    expect(r?.explanation?.meaning ?? '').not.toContain('docomo');
  });
});

describe('the explanation agrees with the decided reason', () => {
  it.each([
    ['a generic code with words naming the cause', '550 5.0.0 <a@example.org>... Mailbox full', 'mailboxfull', 'mailbox is full', 'cleared space'],
    ['words that contradict the code', '550 5.1.1 <a@example.org>: mailbox over quota', 'mailboxfull', 'mailbox is full', 'cleared space'],
    ['a temporary failure keeps its retry advice', '452 4.0.0 mailbox full, try later', 'mailboxfull', 'Temporary', 'retries by itself'],
    ['a code that already names the class keeps its own entry', '550 5.1.1 <a@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)', 'userunknown', 'does not exist', 'Verify the recipient address'],
    ["the guide's reply+status pair stays (relay authentication)", '554 5.7.1 <a@example.org>: Relay access denied', 'norelaying', 'relay', 'relay'],
    ["the guide's generic 550 5.7.1 yields to a named cause", '550 5.7.1 Relaying denied', 'norelaying', 'refused to relay', 'smtp auth'],
    ['a rate limit that mentions the DKIM domain is a rate limit (Gmail 4.7.28)', '421 4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your DKIM domain', 'speeding', 'unusual rate', 'sending rate'],
    ['greylisting (RFC 6647): wait for the retry', '451 4.7.1 <a@example.org>: Recipient address rejected: Greylisted, see https://postgrey.example/help', 'onhold', 'greylisting', 'retries by itself'],
  ])('%s', (_name, line, reason, meaningWord, fixWord) => {
    const r = explainReply(line);
    expect(r?.reason).toBe(reason);
    expect(r?.explanation?.meaning.toLowerCase()).toContain(meaningWord.toLowerCase());
    expect(r?.explanation?.fix.toLowerCase()).toContain(fixWord.toLowerCase());
  });
});

describe('lookupCode', () => {
  it.each([['550', 'reply'], ['5.1.1', 'enhanced'], ['550 5.7.23', 'combo'], ['550-5.7.23', 'combo'], ['TSS04', 'provider']])('%s is a %s entry', (code, kind) => {
    expect(lookupCode(code)?.kind).toBe(kind);
  });

  it('applies the class to registry entries', () => {
    expect(lookupCode('4.2.2')?.meaning).toMatch(/^Temporary/);
    expect(lookupCode('5.2.2')?.meaning).toMatch(/^Permanent/);
  });

  it('returns null for unknown codes', () => {
    expect(lookupCode('5.9.99')).toBeNull();
    expect(lookupCode('699')).toBeNull();
    expect(lookupCode('')).toBeNull();
  });

  it('covers the whole IANA registry for classes 4 and 5', async () => {
    const { ENHANCED_SUFFIXES } = await import('../../../lib/bounce/catalog/enhanced-codes');
    expect(ENHANCED_SUFFIXES.length).toBeGreaterThanOrEqual(80);
    for (const s of ENHANCED_SUFFIXES) {
      expect(lookupCode(`5.${s}`)?.source).toMatch(/RFC|IANA/);
      expect(lookupCode(`4.${s}`)?.fix).toContain('retries');
    }
  });
});

describe('blocklist steps join the advice of the decided class', () => {
  it('a blocking refusal: the named list steps stand for the advice', () => {
    const r = explainReply('550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org');
    expect(r?.reason).toBe('blocked');
    expect(r?.explanation?.fix.startsWith('Check the blocklists the refusal names. Spamhaus:')).toBe(true);
  });
  it('another class keeps its own advice, then the list steps', () => {
    const r = explainReply('550 5.0.0 SPF check failed; the client is also on bl.spamcop.net');
    expect(r?.reason).toBe('authfailure');
    expect(r?.explanation?.fix).toMatch(/^Fix SPF and DKIM.*SpamCop: look the IP up/);
  });
});
