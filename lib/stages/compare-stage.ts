import type { Report } from '../report';
import type { Finding } from '../findings';
import { finding } from '../findings';

const PASS = 'pass';
const DNS_TROUBLE = new Set(['temperror']);

function explainSpf(recorded: string, now: string): string {
  if (DNS_TROUBLE.has(now)) return 'The check now hit a DNS error, so nothing can be said about a change.';
  if (recorded === PASS) return 'The SPF record was probably changed since delivery (an include or IP removed), or the recorded check ran on a different connecting IP than the one we see (a forwarder or an internal relay in between).';
  if (now === PASS) return 'The SPF record was probably fixed since delivery, or the receiver evaluated another identity (HELO) or IP.';
  return 'The SPF record or the way the receiver evaluated it differs from now.';
}

function explainDkim(recorded: string, now: string, code: string): string {
  if (DNS_TROUBLE.has(now)) return 'The key lookup hit a DNS error now; nothing can be said about a change.';
  if (recorded === PASS && code.startsWith('dkim.key')) return 'The key was probably rotated or revoked since delivery (the old selector no longer publishes it): normal key rotation, not tampering.';
  if (recorded === PASS && code.includes('bodyhash')) return 'The body changed after your provider checked it: a pasted or re-encoded copy, or a gateway (disclaimer, list footer) in between.';
  if (recorded === PASS) return 'The message you gave differs from what your provider received (re-encoded, pasted, or edited), or the key changed.';
  if (now === PASS) return 'It verifies now: your provider may have seen a version changed on the way (a gateway) or had a DNS problem then.';
  return 'The result differs from what your provider recorded.';
}

/**
 * Recorded vs now (issues 5 and 6): where the provider's trusted record and the live re-check disagree, say so and
 * give the likely reason. Only the provider's trusted record is compared, never a header that came with the message.
 */
export function compareRecordedWithLive(report: Report): Finding[] {
  const live = report.live;
  const rec = report.auth?.recorded;
  if (!live?.enabled || !rec?.trusted) return [];
  const out: Finding[] = [];
  if (rec.spf && live.spf && rec.spf.result !== live.spf.result) {
    out.push(finding('compare.spf', 'info', `SPF: ${rec.authservId} recorded ${rec.spf.result}, now ${live.spf.result}`, explainSpf(rec.spf.result, live.spf.result)));
  }
  for (const d of live.dkim) {
    const r = rec.dkim.find((x) => x.domain !== null && x.domain.toLowerCase() === (d.domain ?? '').toLowerCase() && (x.selector === null || x.selector === d.selector));
    if (r && r.result !== d.result) {
      out.push(finding('compare.dkim', 'info', `DKIM d=${d.domain ?? '?'}: ${rec.authservId} recorded ${r.result}, now ${d.result}`, explainDkim(r.result, d.result, d.code)));
    }
  }
  if (rec.dmarc && live.dmarc && rec.dmarc.result !== live.dmarc.result) {
    const dns = DNS_TROUBLE.has(live.dmarc.result);
    out.push(finding('compare.dmarc', 'info', `DMARC: ${rec.authservId} recorded ${rec.dmarc.result}, now ${live.dmarc.result}`, dns ? 'A lookup failed now; the recorded result stands.' : 'It follows from the SPF and DKIM differences above, or the DMARC record changed since delivery.'));
  }
  if (rec.arc && live.arc && rec.arc.result !== live.arc.result && live.arc.result !== 'none') {
    out.push(finding('compare.arc', 'info', `ARC: ${rec.authservId} recorded ${rec.arc.result}, now ${live.arc.result}`, live.arc.result === 'temperror' ? 'A sealer key lookup failed now.' : 'A sealer key was probably rotated since delivery, or the copy you gave was changed.'));
  }
  return out;
}
