/**
 * The compact SPF / DKIM / DMARC row from the live re-check, for a message whose provider recorded nothing
 * (pasted headers, a provider that writes no Authentication-Results). Same badge shape and tones as the
 * recorded row (lib/authresults/auth-badges.ts); the recorder is the live check itself. When the provider did
 * record results, those decide and this row is not shown.
 */
import { toneOf, type AuthBadge, type AuthBadges } from '../authresults/auth-badges';
import type { LiveSection } from './types';

function spfBadge(live: LiveSection): AuthBadge {
  const s = live.spf;
  if (s === null)
    return {
      method: 'SPF',
      result: null,
      word: 'not checked',
      tone: 'info',
      line: 'SPF was not checked (no sending IP or MAIL FROM found).',
    };
  return { method: 'SPF', result: s.result, word: s.result, tone: toneOf(s.result), line: `${s.domain}: ${s.reason}` };
}

/** RFC 7489 §3.1.1 relaxed alignment: d= is the From domain's organizational domain or under it. */
function alignedWith(org: string | null, domain: string | null): boolean {
  return org !== null && domain !== null && (domain === org || domain.endsWith(`.${org}`));
}

function dkimBadge(live: LiveSection): AuthBadge {
  if (live.dkim.length === 0)
    return {
      method: 'DKIM',
      result: 'none',
      word: 'not signed',
      tone: 'info',
      line: 'The message carries no DKIM signature.',
    };
  const org = live.dmarc?.orgDomain ?? live.dmarc?.domain ?? null;
  const aligned = live.dkim.filter((d) => alignedWith(org, d.domain));
  const best = aligned.find((d) => d.result === 'pass') ?? aligned[0];
  if (best !== undefined) {
    const unchecked = best.result === 'pass' && !best.bodyChecked ? ' (headers only: the body was not checked)' : '';
    return {
      method: 'DKIM',
      result: best.result,
      word: `${best.result}${unchecked === '' ? '' : ', headers only'}`,
      tone: unchecked === '' ? toneOf(best.result) : 'warn',
      line: `${best.result} for d=${best.domain ?? '?'}, aligned with From${unchecked}: ${best.reason}`,
    };
  }
  const pass = live.dkim.find((d) => d.result === 'pass');
  if (pass !== undefined)
    return {
      method: 'DKIM',
      result: 'pass',
      word: 'pass, not aligned',
      tone: 'warn',
      line: `Only d=${pass.domain ?? '?'} passed, and it is not the From domain's: it does not authenticate From.`,
    };
  const first = live.dkim[0];
  return {
    method: 'DKIM',
    result: first?.result ?? null,
    word: first?.result ?? 'not checked',
    tone: toneOf(first?.result ?? null),
    line: live.dkim.map((d) => `${d.result} d=${d.domain ?? '?'}: ${d.reason}`).join('; '),
  };
}

function dmarcBadge(live: LiveSection): AuthBadge {
  const d = live.dmarc;
  if (d === null)
    return {
      method: 'DMARC',
      result: null,
      word: 'not checked',
      tone: 'info',
      line: 'DMARC was not checked (no From domain).',
    };
  if (d.result === 'none')
    return { method: 'DMARC', result: 'none', word: 'no record', tone: 'info', line: `${d.domain}: ${d.reason}` };
  return {
    method: 'DMARC',
    result: d.result,
    word: d.result,
    tone: toneOf(d.result),
    line: `From ${d.domain}: ${d.reason}${d.policy ? ` Policy p=${d.policy}.` : ''}`,
  };
}

/** The live row, or null when live checks were off. */
export function liveBadges(live: LiveSection | null): AuthBadges | null {
  if (live === null || !live.enabled) return null;
  return {
    source: 'live',
    recorder: live.resolver,
    claimed: false,
    badges: [spfBadge(live), dkimBadge(live), dmarcBadge(live)],
  };
}
