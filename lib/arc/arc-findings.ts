/** Findings for an ARC result: the chain verdict, who sealed it, and where authentication broke. */
import { finding } from '../findings';
import type { Finding } from '../findings';
import { GOOD_RSA_BITS } from '../dkim/public-key';
import type { ArcResult } from './types';

const NOT_TRUST = 'ARC proves the chain is intact, not that the intermediaries are trustworthy: anyone can seal with their own key.';

export function arcFindings(r: ArcResult): Finding[] {
  const n = r.instances.length;
  const sealers = r.sealers.join(', ');
  const out: Finding[] = [];
  if (r.result === 'pass') {
    out.push(finding(r.code, 'ok', `ARC chain intact (${n} intermediar${n === 1 ? 'y' : 'ies'}: ${sealers})`, `${r.reason}. ${NOT_TRUST}`));
  } else if (r.result === 'temperror') {
    out.push(finding(r.code, 'warn', 'ARC chain could not be checked', r.reason));
  } else {
    const where = r.brokeAt === null ? '' : ` at set i=${r.brokeAt}`;
    out.push(finding(r.code, 'bad', `ARC chain broken${where}`, r.reason));
  }
  if (!r.bodyChecked && r.result !== 'fail') {
    out.push(finding('arc.body.not-checked', 'info', 'ARC: body not checked', 'Only the headers were given, so the newest ARC-Message-Signature body hash was taken as claimed.'));
  }
  for (const x of r.instances) {
    for (const bits of [x.keyBits, x.ams.keyBits]) {
      if (bits !== null && bits < GOOD_RSA_BITS && bits !== 256) {
        // One text per sealer and key size, so the same key over many sets merges into one finding with a count.
        out.push(finding('arc.key.weak', 'info', `Weak ${bits}-bit key used by ARC intermediary ${x.domain ?? '?'}`, 'RFC 8301 asks for RSA keys of at least 2048 bits.'));
        break;
      }
    }
  }
  if (r.aarFirstFailure !== null) {
    const x = r.instances.find((y) => y.i === r.aarFirstFailure);
    const saw = x?.aarResults.map((m) => `${m.method}=${m.result}`).join(' ') ?? '';
    out.push(finding('arc.aar.auth-broke', 'info', `Authentication stopped passing at intermediary i=${r.aarFirstFailure} (${x?.authservId ?? 'unknown'})`, `Its ARC-Authentication-Results recorded: ${saw === '' ? '(no results)' : saw}. Earlier intermediaries, if any, saw a passing message.`));
  }
  return out;
}
