/**
 * RFC 8617 §5.2 on chains sealed by mailauth with keys made at run time: pass, oldest-pass after a
 * modification, broken seals, DNS failures (temperror, never pass), headers only, and the caps
 * (> 50 sets -> fail; at most 10 AMS verified).
 */
import { describe, expect, it } from 'vitest';
import { MAX_ARC_AMS, MAX_ARC_SETS, verifyArc } from '../../../lib/arc';
import { FakeResolver, txt } from '../../helpers/fake-resolver';
import { crlf, keyResolver, messageOf, now } from '../dkim/message';
import { rsaKey, sealArc } from '../dkim/signer';

const key = rsaKey(2048);
const weak = rsaKey(1024);
const ZONE = { 'arc._domainkey.hop1.example': key.record, 'arc._domainkey.hop2.example': key.record, 'arc._domainkey.hop3.example': weak.record };
const MESSAGE = crlf('From: alice@example.com\nTo: list@hop1.example\nSubject: hi\nDate: Sun, 31 Dec 2023 10:00:00 +0000\n\nHello list.\n');

async function hop(message: string, n: number, aar: string, cv: 'none' | 'pass' | 'fail'): Promise<string> {
  return sealArc(message, { domain: `hop${n}.example`, selector: 'arc', key: n === 3 ? weak : key, authResults: `mx.hop${n}.example; ${aar}`, cv });
}

const run = (text: string, zone: Record<string, string> = ZONE) => verifyArc(messageOf(text), { dns: keyResolver(zone), now });

describe('chain validation', () => {
  it('no ARC fields: null (cv=none)', async () => {
    expect(await run(MESSAGE)).toBeNull();
  });

  it('one set: pass, with the sealer and what it saw', async () => {
    const r = await run(await hop(MESSAGE, 1, 'dkim=pass header.d=example.com; dmarc=pass', 'none'));
    expect(r).toMatchObject({ result: 'pass', code: 'arc.pass', brokeAt: null, oldestPass: 0, sealers: ['hop1.example'], bodyChecked: true, aarFirstFailure: null });
    expect(r?.instances[0]).toMatchObject({ i: 1, domain: 'hop1.example', selector: 'arc', cv: 'none', result: 'pass', keyBits: 2048, authservId: 'mx.hop1.example' });
    expect(r?.instances[0]?.ams).toMatchObject({ result: 'pass', domain: 'hop1.example' });
    expect(r?.instances[0]?.aarRaw).toContain('dkim=pass header.d=example.com');
    expect(r?.findings[0]?.detail).toContain('not that the intermediaries are trustworthy');
  });

  it('three hops, the body changed by hop 2 before sealing: pass, oldest-pass 2, broke after hop 1', async () => {
    const one = await hop(MESSAGE, 1, 'dkim=pass header.d=example.com; dmarc=pass', 'none');
    const changed = `${one}-- \r\nList footer added by hop 2\r\n`;
    const two = await hop(changed, 2, 'dkim=fail header.d=example.com; dmarc=fail; arc=pass', 'pass');
    const three = await hop(two, 3, 'dkim=fail; dmarc=fail; arc=pass', 'pass');
    const r = await run(three);
    expect(r).toMatchObject({ result: 'pass', oldestPass: 2, brokeAt: 1, sealers: ['hop1.example', 'hop2.example', 'hop3.example'], aarFirstFailure: 2 });
    expect(r?.instances.map((x) => [x.i, x.result, x.ams.result])).toEqual([[1, 'pass', 'fail'], [2, 'pass', 'pass'], [3, 'pass', 'pass']]);
    expect(r?.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['arc.pass', 'arc.key.weak', 'arc.aar.auth-broke']));
  });

  it('an ARC-Authentication-Results changed after sealing breaks that seal', async () => {
    const two = await hop(await hop(MESSAGE, 1, 'dmarc=pass', 'none'), 2, 'arc=pass', 'pass');
    const r = await run(two.replace('mx.hop1.example; dmarc=pass', 'mx.hop1.example; dmarc=pass; dkim=pass'));
    expect(r).toMatchObject({ result: 'fail', code: 'arc.seal.invalid', brokeAt: 1 });
  });

  it('a body changed after the last hop: the newest AMS fails, so the chain fails', async () => {
    const one = await hop(MESSAGE, 1, 'dmarc=pass', 'none');
    expect(await run(one.replace('Hello list.', 'Hello world.'))).toMatchObject({ result: 'fail', code: 'arc.ams.bodyhash-mismatch', brokeAt: 1 });
  });

  it('header names that shadow Object.prototype keys are ordinary fields', async () => {
    const one = await hop(MESSAGE, 1, 'dmarc=pass', 'none');
    expect((await run(`Constructor: x\r\n__proto__: y\r\ntoString: z\r\n${one}`))?.result).toBe('pass');
  });

  it('headers only: the newest AMS is checked against its claimed bh=', async () => {
    const one = await hop(MESSAGE, 1, 'dmarc=pass', 'none');
    const r = await run(one.slice(0, one.indexOf('\r\n\r\n') + 2));
    expect(r).toMatchObject({ result: 'pass', bodyChecked: false });
    expect(r?.findings.map((f) => f.id)).toContain('arc.body.not-checked');
  });
});

describe('DNS and keys', () => {
  it.each([
    ['TIMEOUT', 'temperror', 'arc.dns.timeout'],
    ['SERVFAIL', 'temperror', 'arc.dns.servfail'],
  ] as const)('sealer key look-up %s -> %s, never pass', async (status, result, code) => {
    const one = await hop(MESSAGE, 1, 'dmarc=pass', 'none');
    const dns = new FakeResolver({ 'arc._domainkey.hop1.example': [{ fail: status }] });
    expect(await verifyArc(messageOf(one), { dns, now })).toMatchObject({ result, code });
  });

  it.each([
    ['no key', {}, 'arc.key.not-found'],
    ['revoked key', { 'arc._domainkey.hop1.example': 'v=DKIM1; p=' }, 'arc.key.revoked'],
    ['512-bit key', { 'arc._domainkey.hop1.example': rsaKey(512).record }, 'arc.key.too-small'],
  ])('%s -> fail', async (_label, zone, code) => {
    const one = await hop(MESSAGE, 1, 'dmarc=pass', 'none');
    expect(await run(one, zone)).toMatchObject({ result: 'fail', code });
  });

  it('the same key is fetched once for the AMS and the AS', async () => {
    const one = await hop(MESSAGE, 1, 'dmarc=pass', 'none');
    const dns = new FakeResolver({ 'arc._domainkey.hop1.example': [txt(key.record)] });
    await verifyArc(messageOf(one), { dns, now });
    expect(dns.count('TXT')).toBe(1);
  });
});

describe('caps (security goal G3, docs/security-goals.md, RFC 8617 §5.2 step 1)', () => {
  it(`${MAX_ARC_SETS + 1} sets -> fail without any crypto`, async () => {
    let head = '';
    for (let i = MAX_ARC_SETS + 1; i >= 1; i--) {
      head += `ARC-Seal: i=${i}; a=rsa-sha256; cv=${i === 1 ? 'none' : 'pass'}; d=x.example; s=s; b=AAAA\r\nARC-Message-Signature: i=${i}; a=rsa-sha256; d=x.example; s=s; h=from; bh=AAAA; b=AAAA\r\nARC-Authentication-Results: i=${i}; x.example; arc=pass\r\n`;
    }
    const dns = new FakeResolver({});
    expect(await verifyArc(messageOf(head + MESSAGE), { dns, now })).toMatchObject({ result: 'fail', code: 'arc.limit.too-many-sets' });
    expect(dns.count()).toBe(0);
  });

  it(`verifies at most ${MAX_ARC_AMS} AMS, newest first; every seal is still verified`, async () => {
    let text = await hop(MESSAGE, 1, 'dmarc=pass', 'none');
    for (let n = 2; n <= MAX_ARC_AMS + 2; n++) text = await sealArc(text, { domain: 'hop2.example', selector: 'arc', key, authResults: 'mx; arc=pass', cv: 'pass' });
    const r = await run(text);
    expect(r).toMatchObject({ result: 'pass', oldestPass: null });
    expect(r?.instances.filter((x) => x.ams.result === 'not-evaluated').map((x) => x.i)).toEqual([1, 2]);
    expect(r?.instances.every((x) => x.result === 'pass')).toBe(true);
  }, 20_000);
});
