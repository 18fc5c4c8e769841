/**
 * Microsoft 365 composite authentication (compauth=, reason=), from Microsoft's "Anti-spam message
 * headers" documentation; codes Microsoft leaves undocumented are marked community.
 */
import type { Explanation } from './types';

export const COMPAUTH_EXPLAINED: Readonly<Record<string, Explanation>> = {
  pass: {
    meaning: 'Microsoft 365 judged the sender authentic, from SPF, DKIM, DMARC and its own signals together.',
    cause: 'Explicit authentication passed, or Microsoft\'s implicit checks trusted the sender.',
    fix: 'Nothing to change.',
  },
  fail: {
    meaning: 'Microsoft 365 judged the From address not authentic (spoofed).',
    cause: 'DMARC failed with quarantine/reject, or the domain has weak or no authentication and looked spoofed.',
    fix: 'Publish SPF, DKIM (d= your domain) and DMARC for the From domain so explicit authentication can pass.',
  },
  softpass: {
    meaning: 'Microsoft 365 passed the sender on weaker, implicit signals.',
    cause: 'Authentication was incomplete but reputation and history looked good.',
    fix: 'Add DKIM with d= your domain and a DMARC record so the pass is explicit.',
  },
  none: {
    meaning: 'Composite authentication was not evaluated or was bypassed.',
    cause: 'An allow rule, an internal message, or a connector skipped the check.',
    fix: 'Nothing for the sender; admins can review the bypassing rule.',
  },
};

export type Confidence = 'documented' | 'community' | 'unknown';

export interface CompauthReason {
  code: string;
  meaning: string;
  confidence: Confidence;
}

/** Microsoft documents the reason code by its first digit(s); the last two digits are internal. */
export function compauthReason(code: string): CompauthReason {
  const exact: Record<string, string> = {
    '000': 'Explicit authentication failed: DMARC failed and the domain\'s policy is quarantine or reject.',
    '001': 'Implicit authentication failed: the domain has no or weak authentication records (SPF softfail/neutral, DMARC p=none) and the message looked spoofed.',
    '002': 'An admin rule explicitly forbids this sender/domain pair from sending spoofed mail.',
    '010': 'DMARC failed with quarantine or reject, and the From domain is one of the recipient organisation\'s own accepted domains (self-to-self spoofing).',
    '011': 'Implicit authentication failed and the From domain is one of the recipient organisation\'s own accepted domains.',
  };
  const known = exact[code];
  if (known !== undefined) return { code, meaning: known, confidence: 'documented' };
  if (code === '130') return { code, meaning: 'Passed because a trusted ARC sealer vouched for the earlier authentication results.', confidence: 'community' };
  const first = code.charAt(0);
  const byClass: Record<string, string> = {
    '1': 'Passed authentication; the last two digits are Microsoft-internal detail.',
    '7': 'Passed authentication; the last two digits are Microsoft-internal detail.',
    '2': 'Soft-passed implicit authentication.',
    '3': 'Not checked for composite authentication.',
    '4': 'Composite authentication was bypassed (for example by an allow rule).',
    '9': 'Composite authentication was bypassed (for example by an allow rule or connector).',
    '6': 'Failed implicit authentication; the From domain is one of the recipient organisation\'s own domains.',
  };
  const cls = /^\d{3}$/.test(code) ? byClass[first] : undefined;
  return cls !== undefined ? { code, meaning: cls, confidence: 'documented' } : { code, meaning: 'Reason code not documented.', confidence: 'unknown' };
}
