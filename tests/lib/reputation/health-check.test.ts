/** RFC 5782 §5 health check, list by list. */
import { describe, expect, it } from 'vitest';
import { FakeResolver, type Zone } from '../../helpers/fake-resolver';
import { a } from '../../helpers/fake-resolver-reputation';
import { activeLists } from '../../../lib/reputation/catalogue';
import { checkHealth } from '../../../lib/reputation/health-check';

const { lists } = activeLists(null);
const dbl = lists.find((l) => l.list.id === 'spamhaus-dbl');
const psbl = lists.find((l) => l.list.id === 'psbl');
if (!dbl || !psbl) throw new Error('catalogue');

describe('checkHealth', () => {
  it.each<[string, Zone, boolean, string | null]>([
    ['IP list: 127.0.0.2 listed, 127.0.0.1 not', { '2.0.0.127.psbl.surriel.com': [a('127.0.0.2')] }, true, null],
    ['IP list: 127.0.0.2 not listed', {}, false, 'reputation.health.test-not-listed'],
    ['IP list: 127.0.0.1 listed too (answers everything)', { '2.0.0.127.psbl.surriel.com': [a('127.0.0.2')], '1.0.0.127.psbl.surriel.com': [a('127.0.0.2')] }, false, 'reputation.health.lists-everything'],
    ['IP list: NODATA for 127.0.0.2', { '2.0.0.127.psbl.surriel.com': [{ type: 'TXT', strings: ['x'], text: 'x' }] }, false, 'reputation.health.test-not-listed'],
  ])('%s', async (_label, zone, ok, reason) => {
    const r = await checkHealth(psbl, new FakeResolver(zone));
    expect(r.ok).toBe(ok);
    expect(r.reason).toBe(reason);
    expect(r.transient).toBe(false);
  });

  it.each<[string, Zone, boolean, string | null, boolean]>([
    ['RFC 5782 `test` listed', { 'test.dbl.spamhaus.org': [a('127.0.1.2')] }, true, null, false],
    ['only the operator test domain listed', { 'dbltest.com.dbl.spamhaus.org': [a('127.0.1.2')] }, true, null, false],
    ['`test` times out, dbltest.com listed', { 'test.dbl.spamhaus.org': [{ fail: 'TIMEOUT' }], 'dbltest.com.dbl.spamhaus.org': [a('127.0.1.2')] }, true, null, false],
    ['neither listed', {}, false, 'reputation.health.test-not-listed', false],
    ['both time out', { 'test.dbl.spamhaus.org': [{ fail: 'TIMEOUT' }], 'dbltest.com.dbl.spamhaus.org': [{ fail: 'SERVFAIL' }] }, false, 'reputation.dns.timeout', true],
    ['`invalid` times out', { 'test.dbl.spamhaus.org': [a('127.0.1.2')], 'invalid.dbl.spamhaus.org': [{ fail: 'TIMEOUT' }] }, false, 'reputation.dns.timeout', true],
    ['`invalid` listed', { 'test.dbl.spamhaus.org': [a('127.0.1.2')], 'invalid.dbl.spamhaus.org': [a('127.0.1.2')] }, false, 'reputation.health.lists-everything', false],
    ['refused through a public resolver', { 'test.dbl.spamhaus.org': [a('127.255.255.254')], 'dbltest.com.dbl.spamhaus.org': [a('127.255.255.254')], 'invalid.dbl.spamhaus.org': [a('127.255.255.254')] }, false, 'reputation.refused', false],
    ['rate-limited (retried later)', { 'test.dbl.spamhaus.org': [a('127.255.255.255')], 'dbltest.com.dbl.spamhaus.org': [a('127.255.255.255')] }, false, 'reputation.rate-limited', true],
    ['a refusal before a listing: the refusal wins', { 'test.dbl.spamhaus.org': [a('127.255.255.254')], 'dbltest.com.dbl.spamhaus.org': [a('127.0.1.2')] }, false, 'reputation.refused', false],
    // The second always-listed entry is asked only when the first does not answer "listed".
    ['listed, then a refusal that is never asked', { 'test.dbl.spamhaus.org': [a('127.0.1.2')], 'dbltest.com.dbl.spamhaus.org': [a('127.255.255.254')] }, true, null, false],
  ])('domain list: %s', async (_label, zone, ok, reason, transient) => {
    const r = await checkHealth(dbl, new FakeResolver(zone));
    expect(r.ok).toBe(ok);
    expect(r.reason).toBe(reason);
    expect(r.transient).toBe(transient);
    if (!ok) expect(r.detail).toMatch(/^Could not check/);
  });
});
