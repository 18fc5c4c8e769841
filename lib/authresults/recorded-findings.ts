/**
 * Findings that summarise the provider's recorded results in plain words: what happened and its usual cause.
 * The sender-side fix is not part of a finding (findings are read from either side); views show it in the
 * sender's perspective from the result's explanation.
 */
import type { Finding } from '../findings';
import { finding } from '../findings';
import type { RecordedAuth } from './auth-report';

/** `forwardedBy`: a forwarder whose ARC seal the provider accepted for a DMARC fail (forwarding.ts), or null. */
export function recordedFindings(r: RecordedAuth, forwardedBy: string | null = null): Finding[] {
  const out: Finding[] = [];
  const who = r.authservId === '' ? 'Your provider' : r.authservId;
  if (!r.trusted) {
    out.push(
      finding(
        'authres.trust.unknown-boundary',
        'warn',
        'Recorded results could not be tied to your provider',
        `The results shown come from the topmost Authentication-Results (${r.authservId || 'no authserv-id'}). Without knowing where your provider received the message, a sender could have written this header.`,
      ),
    );
  }
  const d = r.dmarc;
  if (d) {
    const policy = d.policy ? ` Policy p=${d.policy}${d.disposition ? `, receiver action: ${d.disposition}` : ''}.` : d.disposition ? ` Receiver action: ${d.disposition}.` : '';
    if (d.result === 'pass') out.push(finding('authres.dmarc.pass', 'ok', `DMARC pass for ${d.headerFrom ?? 'the From domain'}`, `${who} recorded dmarc=pass. ${r.alignment.summary}${policy}`));
    else if (d.result === 'fail' && forwardedBy !== null) out.push(finding('authres.dmarc.fail', 'warn', `DMARC fail for ${d.headerFrom ?? 'the From domain'}, after forwarding by ${forwardedBy}`, `${who} recorded dmarc=fail: ${forwardedBy} changed the message on the way (a list footer or subject tag), and ${who} accepted its ARC seal, which records the earlier pass. ${r.alignment.summary}${policy}`));
    else if (d.result === 'fail') out.push(finding('authres.dmarc.fail', 'bad', `DMARC fail for ${d.headerFrom ?? 'the From domain'}`, `${who} recorded dmarc=fail: ${d.explanation?.meaning ?? ''} ${r.alignment.summary}${policy}`));
    else out.push(finding(`authres.dmarc.${d.result}`, d.result === 'none' ? 'info' : 'warn', `DMARC ${d.written ?? d.result} for ${d.headerFrom ?? 'the From domain'}`, `${d.explanation?.meaning ?? 'The DMARC result is not a standard one.'} ${d.explanation?.fix ?? ''}`.trim()));
  } else if (!r.fromAuthenticated && (r.spf !== null || r.dkim.length > 0)) {
    out.push(finding('authres.from.unaligned', 'warn', 'No recorded result authenticates the From domain', r.alignment.summary));
  }
  const s = r.spf;
  if (s && s.result !== 'pass' && s.result !== 'none') {
    out.push(finding(`authres.spf.${s.result}`, 'warn', `SPF ${s.written ?? s.result}${s.mailFrom ? ` for ${s.mailFrom}` : ''}`, `${s.explanation?.meaning ?? ''} Usual cause: ${s.explanation?.cause ?? 'unknown'}`));
  }
  for (const k of r.dkim) {
    if (k.result === 'pass' || k.result === 'none') continue;
    out.push(finding(`authres.dkim.${k.result}`, 'warn', `DKIM ${k.written ?? k.result}${k.domain ? ` for d=${k.domain}` : ''}${k.selector ? ` (s=${k.selector})` : ''}`, `${k.explanation?.meaning ?? ''} Usual cause: ${k.explanation?.cause ?? 'unknown'}`));
  }
  const c = r.compauth;
  if (c && c.result === 'fail') {
    out.push(finding('authres.compauth.fail', 'bad', 'Microsoft 365 composite authentication failed', `compauth=fail${c.reason ? ` reason=${c.reason}: ${c.reasonMeaning?.meaning ?? ''}` : ''} ${c.explanation?.fix ?? ''}`.trim()));
  }
  return out;
}
