import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { walkMessage } from '../../../lib/mime/walk';
import { attachedMessages, MAX_ATTACHED } from '../../../lib/stages/attached-messages';

const deps = { now: () => 0 };

describe('messages forwarded as attachments', () => {
  it('analyses the attached message on its own, with its own delivery path and recorded verdicts', async () => {
    const r = await analyze(readFileSync('samples/forwarded-phish-as-attachment.eml', 'utf8'), deps);
    expect(r.attachedMessages).toHaveLength(1);
    const [a] = r.attachedMessages;
    expect(a?.filename).toBe('Your account has been limited.eml');
    expect(a?.report.message.subject).toBe('Your account has been limited – action required');
    expect(a?.report.boundary?.by).toBe('mx.google.com');
    expect(a?.report.auth?.untrusted.map((u) => u.authservId)).toEqual(['paypal.com']);
    expect(r.findings.some((f) => f.id === 'message.attached')).toBe(true);
  });

  it('takes an .eml sent as application/octet-stream, ignores other attachments, and stops at the cap', () => {
    const part = (i: number) => `--b\r\nContent-Type: application/octet-stream; name="m${String(i)}.eml"\r\n\r\nSubject: s${String(i)}\r\nFrom: a@x.test\r\n\r\nbody\r\n`;
    const pdf = '--b\r\nContent-Type: application/pdf; name="x.pdf"\r\n\r\n%PDF-1.7\r\n';
    const msg = `Subject: outer\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n${pdf}${Array.from({ length: 8 }, (_, i) => part(i)).join('')}--b--\r\n`;
    const found = attachedMessages(walkMessage(msg));
    expect(found).toHaveLength(MAX_ATTACHED);
    expect(found[0]?.filename).toBe('m0.eml');
  });

  it('finds nothing in a plain message', () => {
    expect(attachedMessages(walkMessage('Subject: x\r\nFrom: a@x.test\r\n\r\nhello\r\n'))).toEqual([]);
  });
});
