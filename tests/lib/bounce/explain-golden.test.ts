/**
 * Golden explanations: every reply code and enhanced status of the catalogue (lib/bounce/catalog) with
 * the cause and fix it gives, then a golden file of 40+ catalog entries reviewed like code.
 */
import { describe, expect, it } from 'vitest';
import { explainReply, lookupCode } from '../../../lib/bounce';

/** [code, words the fix must contain, words the cause must contain, check] from the guide's table. */
const GUIDE: readonly [string, string, string, string | null][] = [
  ['550 5.7.1', 'blocklist', 'SPF or DMARC', 'blocklist'],
  ['550 5.7.23', 'SPF record', 'not in the SPF record', 'spf'],
  ['550 5.7.26', 'alignment', 'not aligned', 'dmarc'],
  ['553 5.7.1', 'valid sender domain', 'From', null],
  ['554 5.7.1', 'relay authentication', 'not authorised', null],
  ['550 5.1.1', 'Verify the recipient address', 'does not exist', null],
  ['550 5.1.2', 'domain spelling', 'invalid domain', 'mx'],
  ['550 5.1.8', 'From address', 'invalid sender', null],
  ['550 5.2.1', 'Contact the recipient', 'suspended', null],
  ['552 5.2.2', 'Let the recipient know another way', 'quota', null],
  ['552 5.2.3', 'Reduce attachment size', 'size limit', null],
  ['421', 'Wait for the automatic retry', 'busy', null],
  ['450', 'Wait for the automatic retry', 'temporary issue', null],
  ['451', 'Check later', 'processing issue', null],
  ['452', 'Wait for cleanup', 'Disk space', null],
];

describe('troubleshooting guide codes', () => {
  it.each(GUIDE)('%s', (code, fix, cause, check) => {
    const e = lookupCode(code);
    expect(e).not.toBeNull();
    expect(e?.fix).toContain(fix);
    expect(e?.cause.toLowerCase()).toContain(cause.toLowerCase());
    expect(e?.check).toBe(check);
  });

  it.each(GUIDE)('%s through explainReply', (code, fix) => {
    const r = explainReply(`${code} something went wrong`);
    expect(r?.explanation?.fix).toContain(fix);
  });
});

const GOLDEN_CODES = [
  '250', '354', '421', '450', '451', '452', '500', '501', '503', '521', '530', '535', '550', '551', '552', '553', '554', '556',
  '5.0.0', '5.1.1', '5.1.2', '5.1.6', '5.1.8', '5.1.10', '4.2.2', '5.2.2', '5.3.4', '4.4.1', '4.4.7', '5.4.4', '5.5.3',
  '5.7.1', '5.7.8', '5.7.20', '5.7.23', '5.7.24', '5.7.25', '5.7.26', '5.7.27', '5.7.30',
  '550 5.7.1', '550 5.7.23', '550 5.7.26', '553 5.7.1', '554 5.7.1', '550 5.1.1', '550 5.1.2', '550 5.1.8', '550 5.2.1', '552 5.2.2', '552 5.2.3',
  'S3150', 'TSS04', 'PH01', '5.7.708', '5.7.606', '5.7.649', 'CS01',
  // Provider tables (catalog/providers/): Cox, Spectrum, GoDaddy, i.ua, Facebook, iCloud, Yahoo.
  'CXBL', 'CXSNDR', 'IPBL0011', 'AUP#1010', 'AUP#I-1530', 'IB508', 'IB212', 'IB103', 'i.ua/err/3', 'RCP-P2', 'POL-T1', 'HME1', 'TSS11',
];

describe('catalog golden file', () => {
  it('explains every golden code', async () => {
    const table = Object.fromEntries(GOLDEN_CODES.map((c) => [c, lookupCode(c)]));
    for (const [code, e] of Object.entries(table)) expect(e, code).not.toBeNull();
    await expect(JSON.stringify(table, null, 2)).toMatchFileSnapshot('./golden/catalog.json');
  });
});

describe('provider texts', () => {
  it.each([
    ['550-5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy', 'dmarc', 'DMARC'],
    ['421-4.7.0 [192.0.2.1] Our system has detected an unusual rate of unsolicited mail originating from your IP address', null, 'rate'],
    ['550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus', 'blocklist', 'Spamhaus: look the IP up at https://check.spamhaus.org/. Fix the cause'],
    ['550 5.7.1 Unfortunately, messages from [192.0.2.1] weren\'t sent. Our IP is on the block list (S3150)', 'blocklist', 'sender.office.com'],
    ['421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints', null, 'automatic retry'],
    ['554 5.7.9 Message not accepted for policy reasons. See https://help.yahoo.com [PH01]', 'dmarc', 'content'],
    ['550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/', 'blocklist', 'delist'],
    ['550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP', 'blocklist', 'reputable'],
    ['554 5.7.1 <x@example.org>: Relay access denied', null, 'relay'],
    ['550 5.7.1 rejected by SORBS', 'blocklist', 'shut down'],
  ])('%s', (line, check, fixWord) => {
    const r = explainReply(line);
    expect(r?.explanation?.check).toBe(check);
    expect(r?.explanation?.fix.toLowerCase()).toContain(fixWord.toLowerCase());
    // Each lookup page is named once, even when the provider's entry and the blocklist table both know it.
    expect(r?.explanation?.fix.split('sender.office.com').length ?? 0).toBeLessThanOrEqual(2);
    expect(r?.explanation?.fix.toLowerCase().split('fix the cause').length ?? 0).toBeLessThanOrEqual(2);
  });
});
