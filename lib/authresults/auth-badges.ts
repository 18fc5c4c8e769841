/**
 * The compact SPF / DKIM / DMARC row of the report: one badge per method, read from the provider's recorded
 * results only, so that the badges, the checklist and the verdict state the same facts. DKIM is the signature
 * aligned with From (RFC 7489 §3.1.1: only that one counts for DMARC); "none" is "not signed"; a DMARC fail, and
 * the aligned DKIM fail behind it, that the provider forgave a forwarder (forwarding.ts) are warnings, not problems.
 */
import type { AuthReport, DkimVerdict, RecordedAuth } from './auth-report';
import { trustedForwarding, type TrustedForwarding } from './forwarding';

export type BadgeTone = 'ok' | 'warn' | 'bad' | 'info';

export interface AuthBadge {
  method: 'SPF' | 'DKIM' | 'DMARC';
  /** The RFC 8601 result word shown, or null when the provider recorded none. */
  result: string | null;
  /** The word on the badge ("pass", "fail", "not signed", "not recorded", "pass, not aligned" ...). */
  word: string;
  tone: BadgeTone;
  /** One line of what it means. */
  line: string;
}

export interface AuthBadges {
  /** Where the results come from: the provider's recorded results, or the live re-check (lib/live/live-badges). */
  source: 'recorded' | 'live';
  /** Who wrote the results ("mx.google.com", "your provider (no authserv-id)"), or null when nobody trusted did. */
  recorder: string | null;
  /** The results could not be tied to the provider: shown as claims. */
  claimed: boolean;
  badges: AuthBadge[];
}

/** Tone of a result word: pass is ok, fail/permerror bad, none or missing info, everything else a warning. */
export function toneOf(result: string | null): BadgeTone {
  if (result === 'pass') return 'ok';
  if (result === 'fail' || result === 'permerror') return 'bad';
  if (result === null || result === 'none') return 'info';
  return 'warn';
}

function spfBadge(r: RecordedAuth): AuthBadge {
  const s = r.spf;
  if (s === null)
    return { method: 'SPF', result: null, word: 'not recorded', tone: 'info', line: 'No SPF result recorded.' };
  const a = r.alignment.spf;
  const aligned =
    a === null || a.aligned === 'unknown'
      ? ''
      : a.aligned === 'none'
        ? ', not aligned with From'
        : ', aligned with From';
  return {
    method: 'SPF',
    result: s.result,
    word: s.written ?? s.result,
    tone: toneOf(s.result),
    line: `${s.mailFrom ? `MAIL FROM ${s.mailFrom}` : 'MAIL FROM not recorded'}${aligned}. ${s.explanation?.meaning ?? ''}`.trim(),
  };
}

function label(d: DkimVerdict): string {
  return `d=${d.domain ?? '?'}${d.selector ? ` s=${d.selector}` : ''}`;
}

function dkimBadge(r: RecordedAuth, fwd: TrustedForwarding | null): AuthBadge {
  const signed = r.dkim.map((d, i) => ({ d, a: r.alignment.dkim[i] })).filter((x) => x.d.result !== 'none');
  if (signed.length === 0) {
    return {
      method: 'DKIM',
      result: r.dkim.length > 0 ? 'none' : null,
      word: r.dkim.length > 0 ? 'not signed' : 'not recorded',
      tone: 'info',
      line: r.dkim.length > 0 ? 'The message carries no DKIM signature.' : 'No DKIM result recorded.',
    };
  }
  const aligned = signed.filter((x) => x.a?.aligned === 'strict' || x.a?.aligned === 'relaxed');
  const others = signed.filter((x) => !aligned.includes(x));
  const rest =
    others.length > 0
      ? ` Also ${others.map((x) => `${x.d.result} ${label(x.d)}`).join('; ')} (not aligned, does not count for DMARC).`
      : '';
  if (aligned.length > 0) {
    const best = aligned.find((x) => x.d.result === 'pass') ?? aligned[0];
    const d = best?.d;
    if (d === undefined)
      return { method: 'DKIM', result: null, word: 'not recorded', tone: 'info', line: 'No DKIM result recorded.' };
    // RFC 8617 §1: the forwarder changed the message after the author signed it and sealed what it saw before.
    if (d.result === 'fail' && fwd !== null)
      return {
        method: 'DKIM',
        result: d.result,
        word: 'fail, forwarded',
        tone: 'warn',
        line: `fail for ${label(d)}, aligned with From: ${fwd.via} changed the message after it was signed; the provider accepted ${fwd.via}'s ARC seal.${rest}`,
      };
    return {
      method: 'DKIM',
      result: d.result,
      word: d.written ?? d.result,
      tone: toneOf(d.result),
      line: `${d.result} for ${label(d)}, aligned with From.${rest}`,
    };
  }
  const pass = signed.find((x) => x.d.result === 'pass');
  if (pass !== undefined)
    return {
      method: 'DKIM',
      result: 'pass',
      word: 'pass, not aligned',
      tone: 'warn',
      line: `Only ${label(pass.d)} passed, and it is not the From domain's: it does not authenticate From.${rest}`,
    };
  const first = signed[0]?.d;
  return {
    method: 'DKIM',
    result: first?.result ?? null,
    word: first ? (first.written ?? first.result) : 'not recorded',
    tone: toneOf(first?.result ?? null),
    line: signed.map((x) => `${x.d.result} ${label(x.d)}`).join('; '),
  };
}

function dmarcBadge(r: RecordedAuth, fwd: TrustedForwarding | null): AuthBadge {
  const d = r.dmarc;
  if (d === null) {
    return r.fromAuthenticated
      ? {
          method: 'DMARC',
          result: null,
          word: 'not recorded',
          tone: 'info',
          line: 'No DMARC result recorded, but an aligned SPF or DKIM pass authenticates From.',
        }
      : { method: 'DMARC', result: null, word: 'not recorded', tone: 'info', line: 'No DMARC result recorded.' };
  }
  const policy = d.policy ? ` Policy p=${d.policy}.` : '';
  const action = d.disposition ? ` Receiver action: ${d.disposition}.` : '';
  if (fwd !== null) {
    return {
      method: 'DMARC',
      result: d.result,
      word: 'fail, forwarded',
      tone: 'warn',
      line: `From ${d.headerFrom ?? '?'} failed after ${fwd.via} changed the message; the provider accepted ${fwd.via}'s ARC seal.${policy}`,
    };
  }
  if (d.result === 'none')
    return {
      method: 'DMARC',
      result: 'none',
      word: 'no record',
      tone: 'info',
      line: `${d.headerFrom ?? 'The From domain'} publishes no DMARC record.`,
    };
  return {
    method: 'DMARC',
    result: d.result,
    word: d.written ?? d.result,
    tone: toneOf(d.result),
    line: `From ${d.headerFrom ?? '?'}: ${d.explanation?.meaning ?? `result ${d.written ?? d.result}`}${policy}${action}`,
  };
}

/** The badge row for an auth section; `listId` is the message's List-Id (forwarding.ts listIdOf). */
export function authBadges(auth: AuthReport, listId: string | null): AuthBadges {
  const r = auth.recorded;
  if (r === null) return { source: 'recorded', recorder: null, claimed: false, badges: [] };
  const claimed = !r.trusted;
  const fwd = trustedForwarding(r, auth.arcChain, listId);
  const badges = [spfBadge(r), dkimBadge(r, fwd), dmarcBadge(r, fwd)].map((b) =>
    claimed && b.tone === 'ok' ? { ...b, word: `${b.word} (claimed)`, tone: 'warn' as const } : b,
  );
  return {
    source: 'recorded',
    recorder: r.authservId === '' ? 'your provider (no authserv-id)' : r.authservId,
    claimed,
    badges,
  };
}
