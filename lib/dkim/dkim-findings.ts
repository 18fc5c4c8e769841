/** Findings (report items) for DKIM results: the outcome, then what deserves a second look. */
import { finding } from '../findings';
import type { Finding, Severity } from '../findings';
import { GOOD_RSA_BITS } from './public-key';
import type { DkimResult, DkimResultWord } from './types';

const WORDS: Record<DkimResultWord, string> = {
  pass: 'verified',
  fail: 'failed',
  policy: 'valid but not accepted',
  neutral: 'could not be checked',
  temperror: 'could not be checked right now',
  permerror: 'cannot be verified',
};

function severityOf(r: DkimResult): Severity {
  switch (r.result) {
    case 'pass':
      return r.code === 'dkim.pass' ? 'ok' : r.code === 'dkim.pass.headers-only' ? 'info' : 'warn';
    case 'fail':
    case 'permerror':
      return 'bad';
    default:
      return 'warn';
  }
}

/** "example.com (selector s1)" or a placeholder when d= was unreadable. */
export function signerLabel(r: Pick<DkimResult, 'domain' | 'selector'>): string {
  if (r.domain === null) return 'an unreadable signature';
  return r.selector === null ? r.domain : `${r.domain} (selector ${r.selector})`;
}

export function resultInWords(r: Pick<DkimResult, 'result'>): string {
  return WORDS[r.result];
}

/** The findings for one signature; ids are the stable codes. */
export function signatureFindings(r: DkimResult): Finding[] {
  const who = signerLabel(r);
  const out: Finding[] = [finding(r.code, severityOf(r), `DKIM signature by ${who}: ${WORDS[r.result]}`, r.reason)];
  if (r.keyBits !== null && r.algorithm?.startsWith('rsa') === true && r.keyBits < GOOD_RSA_BITS && r.code !== 'dkim.key.too-small') {
    out.push(finding('dkim.key.weak', 'warn', `Weak ${r.keyBits}-bit RSA key for ${who}`, `RFC 8301 asks for keys of at least ${GOOD_RSA_BITS} bits; ${r.keyBits}-bit keys are within reach of well-funded attackers.`));
  }
  if (r.testing) {
    out.push(finding('dkim.key.testing', 'info', `${who} is in DKIM testing mode`, 'The key record says t=y: receivers must treat the message as if it were unsigned (RFC 6376 §3.6.1).'));
  }
  if (r.unsignedHeaders.length > 0 && r.result === 'pass') {
    const names = r.unsignedHeaders.join(', ');
    out.push(finding('dkim.header.unsigned', 'info', `Not covered by the signature of ${who}: ${names}`, `These headers could have been changed or added in transit without breaking the signature: ${names}.`));
  }
  return out;
}

/** All findings of a verification run, in signature order. */
export function dkimFindings(results: readonly DkimResult[]): Finding[] {
  return results.flatMap((r) => r.findings);
}
