/**
 * Total on hostile input: fast-check properties (never throws, always a value of the right shape) and large
 * pathological inputs (their time growth is measured by npm run bench, bench/hostile-shapes.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyBounce, decodeBounce, explainReply } from '../../../lib/bounce';
import { BOUNCE_SHAPES } from '../../../bench/hostile-shapes';

const mailish = fc.array(
  fc.oneof(
    fc.string(),
    fc.constantFrom('Content-Type: multipart/report; boundary=b', '--b', '--b--', 'Content-Type: message/delivery-status', 'Final-Recipient: rfc822; a@b.c',
      'Status: 5.1.1', 'Action: failed', 'Diagnostic-Code: smtp; 550 5.1.1 x', 'From: MAILER-DAEMON@x.y', '', '<a@b.c>: host x said: 550', 'Content-Transfer-Encoding: base64',
      'Content-Type: message/feedback-report', 'Feedback-Type: abuse', 'Auto-Submitted: auto-replied', '__proto__: x', '{"notificationType":"Bounce"}'),
  ),
  { maxLength: 40 },
).map((lines) => lines.join('\r\n'));

describe('hostile input', () => {
  it('decodeBounce never throws and returns null or a well-formed result', async () => {
    await fc.assert(
      fc.asyncProperty(mailish, async (raw) => {
        const r = await decodeBounce(raw);
        if (r !== null) {
          expect(['dsn', 'ndr', 'arf', 'autoreply']).toContain(r.kind);
          for (const rc of r.recipients) expect(typeof rc.hard).toBe('boolean');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('explainReply never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('550 5.1.1', '5.7.26', 'TSS04')), (line) => {
        const r = explainReply(line);
        if (r !== null) expect(typeof r.reason).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });

  it.each(BOUNCE_SHAPES.map((shape) => [shape.name, shape] as const))('%s: classified without a throw', async (_name, shape) => {
    const c = (await shape.run(shape.make(shape.size))) as Awaited<ReturnType<typeof classifyBounce>>;
    expect(typeof c).toBe('object');
  });

  it('explainReply on a 600 kB line of repeated codes reads the first', () => {
    expect(explainReply(`550 ${'5.1.1 '.repeat(100_000)}`)?.status).toBe('5.1.1');
  });

  it.each([
    ['a DSN', (n: number) => `From: MAILER-DAEMON@x.y\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.x.y\n\n${Array.from({ length: n }, (_, i) => `Final-Recipient: rfc822; u${String(i)}@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 no user ${String(i % 7)}\n`).join('\n')}\n--b--\n`],
    ['a text NDR', (n: number) => `From: MAILER-DAEMON@x.y\nSubject: Undelivered Mail Returned to Sender\n\n${Array.from({ length: n }, (_, i) => `<u${String(i)}@example.org>: host mx.example.org said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n`).join('\n')}`],
    ['an SES notification', (n: number) => `From: no-reply@sns.amazonaws.com\nSubject: AWS Notification Message\n\n${JSON.stringify({ notificationType: 'Bounce', bounce: { bouncedRecipients: Array.from({ length: n }, (_, i) => ({ emailAddress: `u${String(i)}@example.org`, status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' })) } })}`],
  ])('%s listing 1,200 recipients: the first 500 decoded, the rest counted', async (_name, make) => {
    const small = await decodeBounce(make(3));
    expect(small?.recipients).toHaveLength(3);
    expect(small?.omittedRecipients).toBe(0);
    const big = await decodeBounce(make(1200));
    expect(big?.recipients).toHaveLength(500);
    expect(big?.omittedRecipients).toBe(700);
    expect(big?.recipients[499]?.address).toBe('u499@example.org');
    expect(big?.recipients[499]?.reason).toBe('userunknown');
  });

  it('bad arguments are not bounces', async () => {
    expect(await decodeBounce(undefined as unknown as string)).toBeNull();
    expect(explainReply(42 as unknown as string)).toBeNull();
  });
});
