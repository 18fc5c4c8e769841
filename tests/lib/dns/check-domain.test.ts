import { describe, expect, it } from 'vitest';
import { checkDomain } from '../../../lib/domain-health/check-domain';
import { lintSpf } from '../../../lib/spf/lint';
import { lintDmarc } from '../../../lib/dmarc/lint';
import { FakeResolver, txt } from '../../helpers/fake-resolver';

const ids = (fs: { id: string }[]) => fs.map((f) => f.id);

describe('SPF lint', () => {
  const zone = {
    'big.example': [txt('v=spf1 include:a.example include:b.example include:gone.example ptr ?all')],
    'a.example': [txt('v=spf1 a mx exists:x.example include:c.example -all')],
    'b.example': [txt('v=spf1 a mx a:1.example a:2.example -all')],
    'c.example': [txt('v=spf1 include:a.example -all')],
    'open.example': [txt('v=spf1 +all')],
    'two.example': [txt('v=spf1 -all'), txt('v=spf1 ~all')],
    'long.example': [txt(`v=spf1 ${'ip4:192.0.2.1 '.repeat(20)}-all`)],
    'nomail.example': [txt('v=spf1 -all')],
  };
  it('counts lookups over the include tree, and flags ptr, ?all, void includes and loops', async () => {
    const r = await lintSpf('big.example', { dns: new FakeResolver(zone) });
    expect(r.lookups).toBe(4 + 4 + 1 + 4);
    expect(ids(r.findings)).toEqual(expect.arrayContaining(['spf.lint.lookups', 'spf.lint.ptr', 'spf.lint.all-neutral', 'spf.lint.void']));
    expect(r.tree.children[0]?.node?.children[0]?.node?.children[0]?.node?.problem).toContain('loop');
  });
  it.each([
    ['open.example', 'spf.lint.all-pass'],
    ['two.example', 'spf.lint.multiple'],
    ['long.example', 'spf.lint.long-string'],
    ['nomail.example', 'spf.lint.no-mail'],
    ['missing.example', 'spf.lint.none'],
  ])('%s -> %s', async (d, id) => {
    expect(ids((await lintSpf(d, { dns: new FakeResolver(zone) })).findings)).toContain(id);
  });
});

describe('DMARC lint', () => {
  it.each([
    ['v=DMARC1; p=none', ['dmarc.lint.p-none', 'dmarc.lint.no-rua']],
    ['v=DMARC1; p=reject; sp=none; pct=50; rua=mailto:a@b.example', ['dmarc.lint.pct', 'dmarc.lint.sp-weaker']],
    ['v=DMARC1;p=reject;sp=reject;adkim=s;aspf=s', ['dmarc.lint.no-rua']],
    ['v=DMARC1;p=reject;sp=reject;adkim=s;aspf=s;rua=mailto:a@b.example', ['dmarc.lint.strict']],
    ['v=DMARC1; p=maybe', ['dmarc.lint.tag.p.invalid']],
  ])('%s', (record, expected) => {
    expect(ids(lintDmarc(record, 'example.com'))).toEqual(expect.arrayContaining(expected));
  });
});

describe('checkDomain', () => {
  it('gathers SPF, DMARC, MX, MTA-STS, TLS-RPT and BIMI with findings', async () => {
    const dns = new FakeResolver({
      'example.com': [txt('v=spf1 -all'), { type: 'MX', preference: 0, exchange: '' }],
      '_dmarc.example.com': [txt('v=DMARC1;p=reject;sp=reject;adkim=s;aspf=s;rua=mailto:d@example.com')],
      '_mta-sts.example.com': [txt('v=STSv1; id=2024')],
      '_smtp._tls.example.com': [{ fail: 'SERVFAIL' }],
    });
    const h = await checkDomain('Example.COM', { dns });
    expect(h.records.map((r) => [r.kind, r.value])).toEqual([
      ['spf', 'v=spf1 -all'],
      ['dmarc', 'v=DMARC1;p=reject;sp=reject;adkim=s;aspf=s;rua=mailto:d@example.com'],
      ['mx', '0 .'],
      ['mta-sts', 'v=STSv1; id=2024'],
      ['tls-rpt', null],
      ['bimi', null],
    ]);
    expect(ids(h.records.flatMap((r) => r.findings))).toEqual(expect.arrayContaining(['spf.lint.no-mail', 'dmarc.lint.strict', 'mx.lint.null', 'mta-sts.lint.present', 'tls-rpt.lint.dns', 'bimi.lint.none']));
    expect(ids(h.records.flatMap((r) => r.findings))).not.toContain('mx.lint.null-spf');
  });
});
