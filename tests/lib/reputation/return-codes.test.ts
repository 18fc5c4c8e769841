/**
 * Every return code of every list in the catalogue, through the zone-file fake resolver and checkReputation.
 * Expected statuses are written by hand from the operators' documentation (see lib/reputation/catalogue-*.ts).
 */
import { describe, expect, it } from 'vitest';
import { FakeResolver } from '../../helpers/fake-resolver';
import { a, healthyZone } from '../../helpers/fake-resolver-reputation';
import { activeLists, BLOCKLISTS } from '../../../lib/reputation/catalogue';
import { checkReputation } from '../../../lib/reputation/check-reputation';
import { domainQueryName, reversedName } from '../../../lib/reputation/query-name';
import { createHealthCache, type CheckStatus } from '../../../lib/reputation/types';

const IP = '81.2.69.160';
const DOMAIN = 'example.org';

type Row = [listId: string, code: string, status: CheckStatus, reason: string | null, meaning: string];

const ROWS: Row[] = [
  ['spamhaus-zen', '127.0.0.2', 'listed', null, 'SBL'],
  ['spamhaus-zen', '127.0.0.3', 'listed', null, 'CSS'],
  ['spamhaus-zen', '127.0.0.4', 'listed', null, 'XBL'],
  ['spamhaus-zen', '127.0.0.5', 'listed', null, 'XBL'],
  ['spamhaus-zen', '127.0.0.6', 'listed', null, 'XBL'],
  ['spamhaus-zen', '127.0.0.7', 'listed', null, 'XBL'],
  ['spamhaus-zen', '127.0.0.9', 'listed', null, 'DROP'],
  ['spamhaus-zen', '127.0.0.10', 'listed', null, 'PBL (set by the ISP)'],
  ['spamhaus-zen', '127.0.0.11', 'listed', null, 'PBL (set by Spamhaus)'],
  ['spamhaus-zen', '127.0.0.30', 'listed', null, 'BCL'],
  ['spamhaus-zen', '127.255.255.250', 'unknown', 'reputation.key-error', 'DQS key'],
  ['spamhaus-zen', '127.255.255.251', 'unknown', 'reputation.key-error', 'DQS key'],
  ['spamhaus-zen', '127.255.255.252', 'unknown', 'reputation.query-error', 'typo'],
  ['spamhaus-zen', '127.255.255.254', 'unknown', 'reputation.refused', 'Could not check: this list refuses queries through public DNS resolvers'],
  ['spamhaus-zen', '127.255.255.255', 'unknown', 'reputation.rate-limited', 'too many queries'],
  ['spamhaus-zen', '127.255.255.1', 'unknown', 'reputation.query-error', '127.255.255.0/24'],
  ['spamhaus-zen', '127.0.0.8', 'unknown', 'reputation.unrecognised', 'does not define'],
  ['spamcop', '127.0.0.2', 'listed', null, 'reported'],
  ['spamcop', '127.0.0.3', 'unknown', 'reputation.unrecognised', 'does not define'],
  ['barracuda', '127.0.0.2', 'listed', null, 'Barracuda'],
  ['uceprotect-1', '127.0.0.2', 'listed', null, 'Level 1'],
  ['psbl', '127.0.0.2', 'listed', null, 'PSBL'],
  ['mailspike', '127.0.0.2', 'listed', null, 'spam source'],
  ['mailspike', '127.0.0.10', 'listed', null, 'L5'],
  ['mailspike', '127.0.0.11', 'listed', null, 'L4'],
  ['mailspike', '127.0.0.12', 'listed', null, 'L3'],
  ['spamrats', '127.0.0.36', 'listed', null, 'RATS-Dyna'],
  ['spamrats', '127.0.0.37', 'listed', null, 'RATS-NoPtr'],
  ['spamrats', '127.0.0.38', 'listed', null, 'RATS-Spam'],
  ['spamrats', '127.0.0.43', 'listed', null, 'RATS-Auth'],
  ['spamrats', '127.0.0.2', 'unknown', 'reputation.unrecognised', 'does not define'],
  ['spamhaus-dbl', '127.0.1.2', 'listed', null, 'low-reputation'],
  ['spamhaus-dbl', '127.0.1.4', 'listed', null, 'phishing'],
  ['spamhaus-dbl', '127.0.1.5', 'listed', null, 'malware'],
  ['spamhaus-dbl', '127.0.1.6', 'listed', null, 'botnet'],
  ['spamhaus-dbl', '127.0.1.102', 'listed', null, 'abused'],
  ['spamhaus-dbl', '127.0.1.103', 'listed', null, 'redirector'],
  ['spamhaus-dbl', '127.0.1.104', 'listed', null, 'phishing'],
  ['spamhaus-dbl', '127.0.1.105', 'listed', null, 'malware'],
  ['spamhaus-dbl', '127.0.1.106', 'listed', null, 'command and control'],
  ['spamhaus-dbl', '127.0.1.255', 'unknown', 'reputation.query-error', 'IP address was queried'],
  ['spamhaus-dbl', '127.255.255.250', 'unknown', 'reputation.key-error', 'DQS key'],
  ['spamhaus-dbl', '127.255.255.251', 'unknown', 'reputation.key-error', 'DQS key'],
  ['spamhaus-dbl', '127.255.255.252', 'unknown', 'reputation.query-error', 'typo'],
  ['spamhaus-dbl', '127.255.255.254', 'unknown', 'reputation.refused', 'Could not check: this list refuses queries through public DNS resolvers'],
  ['spamhaus-dbl', '127.255.255.255', 'unknown', 'reputation.rate-limited', 'too many queries'],
  ['surbl', '127.0.0.1', 'unknown', 'reputation.refused', 'Could not check: this list refuses queries through public DNS resolvers'],
  ['surbl', '127.0.0.2', 'listed', null, 'reserved bit 2'],
  ['surbl', '127.0.0.4', 'listed', null, 'reserved bit 4'],
  ['surbl', '127.0.0.8', 'listed', null, 'PH'],
  ['surbl', '127.0.0.16', 'listed', null, 'MW'],
  ['surbl', '127.0.0.32', 'listed', null, 'reserved bit 32'],
  ['surbl', '127.0.0.64', 'listed', null, 'ABUSE'],
  ['surbl', '127.0.0.128', 'listed', null, 'CR'],
  ['surbl', '127.0.0.80', 'listed', null, 'MW'],
  ['surbl', '127.0.0.9', 'unknown', 'reputation.refused', 'blocked'],
  ['surbl', '127.0.0.0', 'unknown', 'reputation.unrecognised', 'does not define'],
  ['surbl', '127.0.1.8', 'unknown', 'reputation.unrecognised', 'does not define'],
  ['uribl', '127.0.0.1', 'unknown', 'reputation.refused', 'Could not check: this list refuses queries through public DNS resolvers'],
  ['uribl', '127.0.0.2', 'listed', null, 'black'],
  ['uribl', '127.0.0.4', 'listed', null, 'grey'],
  ['uribl', '127.0.0.8', 'listed', null, 'red'],
  ['uribl', '127.0.0.14', 'listed', null, 'grey'],
  ['uribl', '127.0.0.3', 'unknown', 'reputation.refused', 'refused'],
  ['uribl', '127.0.0.16', 'unknown', 'reputation.unrecognised', 'does not define'],
];

async function lookup(listId: string, answers: string[]) {
  const { lists } = activeLists(null);
  const active = lists.find((l) => l.list.id === listId);
  if (!active) throw new Error(listId);
  const target = active.list.kind === 'ip' ? IP : DOMAIN;
  const name = active.list.kind === 'ip' ? reversedName(IP, active.zone) : domainQueryName(DOMAIN, active.zone);
  if (name === null) throw new Error('name');
  const dns = new FakeResolver({ ...healthyZone([active]), [name]: answers.map(a) });
  const rep = await checkReputation({ ips: active.list.kind === 'ip' ? [target] : [], domains: active.list.kind === 'domain' ? [target] : [] }, { dns, health: createHealthCache() });
  const check = rep.checks.find((c) => c.listId === listId);
  if (!check) throw new Error('no check');
  return check;
}

describe('every return code of every list', () => {
  it.each(ROWS)('%s answers %s -> %s', async (listId, code, status, reason, meaning) => {
    const check = await lookup(listId, [code]);
    expect(check.status).toBe(status);
    expect(check.reason).toBe(reason);
    expect(check.code).toBe(code);
    expect(check.meaning).toContain(meaning);
    expect(check.delist).not.toBe('');
  });

  it('the table covers every code and bit in the catalogue', () => {
    for (const list of BLOCKLISTS) {
      const rows = ROWS.filter((r) => r[0] === list.id).map((r) => r[1]);
      for (const c of list.codes) expect(rows, `${list.id} ${c.code}`).toContain(c.code);
      for (const b of list.bits ?? []) expect(rows, `${list.id} bit ${String(b.bit)}`).toContain(`127.0.0.${String(b.bit)}`);
    }
  });

  it('NXDOMAIN and NODATA are "clear" once the health check passed', async () => {
    const clear = await lookup('spamcop', []);
    expect(clear.status).toBe('clear');
    expect(clear.code).toBeNull();
  });

  it('several answers: an error among them wins (never "listed" from an error)', async () => {
    expect((await lookup('spamhaus-zen', ['127.0.0.2', '127.255.255.254'])).status).toBe('unknown');
    const both = await lookup('spamhaus-zen', ['127.0.0.4', '127.0.0.10']);
    expect(both.status).toBe('listed');
    expect(both.code).toBe('127.0.0.4, 127.0.0.10');
    expect(both.meaning).toContain('XBL');
    expect(both.meaning).toContain('PBL');
  });

  it('an answer outside 127.0.0.0/8 is a rewriting resolver, not a listing', async () => {
    const check = await lookup('barracuda', ['192.0.2.80']);
    expect(check.status).toBe('unknown');
    expect(check.reason).toBe('reputation.rewritten');
  });
});
