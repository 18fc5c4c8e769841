/**
 * security goal G4, docs/security-goals.md: DNS failures and unusable keys never yield pass. Every fault on the key name of a
 * correctly signed message (the RFC 6376 A.2 example) -> temperror or permerror, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { verifyDkim } from '../../../lib/dkim';
import type { DnsResolver, DnsStatus } from '../../../lib/dns/types';
import { FakeResolver, txt, type ZoneEntry } from '../../helpers/fake-resolver';
import { fixtureText, messageOf, now, rfcKeys } from './message';

const NAME = 'brisbane._domainkey.example.com';
const GOOD = rfcKeys()[NAME] ?? '';
const P = GOOD.slice(GOOD.indexOf('p=') + 2);
const message = () => messageOf(fixtureText('rfc6376-A.2-signed.eml'));

async function withZone(entries: ZoneEntry[] | null) {
  const dns = new FakeResolver(entries === null ? {} : { [NAME]: entries });
  const [r] = await verifyDkim(message(), { dns, now });
  return { r, dns };
}

describe('DNS faults -> temperror', () => {
  it.each<[DnsStatus, string]>([
    ['TIMEOUT', 'dkim.dns.timeout'],
    ['SERVFAIL', 'dkim.dns.servfail'],
    ['REFUSED', 'dkim.dns.error'],
    ['NETWORK', 'dkim.dns.error'],
    ['HTTP', 'dkim.dns.error'],
    ['MALFORMED', 'dkim.dns.error'],
    ['TRUNCATED', 'dkim.dns.error'],
    ['BUDGET', 'dkim.dns.error'],
    ['ABORTED', 'dkim.dns.error'],
  ])('%s -> temperror %s', async (status, code) => {
    const { r } = await withZone([{ fail: status }]);
    expect(r).toMatchObject({ result: 'temperror', code });
    expect(r?.reason).toContain(NAME);
  });

  it('a resolver that throws (against its contract) -> temperror', async () => {
    const dns: DnsResolver = { query: () => Promise.reject(new Error('boom')) };
    const [r] = await verifyDkim(message(), { dns, now });
    expect(r).toMatchObject({ result: 'temperror', code: 'dkim.dns.error' });
  });
});

describe('missing or unusable key -> permerror (or fail for a weak key)', () => {
  it.each<[string, ZoneEntry[] | null, string, string]>([
    ['NXDOMAIN', null, 'permerror', 'dkim.key.not-found'],
    ['NOERROR without TXT', [{ type: 'A', address: '192.0.2.1' }], 'permerror', 'dkim.key.not-found'],
    ['two TXT records', [txt(GOOD), txt(GOOD)], 'permerror', 'dkim.key.ambiguous'],
    ['revoked (p= empty)', [txt('v=DKIM1; p=')], 'permerror', 'dkim.key.revoked'],
    ['no p= at all', [txt('v=DKIM1; k=rsa')], 'permerror', 'dkim.key.syntax'],
    ['not a tag list', [txt('hello world')], 'permerror', 'dkim.key.syntax'],
    ['v= not first', [txt(`k=rsa; v=DKIM1; p=${P}`)], 'permerror', 'dkim.key.bad-version'],
    ['v=DKIM2', [txt(`v=DKIM2; p=${P}`)], 'permerror', 'dkim.key.bad-version'],
    ['p= not base64', [txt('v=DKIM1; p=!!!!')], 'permerror', 'dkim.key.malformed'],
    ['p= base64 but not a key', [txt('v=DKIM1; p=SGVsbG8gd29ybGQ=')], 'permerror', 'dkim.key.malformed'],
    ['p= truncated key', [txt(`v=DKIM1; p=${P.slice(0, 100)}`)], 'permerror', 'dkim.key.malformed'],
    ['unknown k=', [txt(`v=DKIM1; k=dsa; p=${P}`)], 'permerror', 'dkim.key.unknown-type'],
    ['h= excludes sha256', [txt(`v=DKIM1; h=sha1; p=${P}`)], 'permerror', 'dkim.key.hash-not-allowed'],
    ['s= not email', [txt(`v=DKIM1; s=other; p=${P}`)], 'permerror', 'dkim.key.not-for-email'],
    ['duplicate tag', [txt(`v=DKIM1; p=${P}; p=${P}`)], 'permerror', 'dkim.key.syntax'],
  ])('%s', async (_label, entries, result, code) => {
    const { r } = await withZone(entries);
    expect(r).toMatchObject({ result, code });
  });

  it('a TXT key split into several strings is joined (RFC 6376 §3.6.2.2)', async () => {
    const { r } = await withZone([txt(GOOD.slice(0, 50), GOOD.slice(50, 120), GOOD.slice(120))]);
    expect(r?.result).toBe('pass');
  });

  it('one key look-up per selector and domain, however many signatures use it', async () => {
    const text = fixtureText('rfc6376-A.2-signed.eml');
    const sig = text.slice(0, text.indexOf('Received:'));
    const dns = new FakeResolver({ [NAME]: [txt(GOOD)] });
    const results = await verifyDkim(messageOf(sig + sig + text), { dns, now });
    expect(results).toHaveLength(3);
    expect(dns.count('TXT')).toBe(1);
  });
});

describe('no fault ever passes', () => {
  it('over the whole table above: 0 x pass', async () => {
    const faults: (ZoneEntry[] | null)[] = [null, [{ fail: 'TIMEOUT' }], [{ fail: 'SERVFAIL' }], [txt('v=DKIM1; p=')], [txt('junk')], [txt(GOOD), txt(GOOD)]];
    const results = await Promise.all(faults.map(async (f) => (await withZone(f)).r?.result));
    expect(results.filter((x) => x === 'pass')).toEqual([]);
  });
});
