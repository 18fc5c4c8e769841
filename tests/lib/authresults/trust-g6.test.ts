/**
 * security goal G6 (docs/security-goals.md): forged Authentication-Results must never become the verdict. The six rows of
 * the HKUDS/Vibe-Trading#1508 review table, built around a provider (mx.google.com) whose boundary
 * Received is known, plus the unknown-boundary fallback.
 */
import { describe, expect, it } from 'vitest';
import { readRecordedAuth, type AuthReport } from '../../../lib/authresults';
import type { Finding } from '../../../lib/report';
import { boundaryBy, fieldsOf } from './load-fixture';

const BOUNDARY = 'Received: from mail.sender.example (mail.sender.example [203.0.113.5]) by mx.google.com with ESMTPS id x1; Tue, 14 Oct 2025 09:17:40 +0000';
const EXTERNAL = 'Received: from pc (unknown [198.51.100.9]) by mail.sender.example (Postfix) with ESMTP id 1; Tue, 14 Oct 2025 09:17:39 +0000';
const MESSAGE = ['From: Bank <alerts@bank.example>', 'To: alice@gmail.com', 'Subject: hi', 'Date: Tue, 14 Oct 2025 09:17:38 +0000', 'Message-ID: <1@sender.example>', '', ''];

const REAL_FAIL = 'Authentication-Results: mx.google.com; spf=fail smtp.mailfrom=alerts@bank.example; dkim=none; dmarc=fail (p=REJECT dis=REJECT) header.from=bank.example';
const FORGED_PASS = 'Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=alerts@bank.example; dkim=pass header.d=bank.example header.s=s1; dmarc=pass header.from=bank.example';

function run(top: string[], block: string[], below: string[], message = MESSAGE): { auth: AuthReport; findings: Finding[] } {
  const fields = fieldsOf([...top, BOUNDARY, ...block, EXTERNAL, ...below, ...message].join('\r\n'));
  return readRecordedAuth(fields, boundaryBy(fields, 'mx.google.com'));
}

/** The G6 gate: no state in which forged data authenticates the From domain. */
function expectNoForgedPass(auth: AuthReport): void {
  const r = auth.recorded;
  if (r === null) return;
  expect(r.fromAuthenticated).toBe(false);
  expect(r.dmarc?.result ?? 'none').not.toBe('pass');
}

const ids = (f: readonly Finding[]) => f.map((x) => x.id);

describe('G6: forged Authentication-Results never become the verdict', () => {
  it('1. forged pass below the provider\'s real fail', () => {
    const { auth, findings } = run([], [REAL_FAIL], [FORGED_PASS]);
    expectNoForgedPass(auth);
    expect(auth.recorded?.dmarc?.result).toBe('fail');
    expect(auth.untrusted.map((u) => u.fieldIndex)).toEqual([3]);
    expect(findings.find((f) => f.id === 'authres.duplicate-authserv-id')?.severity).toBe('bad');
  });

  it.each([
    ['below the sender\'s Received', [], [FORGED_PASS]],
    ['right below the boundary, with a foreign authserv-id', [FORGED_PASS.replace('mx.google.com', 'mx.attacker.example')], []],
    ['under an unrelated id that looks like a provider', [], [FORGED_PASS.replace('mx.google.com', 'mx.google.com.attacker.example')]],
  ])('2. forged header alone (provider stamps none): %s', (_name, block, below) => {
    const { auth, findings } = run([], block, below);
    expect(auth.recorded).toBeNull();
    expect(auth.untrusted).toHaveLength(1);
    expect(ids(findings)).toContain('authres.no-trusted');
  });

  it('3. attacker\'s own domain passes SPF and DKIM, From forged', () => {
    const ar = 'Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=bounce@attacker.example; dkim=pass header.d=attacker.example header.s=a; dmarc=fail header.from=bank.example';
    const { auth, findings } = run([], [ar], []);
    expectNoForgedPass(auth);
    expect(auth.recorded?.spf?.result).toBe('pass');
    expect(auth.recorded?.alignment.alignedBy).toBeNull();
    expect(auth.recorded?.alignment.spf?.aligned).toBe('none');
    expect(ids(findings)).toContain('authres.dmarc.fail');
    // Without a DMARC statement, alignment is computed from the From header.
    const noDmarc = run([], ['Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=bounce@attacker.example; dkim=pass header.d=attacker.example'], []);
    expectNoForgedPass(noDmarc.auth);
    expect(ids(noDmarc.findings)).toContain('authres.from.unaligned');
  });

  it('4. pass text inside comments, reason= and quoted values is not a result', () => {
    const ar =
      'Authentication-Results: mx.google.com (dmarc=pass); spf=fail (spf=pass dkim=pass) reason="dmarc=pass; spf=pass" smtp.mailfrom="dkim=pass"@bank.example; ' +
      'dkim=fail (dkim=pass) header.d=bank.example; dmarc=fail (dmarc=pass) header.from=bank.example';
    const { auth } = run([], [ar], []);
    expectNoForgedPass(auth);
    expect(auth.recorded?.spf?.result).toBe('fail');
    expect(auth.recorded?.dkim.map((d) => d.result)).toEqual(['fail']);
  });

  it('5. duplicate A-R with the same authserv-id: only the provider\'s (upper) one is read', () => {
    const { auth, findings } = run([], [REAL_FAIL, FORGED_PASS], []);
    expectNoForgedPass(auth);
    expect(auth.recorded?.fieldIndex).toBe(1);
    expect(auth.untrusted[0]?.why).toContain('second header naming your provider');
    expect(findings.find((f) => f.id === 'authres.duplicate-authserv-id')?.severity).toBe('bad');
  });

  it('6. A-R with the provider\'s id below the provider\'s hop', () => {
    const { auth } = run([], [], [REAL_FAIL.replace('fail', 'pass'), FORGED_PASS]);
    expect(auth.recorded).toBeNull();
    expect(auth.untrusted).toHaveLength(2);
  });

  it('a block A-R that disagrees with the provider\'s own ARC copy is not believed', () => {
    const seal = 'ARC-Authentication-Results: i=1; mx.google.com; spf=fail smtp.mailfrom=alerts@bank.example; dkim=none; dmarc=fail header.from=bank.example';
    const { auth } = run([seal], [FORGED_PASS], []);
    expectNoForgedPass(auth);
    expect(auth.recorded?.basis).toBe('arc-seal');
  });

  it('an earlier header vouched for by a verified ARC sealer is a warning, not forgery', () => {
    const provider = 'Authentication-Results: mx.google.com; spf=fail smtp.mailfrom=list.example; dkim=fail header.d=bank.example; arc=pass (i=1); dmarc=fail header.from=bank.example';
    const aar = 'ARC-Authentication-Results: i=1; lists.example.org; dmarc=pass header.from=bank.example';
    const earlier = 'Authentication-Results: lists.example.org; dmarc=pass header.from=bank.example';
    const { findings } = run([], [provider], [aar, earlier]);
    expect(findings.find((f) => f.id === 'authres.untrusted.contradicts')?.severity).toBe('warn');
  });
});

describe('unknown boundary: topmost A-R, shown as a claim', () => {
  it('reads the topmost header but marks it untrusted', () => {
    const fields = fieldsOf([REAL_FAIL, FORGED_PASS, ...MESSAGE].join('\r\n'));
    const { auth, findings } = readRecordedAuth(fields, { boundaryField: null, providerHost: null });
    expect(auth.recorded?.basis).toBe('topmost-guess');
    expect(auth.recorded?.trusted).toBe(false);
    expect(auth.recorded?.dmarc?.result).toBe('fail');
    expect(ids(findings)).toEqual(expect.arrayContaining(['authres.trust.unknown-boundary', 'authres.duplicate-authserv-id']));
  });

  it('no Authentication-Results at all', () => {
    const { auth, findings } = readRecordedAuth(fieldsOf(MESSAGE.join('\r\n')), { boundaryField: null, providerHost: null });
    expect(auth).toEqual({ recorded: null, untrusted: [], arcChain: [] });
    expect(ids(findings)).toEqual(['authres.none']);
  });
});

describe('Microsoft 365: A-R without authserv-id above the boundary', () => {
  it('trusts the provider\'s and lists a copied Microsoft-style A-R below it', () => {
    const text = [
      'Authentication-Results: spf=fail (sender IP is 203.0.113.5) smtp.mailfrom=bank.example; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=bank.example;compauth=fail reason=000',
      'Received: from mail.sender.example (203.0.113.5) by AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.73) with Microsoft SMTP Server id 15.20.8000.10 via Frontend Transport; Tue, 14 Oct 2025 09:30:00 +0000',
      'Authentication-Results: spf=pass (sender IP is 203.0.113.5) smtp.mailfrom=bank.example; dkim=pass header.d=bank.example;dmarc=pass action=none header.from=bank.example;compauth=pass reason=100',
      ...MESSAGE,
    ].join('\r\n');
    const fields = fieldsOf(text);
    const { auth, findings } = readRecordedAuth(fields, boundaryBy(fields, 'AM4PEPF00027A5F.mail.protection.outlook.com'));
    expectNoForgedPass(auth);
    expect(auth.recorded?.compauth?.reasonMeaning?.confidence).toBe('documented');
    expect(auth.recorded?.dmarc?.disposition).toBe('quarantine');
    expect(findings.find((f) => f.id === 'authres.untrusted.contradicts')?.severity).toBe('bad');
  });
});
