import { describe, expect, it } from 'vitest';
import { evaluateDmarc, fromDomainOf } from '../../../lib/dmarc/evaluate';
import { parseDmarcRecord } from '../../../lib/dmarc/parse-record';
import { treeWalkTargets } from '../../../lib/dmarc/discover';
import { isAligned } from '../../../lib/dmarc/align';
import { organizationalDomain } from '../../../lib/psl/org-domain';
import { FakeResolver, txt } from '../../helpers/fake-resolver';

const zone = {
  '_dmarc.example.com': [txt('v=DMARC1; p=reject; sp=quarantine; rua=mailto:dmarc@example.com,mailto:x@thirdparty.example!10m; adkim=r; aspf=s')],
  '_dmarc.strict.example': [txt('v=DMARC1;p=reject;sp=reject;adkim=s;aspf=s')],
  '_dmarc.none.example': [txt('v=DMARC1; p=none')],
  '_dmarc.pct.example': [txt('v=DMARC1; p=reject; pct=20')],
  '_dmarc.test.example': [txt('v=DMARC1; p=reject; t=y')],
  '_dmarc.two.example': [txt('v=DMARC1; p=reject'), txt('v=DMARC1; p=none')],
  '_dmarc.nop.example': [txt('v=DMARC1; rua=mailto:r@nop.example')],
  '_dmarc.bad.example': [txt('v=DMARC1; p=bogus')],
  '_dmarc.np.example': [txt('v=DMARC1; p=reject; sp=none; np=reject')],
  'exists.np.example': [{ type: 'A' as const, address: '192.0.2.1' }],
  '_dmarc.fail.example': [{ fail: 'SERVFAIL' as const }],
  '_dmarc.other.example': [txt('v=spf1 -all'), txt('v=DMARC1; p=quarantine')],
  '_dmarc.com': [txt('v=DMARC1; p=reject; psd=y')],
};
const dns = () => new FakeResolver(zone);
const pass = (domain: string) => ({ result: 'pass', domain });

describe('RFC 7489 record parsing (§6.3)', () => {
  it('parses the strict template from the troubleshooting guide', () => {
    const r = parseDmarcRecord('v=DMARC1;p=reject;sp=reject;adkim=s;aspf=s');
    expect(r).toMatchObject({ ok: true, record: { p: 'reject', sp: 'reject', adkim: 's', aspf: 's', pct: 100, errors: [] } });
  });
  it.each([
    ['v=DMARC1; p=bogus', 'dmarc.tag.p.invalid'],
    ['v=DMARC1; rua=mailto:a@b.example', 'dmarc.tag.p.missing'],
    ['v=DMARC1; p=none; pct=101', 'dmarc.tag.pct.invalid'],
    ['v=DMARC1; p=none; adkim=x', 'dmarc.tag.adkim.invalid'],
    ['v=DMARC1; p=none; rua=not a uri', 'dmarc.tag.rua.invalid'],
    ['v=DMARC1; p=none; fo=2', 'dmarc.tag.fo.invalid'],
    ['v=DMARC1; p=none; ri=-1', 'dmarc.tag.ri.invalid'],
    ['v=DMARC1; p=none; t=maybe', 'dmarc.tag.t.invalid'],
    ['v=DMARC1; p=none; p=reject', 'dmarc.tag.duplicate'],
    ['v=DMARC1; p=none; junk', 'dmarc.tag.syntax'],
  ])('%s -> %s', (text, code) => {
    const r = parseDmarcRecord(text);
    expect(r.ok && r.record.errors.map((e) => e.code)).toContain(code);
  });
  it('refuses records that do not start with v=DMARC1', () => {
    expect(parseDmarcRecord('p=reject; v=DMARC1')).toMatchObject({ ok: false, code: 'dmarc.record.version' });
    expect(parseDmarcRecord('v=DMARC2; p=reject').ok).toBe(false);
  });
  it('keeps report URIs with their size limits and ignores unknown tags, __proto__ included', () => {
    const r = parseDmarcRecord('v=DMARC1; p=none; rua=mailto:a@x.example!10m, https://r.example/; __proto__=1; ruf=mailto:f@x.example');
    expect(r.ok && r.record.rua).toEqual([
      { uri: 'mailto:a@x.example', address: 'a@x.example', maxSize: '10m' },
      { uri: 'https://r.example/', address: null, maxSize: null },
    ]);
    expect(r.ok && r.record.ruf[0]?.address).toBe('f@x.example');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('alignment (RFC 7489 §3.1)', () => {
  const org = organizationalDomain;
  it.each([
    ['mail.example.com', 'example.com', 'r', true],
    ['mail.example.com', 'example.com', 's', false],
    ['EXAMPLE.com', 'example.com.', 's', true],
    ['example.co.uk', 'other.co.uk', 'r', false],
    ['a.example.co.uk', 'b.example.co.uk', 'r', true],
    ['evil-example.com', 'example.com', 'r', false],
  ] as const)('%s vs %s (%s) -> %s', (a, f, mode, expected) => {
    expect(isAligned(a, f, mode, org)).toBe(expected);
  });
});

describe('evaluateDmarc (RFC 7489)', () => {
  it('extracts the From domain', () => {
    expect(fromDomainOf('"Bob" <bob@Mail.Example.COM>')).toBe('mail.example.com');
    expect(fromDomainOf('example.com')).toBe('example.com');
  });
  it('passes on an aligned DKIM signature (relaxed) and names it', async () => {
    const r = await evaluateDmarc({ headerFrom: 'a@example.com', spf: { result: 'fail', domain: 'example.com' }, dkim: [pass('mail.example.com')] }, { dns: dns() });
    expect(r).toMatchObject({ result: 'pass', disposition: 'none', dkimAligned: true, spfAligned: false, policy: 'reject', policyDomain: 'example.com', orgDomain: 'example.com', alignedBy: { method: 'dkim', domain: 'mail.example.com' } });
    expect(r.rua).toEqual(['mailto:dmarc@example.com', 'mailto:x@thirdparty.example']);
  });
  it('strict SPF alignment refuses a subdomain MAIL FROM', async () => {
    const r = await evaluateDmarc({ headerFrom: 'a@example.com', spf: pass('bounce.example.com'), dkim: [] }, { dns: dns() });
    expect(r).toMatchObject({ result: 'fail', spfAligned: false, disposition: 'reject', code: 'dmarc.fail.unaligned' });
  });
  it('a pass for another domain is not aligned', async () => {
    const r = await evaluateDmarc({ headerFrom: 'a@example.com', spf: pass('attacker.example'), dkim: [pass('attacker.example')] }, { dns: dns() });
    expect(r.result).toBe('fail');
  });
  it('uses sp= for a subdomain found through the Organizational Domain (§6.6.3)', async () => {
    const r = await evaluateDmarc({ headerFrom: 'a@news.example.com', spf: null, dkim: [] }, { dns: dns() });
    expect(r).toMatchObject({ result: 'fail', policy: 'quarantine', disposition: 'quarantine', policyDomain: 'example.com' });
  });
  it('uses np= for a non-existent subdomain and sp= for an existing one', async () => {
    expect((await evaluateDmarc({ headerFrom: 'x@ghost.np.example', spf: null, dkim: [] }, { dns: dns() })).policy).toBe('reject');
    expect((await evaluateDmarc({ headerFrom: 'x@exists.np.example', spf: null, dkim: [] }, { dns: dns() })).policy).toBe('none');
  });
  it('applies t=y one step softer and reports pct', async () => {
    expect(await evaluateDmarc({ headerFrom: 'a@test.example', spf: null, dkim: [] }, { dns: dns() })).toMatchObject({ result: 'fail', policy: 'reject', disposition: 'quarantine' });
    const pct = await evaluateDmarc({ headerFrom: 'a@pct.example', spf: null, dkim: [] }, { dns: dns() });
    expect(pct).toMatchObject({ pct: 20, disposition: 'reject' });
    expect(pct.reason).toContain('pct=20');
  });
  it.each([
    ['nothing.example', 'none', 'dmarc.none.no-record'],
    ['two.example', 'none', 'dmarc.record.multiple'],
    ['bad.example', 'none', 'dmarc.record.no-policy'],
    ['fail.example', 'temperror', 'dmarc.dns.servfail'],
  ])('%s -> %s (%s)', async (d, result, code) => {
    const r = await evaluateDmarc({ headerFrom: `a@${d}`, spf: pass(d), dkim: [pass(d)] }, { dns: dns() });
    expect(r).toMatchObject({ result, code });
  });
  it('treats a record without p= but with rua= as p=none (§6.6.3 step 6)', async () => {
    const r = await evaluateDmarc({ headerFrom: 'a@nop.example', spf: null, dkim: [] }, { dns: dns() });
    expect(r).toMatchObject({ result: 'fail', policy: 'none', disposition: 'none' });
  });
  it('ignores non-DMARC TXT records at _dmarc', async () => {
    expect((await evaluateDmarc({ headerFrom: 'a@other.example', spf: null, dkim: [] }, { dns: dns() })).policy).toBe('quarantine');
  });
  it('permerror for an unusable From', async () => {
    expect((await evaluateDmarc({ headerFrom: 'nobody', spf: null, dkim: [] }, { dns: dns() })).result).toBe('permerror');
  });
  it('does at most 2 record queries in RFC 7489 mode', async () => {
    const r = dns();
    await evaluateDmarc({ headerFrom: 'a@a.b.c.nothing.example', spf: null, dkim: [] }, { dns: r });
    expect(r.queries.map((q) => q.name)).toEqual(['_dmarc.a.b.c.nothing.example', '_dmarc.nothing.example']);
  });
});

describe('DMARCbis tree walk (option)', () => {
  it('follows the draft example: at most 5 queries', () => {
    expect(treeWalkTargets('a.b.c.d.e.mail.example.com')).toEqual(['a.b.c.d.e.mail.example.com', 'e.mail.example.com', 'mail.example.com', 'example.com', 'com']);
    expect(treeWalkTargets('a.mail.example.com')).toEqual(['a.mail.example.com', 'mail.example.com', 'example.com', 'com']);
  });
  it('finds the org record and stops at psd=y, which puts the org domain one label below', async () => {
    const r = dns();
    const res = await evaluateDmarc({ headerFrom: 'a@x.y.example.com', spf: null, dkim: [pass('example.com')] }, { dns: r, mode: 'dmarcbis' });
    expect(res).toMatchObject({ mode: 'dmarcbis', result: 'pass', policyDomain: 'example.com', orgDomain: 'example.com' });
  });
  it('uses a PSD record when the organization has none', async () => {
    const res = await evaluateDmarc({ headerFrom: 'a@unknown-org.com', spf: null, dkim: [] }, { dns: dns(), mode: 'dmarcbis' });
    expect(res).toMatchObject({ result: 'fail', policyDomain: 'com', orgDomain: 'unknown-org.com', policy: 'reject' });
  });
});
