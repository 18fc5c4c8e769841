/** RFC 7489 §3.1 identifier alignment, computed from the recorded results (nothing is re-verified here). */
import type { AlignmentDetail, DkimVerdict, IdentifierAlignment, SpfVerdict } from './auth-report';
import { alignmentLevel, domainOf } from '../dmarc/align';
import { mapList } from '../list/map-list';

function describe(x: IdentifierAlignment, from: string): string {
  const name = x.identifier === 'spf' ? 'SPF (MAIL FROM)' : 'DKIM (d=)';
  const d = x.domain ?? '(unknown)';
  const state = x.authenticated ? 'passed' : 'did not pass';
  switch (x.aligned) {
    case 'strict':
      return `${name} ${d} ${state} and is the From domain itself (aligned, strict).`;
    case 'relaxed':
      return `${name} ${d} ${state} and shares the organizational domain with ${from} (aligned in relaxed mode, not strict).`;
    case 'none':
      return `${name} ${d} ${state} but is unrelated to the From domain ${from} (not aligned).`;
    case 'unknown':
      return `${name}: domain not recorded.`;
  }
}

export function computeAlignment(headerFrom: string | null, spf: SpfVerdict | null, dkim: readonly DkimVerdict[]): AlignmentDetail {
  const from = domainOf(headerFrom);
  const spfDomain = spf ? domainOf(spf.mailFrom) : null;
  const spfA: IdentifierAlignment | null = spf ? { identifier: 'spf', domain: spfDomain, authenticated: spf.result === 'pass', aligned: alignmentLevel(spfDomain, from) } : null;
  const dkimA: IdentifierAlignment[] = mapList(dkim, (d) => ({ identifier: 'dkim', domain: d.domain, authenticated: d.result === 'pass', aligned: alignmentLevel(d.domain, from) }));
  const ok = (x: IdentifierAlignment | null) => x !== null && x.authenticated && (x.aligned === 'strict' || x.aligned === 'relaxed');
  const spfOk = ok(spfA);
  const dkimOk = dkimA.some(ok);
  const alignedBy = spfOk && dkimOk ? 'both' : spfOk ? 'spf' : dkimOk ? 'dkim' : null;
  let summary: string;
  if (from === null) summary = 'The From domain is not known, so alignment cannot be shown.';
  else {
    const lines = mapList([spfA, ...dkimA].filter((x): x is IdentifierAlignment => x !== null), (x) => describe(x, from));
    const head = alignedBy === null ? `Nothing that passed is aligned with From (${from}).` : `From (${from}) is authenticated by ${alignedBy === 'both' ? 'SPF and DKIM' : alignedBy.toUpperCase()}.`;
    summary = [head, ...lines].join(' ');
  }
  return { headerFrom: from, spf: spfA, dkim: dkimA, alignedBy, summary };
}
