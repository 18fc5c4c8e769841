/**
 * Golden tests over provider-shaped header blocks (written for this project from the public formats of
 * each provider): the recorded verdicts, alignment, trust basis and findings. The whole output is also
 * compared with a reviewed golden JSON file per fixture.
 */
import { describe, expect, it } from 'vitest';
import { readRecordedAuth } from '../../../lib/authresults';
import { boundaryBy, loadFixture } from './load-fixture';

interface Expect {
  file: string;
  provider: string;
  basis: string;
  authservId: string;
  spf: [string, string | null] | null;
  dkim: [string, string | null][];
  dmarc: [string, string | null, string | null] | null;
  alignedBy: string | null;
  fromAuthenticated: boolean;
  untrusted: number;
  findingIds: string[];
}

const CASES: Expect[] = [
  { file: 'gmail-dmarc-pass.eml', provider: 'mx.google.com', basis: 'boundary-block', authservId: 'mx.google.com', spf: ['pass', 'bounce@mail.example.com'], dkim: [['pass', 'example.com']], dmarc: ['pass', 'reject', 'none'], alignedBy: 'both', fromAuthenticated: true, untrusted: 0, findingIds: ['authres.lenient', 'authres.dmarc.pass'] },
  { file: 'gmail-forged-pass-below.eml', provider: 'mx.google.com', basis: 'boundary-block', authservId: 'mx.google.com', spf: ['fail', 'billing@paypal.com'], dkim: [], dmarc: ['fail', 'reject', 'quarantine'], alignedBy: null, fromAuthenticated: false, untrusted: 2, findingIds: ['authres.dmarc.fail', 'authres.spf.fail', 'authres.duplicate-authserv-id', 'authres.untrusted.contradicts'] },
  { file: 'outlook-exo-pass.eml', provider: 'BN2PEPF000044A5.mail.protection.outlook.com', basis: 'above-boundary', authservId: '', spf: ['pass', 'bounces.example.org'], dkim: [['pass', 'example.org']], dmarc: ['pass', null, 'none'], alignedBy: 'both', fromAuthenticated: true, untrusted: 0, findingIds: ['authres.lenient', 'authres.dmarc.pass'] },
  { file: 'outlook-spoof-compauth-fail.eml', provider: 'AM4PEPF00027A5F.mail.protection.outlook.com', basis: 'above-boundary', authservId: '', spf: ['fail', 'microsoft.com'], dkim: [['none', null]], dmarc: ['fail', null, 'oreject'], alignedBy: null, fromAuthenticated: false, untrusted: 0, findingIds: ['authres.lenient', 'authres.dmarc.fail', 'authres.spf.fail', 'authres.compauth.fail'] },
  { file: 'yahoo-dmarc-pass.eml', provider: '10.217.151.75', basis: 'above-boundary', authservId: 'atlas312.free.mail.ne1.yahoo.com', spf: ['pass', 'example.com'], dkim: [['pass', 'example.com']], dmarc: ['pass', 'reject', null], alignedBy: 'both', fromAuthenticated: true, untrusted: 0, findingIds: ['authres.lenient', 'authres.dmarc.pass'] },
  { file: 'aol-dkim-fail.eml', provider: '10.197.33.12', basis: 'above-boundary', authservId: 'atlas207.aol.mail.bf1.yahoo.com', spf: ['softfail', 'example.net'], dkim: [['fail', 'example.net']], dmarc: ['fail', 'quarantine', null], alignedBy: null, fromAuthenticated: false, untrusted: 0, findingIds: ['authres.lenient', 'authres.dmarc.fail', 'authres.spf.softfail', 'authres.dkim.fail'] },
  { file: 'icloud-split-headers.eml', provider: 'p00-icloudmta-asmtp-us-west-2a-100-percent-3.k8s.icloud.com', basis: 'above-boundary', authservId: 'spf.icloud.com', spf: ['pass', 'bounce@em.example.com'], dkim: [['pass', 'example.com']], dmarc: ['pass', null, null], alignedBy: 'both', fromAuthenticated: true, untrusted: 0, findingIds: ['authres.dmarc.pass'] },
  { file: 'fastmail-dmarc-pass.eml', provider: 'mx6.messagingengine.com', basis: 'above-boundary', authservId: 'mx6.messagingengine.com', spf: ['pass', 'bounce@example.com'], dkim: [['pass', 'example.com']], dmarc: ['pass', 'reject', 'none'], alignedBy: 'both', fromAuthenticated: true, untrusted: 0, findingIds: ['authres.lenient', 'authres.dmarc.pass'] },
  { file: 'proton-split-same-id.eml', provider: 'mailin.protonmail.ch', basis: 'above-boundary', authservId: 'mail.protonmail.ch', spf: ['pass', 'example.com'], dkim: [['pass', 'example.com']], dmarc: ['pass', 'quarantine', 'none'], alignedBy: 'both', fromAuthenticated: true, untrusted: 0, findingIds: ['authres.dmarc.pass'] },
  { file: 'zoho-arc-and-ar.eml', provider: 'mx.zohomail.com', basis: 'above-boundary', authservId: 'mx.zohomail.com', spf: ['pass', 'bounce@example.com'], dkim: [['pass', 'example.com']], dmarc: ['pass', null, null], alignedBy: 'both', fromAuthenticated: true, untrusted: 0, findingIds: ['authres.lenient', 'authres.dmarc.pass'] },
  { file: 'mailru-dmarc-pass.eml', provider: 'mx263.i.mail.ru', basis: 'above-boundary', authservId: 'mxs.mail.ru', spf: ['pass', 'bounce@example.com'], dkim: [['pass', 'example.com']], dmarc: ['pass', null, null], alignedBy: 'both', fromAuthenticated: true, untrusted: 0, findingIds: ['authres.dmarc.pass'] },
  { file: 'yandex-smtp-mail.eml', provider: 'mail-nwsmtp-mxfront-production-main-12.iva.yp-c.yandex.net', basis: 'above-boundary', authservId: 'mail-nwsmtp-mxfront-production-main-12.iva.yp-c.yandex.net', spf: ['pass', 'bounce@example.com'], dkim: [['pass', 'news.example.com']], dmarc: null, alignedBy: 'both', fromAuthenticated: true, untrusted: 0, findingIds: [] },
  { file: 'postfix-opendkim-opendmarc.eml', provider: 'mail.example.org', basis: 'above-boundary', authservId: 'mail.example.org', spf: ['pass', 'example.com'], dkim: [['pass', 'example.com']], dmarc: ['pass', 'none', 'none'], alignedBy: 'both', fromAuthenticated: true, untrusted: 0, findingIds: ['authres.dmarc.pass'] },
];

describe('recorded verdicts from provider-shaped headers', () => {
  it.each(CASES.map((c) => [c.file, c] as const))('%s', async (file, c) => {
    const fields = loadFixture(file);
    const { auth, findings } = readRecordedAuth(fields, boundaryBy(fields, c.provider));
    const r = auth.recorded;
    expect(r).not.toBeNull();
    if (r === null) return;
    expect(r.basis).toBe(c.basis);
    expect(r.trusted).toBe(true);
    expect(r.authservId).toBe(c.authservId);
    expect(r.spf ? [r.spf.result, r.spf.mailFrom] : null).toEqual(c.spf);
    expect(r.dkim.map((d) => [d.result, d.domain])).toEqual(c.dkim);
    expect(r.dmarc ? [r.dmarc.result, r.dmarc.policy, r.dmarc.disposition] : null).toEqual(c.dmarc);
    expect(r.alignment.alignedBy).toBe(c.alignedBy);
    expect(r.fromAuthenticated).toBe(c.fromAuthenticated);
    expect(auth.untrusted).toHaveLength(c.untrusted);
    expect(findings.map((f) => f.id)).toEqual(c.findingIds);
    await expect(JSON.stringify({ auth, findings }, null, 2) + '\n').toMatchFileSnapshot(`../../fixtures/authresults/golden/${file.replace(/\.eml$/, '.json')}`);
  });
});
