/**
 * One truth per fact: over every scenario (and every attached message), the badge row, the checklist and the
 * bounce card say nothing the verdict contradicts, and nothing that contradicts each other.
 */
import { describe, expect, it } from 'vitest';
import { authBadges, type AuthBadge } from '../../../lib/authresults/auth-badges';
import { listIdOf } from '../../../lib/authresults/forwarding';
import { reasonPhrase, recipientSentence } from '../../../lib/bounce/recipient-sentence';
import type { Report } from '../../../lib/report';
import { analyseScenario, SCENARIOS } from './load-scenarios';

function badge(r: Report, method: AuthBadge['method']): AuthBadge | undefined {
  return r.auth ? authBadges(r.auth, listIdOf(r.headers)).badges.find((b) => b.method === method) : undefined;
}

function item(r: Report, id: string) {
  return r.deliverability.find((i) => i.id === `deliverability.${id}`);
}

/** Every contradiction found in one report, as sentences (empty: consistent). */
function contradictions(r: Report): string[] {
  const out: string[] = [];
  const v = r.verdict;
  const dmarc = badge(r, 'DMARC');
  const dkim = badge(r, 'DKIM');
  const from = r.addresses.from[0]?.domain ?? '';
  if (v.kind === 'authentic') {
    if (dmarc?.tone === 'bad') out.push(`authentic, but the DMARC badge is red (${dmarc.word})`);
    if (item(r, 'dmarc')?.status === 'fail') out.push('authentic, but the checklist fails DMARC');
  }
  if (v.kind === 'unauthenticated') {
    if (dmarc?.tone === 'ok') out.push('unauthenticated, but the DMARC badge is green');
    if (dkim?.tone === 'ok') out.push('unauthenticated, but an aligned DKIM badge is green');
    if (item(r, 'dmarc')?.status === 'pass') out.push('unauthenticated, but the checklist passes DMARC');
  }
  if (v.kind === 'deceptive' && r.auth?.recorded?.dmarc?.result === 'fail' && dmarc?.tone !== 'bad')
    out.push('deceptive with a DMARC fail, but the DMARC badge is not red');
  if (dmarc?.tone === 'ok' && !dmarc.line.includes(from))
    out.push(`the DMARC pass badge does not name the From domain ${from}`);
  // The checklist agrees with itself and with the badges.
  const policy = item(r, 'dmarc-policy');
  const result = item(r, 'dmarc');
  if (result?.status === 'pass' && policy && /no (?:usable )?DMARC (?:record|policy)/.test(policy.evidence))
    out.push(`DMARC passes, but the policy line says "${policy.evidence}"`);
  if (result && /no DMARC record/.test(result.evidence) && policy && !/no DMARC record/.test(policy.evidence))
    out.push('two answers on whether a DMARC record exists');
  if (dmarc && result && !r.live?.enabled) {
    if ((dmarc.tone === 'ok') !== (result.status === 'pass'))
      out.push(`DMARC badge ${dmarc.word} but checklist ${result.status}`);
  }
  const signed = (r.auth?.recorded?.dkim ?? []).some((d) => d.result !== 'none');
  const dkimItem = item(r, 'dkim');
  if (
    !signed &&
    dkimItem &&
    /changed after signing|No DKIM signature verifies/.test(`${dkimItem.evidence} ${dkimItem.fix ?? ''}`)
  )
    out.push('no signature, but the checklist says it was changed after signing');
  if (!signed && dkim?.tone === 'bad') out.push('no signature, but the DKIM badge is red');
  // The bounce card: permanence from the class, never "soft" for a 5xx.
  for (const rc of r.bounce?.recipients ?? []) {
    const s = recipientSentence(rc);
    const cls = (rc.status ?? rc.replyCode ?? '')[0];
    if (/soft failure/i.test(s)) out.push(`bounce card says "soft failure": ${s}`);
    if (cls === '5' && !rc.permanent) out.push(`class 5 but not permanent: ${s}`);
    if (rc.permanent && !s.includes('Permanent')) out.push(`permanent, but the card says: ${s}`);
    if (cls === '4' && /Permanent/.test(s)) out.push(`class 4, but the card says permanent: ${s}`);
  }
  if (v.kind === 'bounce') {
    const first = r.bounce?.recipients.find((x) => !['delivered', 'vacation', 'feedback'].includes(x.reason));
    if (first === undefined) out.push('a bounce verdict without a failed recipient');
    else if (!v.headline.includes(reasonPhrase(first.reason)))
      out.push(`bounce headline "${v.headline}" does not give the reason "${reasonPhrase(first.reason)}"`);
  }
  // Findings do not state as fact what the verdict says is false.
  if (v.kind === 'authentic') {
    for (const f of r.findings.filter((x) => x.severity === 'bad' && x.id.startsWith('impersonation.')))
      out.push(`authentic, but a problem finding says it impersonates: ${f.title}`);
  }
  if (v.kind === 'deceptive') {
    for (const f of r.findings.filter((x) => x.severity === 'bad' && x.id === 'bounce.failed'))
      out.push(`deceptive, but a problem finding states the fake notice's claim as fact: ${f.title}`);
    for (const reason of v.reasons) {
      const f = r.findings.find((x) => x.id === reason.findingId);
      if (f && f.severity !== 'bad')
        out.push(`deceptive, but the finding its reason rests on is only ${f.severity}: ${f.title}`);
    }
  }
  // Headers only: the body was not checked, so nothing may say its hash failed.
  if (!r.input.hasBody && r.findings.some((f) => /body.?hash/i.test(`${f.id} ${f.title}`) && f.severity === 'bad'))
    out.push('headers only, but a body-hash failure is reported');
  return out;
}

describe('one truth per fact (every scenario)', () => {
  it.each(SCENARIOS.map((s) => [s.file]))('%s', async (file) => {
    const r = await analyseScenario(file);
    expect(contradictions(r)).toEqual([]);
    for (const a of r.attachedMessages) expect(contradictions(a.report)).toEqual([]);
    if (r.bounce?.original) expect(contradictions(r.bounce.original)).toEqual([]);
  });

  it('catches a contradiction when one is planted (the test can fail)', async () => {
    const spoof = await analyseScenario('spoof-pquarantine-gmail.eml');
    expect(contradictions({ ...spoof, verdict: { ...spoof.verdict, kind: 'authentic' } })).toEqual([
      'authentic, but the DMARC badge is red (fail)',
      'authentic, but the checklist fails DMARC',
    ]);
    const bounce = await analyseScenario('bounce-postfix-dsn-5.1.1.eml');
    const card = bounce.bounce?.recipients[0];
    if (!bounce.bounce || !card) throw new Error('fixture changed');
    expect(
      contradictions({ ...bounce, bounce: { ...bounce.bounce, recipients: [{ ...card, permanent: false }] } })[0],
    ).toMatch(/class 5 but not permanent/);
  });
});
