/** Rules of the verdict that the scenarios do not show on their own: precedence, trust boundaries, bounds. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { clip } from '../../../lib/verdict/decide-verdict';
import { readerAdvice, VERDICT_KINDS } from '../../../lib/verdict';
import { FIXTURES } from './load-scenarios';
import { punycodeEncode } from '../../../lib/psl/punycode';

const deps = { now: () => Date.UTC(2025, 9, 15) };
const fixture = (f: string) => readFileSync(path.join(FIXTURES, f), 'utf8');

describe('verdict rules', () => {
  it('does not believe an AuthAs: Internal written below the point of entry', async () => {
    // The genuine inbound Microsoft 365 message, with the sender's own "Internal" stamp under the entry hop.
    const raw = fixture('spoof-preject-m365-oreject.eml').replace(
      'X-Forefront-Antispam-Report:',
      'X-MS-Exchange-Organization-AuthAs: Internal\r\nX-Forefront-Antispam-Report:',
    );
    const r = await analyze(raw, deps);
    expect(r.verdict.kind).toBe('deceptive');
    const softer = fixture('spoof-pnone-gmail.eml').replace(
      'From: Small Shop',
      'X-MS-Exchange-Organization-AuthAs: Internal\r\nFrom: Small Shop',
    );
    expect((await analyze(softer, deps)).verdict.kind).toBe('unauthenticated');
  });

  it('lets deception win over a bounce: a fake delivery-failure notice is not a bounce', async () => {
    const r = await analyze(fixture('fake-ndr-brand-phish.eml'), deps);
    expect(r.verdict.kind).toBe('deceptive');
    expect(r.verdict.perspective).toBe('recipient');
  });

  it("reads a display-name address on list mail as the list's rewrite, not deception", async () => {
    const r = await analyze(fixture('google-groups-via.eml'), deps);
    expect(r.findings.some((f) => f.id === 'impersonation.display-name-address')).toBe(true);
    expect(r.verdict.kind).toBe('authentic');
  });

  it('keeps a header-only paste to what the headers can say', async () => {
    const r = await analyze(fixture('headers-only-gmail-blank-line.eml'), deps);
    expect(r.input.hasBody).toBe(false);
    expect(r.findings.map((f) => f.id)).toContain('intake.headers-only');
    const bare = await analyze(fixture('headers-only-no-results.eml'), deps);
    expect(bare.verdict.kind).toBe('unknown');
    expect(bare.verdict.reasons.map((x) => x.text).join(' ')).toMatch(/Live checks are off/);
  });

  it('names the imitated brand in the headline when a mixed-script domain is also a look-alike of it', async () => {
    // "pаypal" with a Cyrillic а (U+0430): mixed scripts (UTS #39 §5.1) and a confusable of paypal.com.
    const ascii = `xn--${punycodeEncode('p\u0430ypal') ?? ''}.com`;
    const raw = fixture('lookalike-idn-cyrillic.eml').replace('From: Support <id@xn--80ak6aa92e.com>', `From: Service <service@${ascii}>`);
    const r = await analyze(raw, deps);
    expect(r.findings.map((f) => f.id)).toContain('impersonation.mixed-script');
    expect(r.verdict.kind).toBe('deceptive');
    expect(r.verdict.headline).toMatch(/^Not from PayPal: /);
  });

  it('calls Microsoft 365 Outlook.com when the message went to an Outlook.com mailbox, and only then', async () => {
    const raw = fixture('m365-genuine-dmarc-pass.eml');
    const to = /^To: .*$/m.exec(raw)?.[0] ?? '';
    expect(to).not.toBe('');
    const consumer = await analyze(raw.replace(to, 'To: Diego <d.moreno@hotmail.co.uk>'), deps);
    expect(consumer.verdict.headline).toContain('Outlook.com');
    const look = await analyze(raw.replace(to, 'To: <ops@live.contoso.example>'), deps);
    expect(look.verdict.headline).not.toContain('Outlook.com');
  });

  it('names the recorder and the domain in the headline, within 120 characters', async () => {
    const r = await analyze(fixture('spoof-pquarantine-gmail.eml'), deps);
    expect(r.verdict.headline).toContain('bank.example');
    expect(r.verdict.headline).toContain('Gmail');
    const long = 'a'.repeat(60);
    const hostile = fixture('spoof-pquarantine-gmail.eml').split('bank.example').join(`${long}.${long}.example`);
    const h = await analyze(hostile, deps);
    expect(h.verdict.headline.length).toBeLessThanOrEqual(120);
  });

  it('clips at a word and marks the cut', () => {
    expect(clip('short', 120)).toBe('short');
    const c = clip(`${'word '.repeat(40)}end`, 50);
    expect(c.length).toBeLessThanOrEqual(50);
    expect(c.endsWith('…')).toBe(true);
  });

  it('gives recipients no sender-side fixes and senders the way to the fixes', () => {
    for (const kind of VERDICT_KINDS) {
      expect(readerAdvice(kind, 'recipient')).not.toMatch(/\b(publish|SPF record|DKIM signing|Fix:)/i);
      expect(readerAdvice(kind, 'sender').length).toBeGreaterThan(0);
    }
    expect(readerAdvice('deceptive', 'recipient')).toMatch(/report it as phishing/);
  });

  it('gives every input status a verdict, even unreadable input', async () => {
    for (const raw of ['', 'just some words\nwith no headers']) {
      const r = await analyze(raw, deps);
      expect(r.verdict.kind).toBe('unknown');
      expect(r.verdict.reasons.length).toBeGreaterThanOrEqual(1);
    }
  });
});
