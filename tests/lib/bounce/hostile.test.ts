/**
 * Total and linear on hostile input: fast-check properties (never throws, always a value of the right
 * shape) and timing on large pathological inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyBounce, decodeBounce, explainReply } from '../../../lib/bounce';

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

  it('is not quadratic on pathological inputs', async () => {
    const inputs = [
      `From: MAILER-DAEMON@x.y\nSubject: failure\n\n${'<a@b.c>: '.repeat(50_000)}`,
      `From: MAILER-DAEMON@x.y\nSubject: failure\n\n${'a@b.c\n'.repeat(50_000)}`,
      `Content-Type: multipart/report; boundary=b\n\n${'--b\nContent-Type: multipart/mixed; boundary=b\n\n'.repeat(20_000)}`,
      `From: MAILER-DAEMON@x.y\n\n${'5.5.5.5.5.5 550 550-5.1.1 '.repeat(40_000)}`,
      `From: MAILER-DAEMON@x.y\n\n${'@'.repeat(300_000)}`,
      `From: MAILER-DAEMON@x.y\n\n${'host '.repeat(100_000)}`,
    ];
    for (const raw of inputs) {
      const t0 = performance.now();
      await classifyBounce(raw);
      expect(performance.now() - t0, raw.slice(40, 80)).toBeLessThan(3000);
    }
    const t0 = performance.now();
    explainReply(`550 ${'5.1.1 '.repeat(100_000)}`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('bad arguments are not bounces', async () => {
    expect(await decodeBounce(undefined as unknown as string)).toBeNull();
    expect(explainReply(42 as unknown as string)).toBeNull();
  });
});
