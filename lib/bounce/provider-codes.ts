/**
 * Provider refusal codes that name the cause more precisely than the SMTP codes around them.
 * Orange (orange.fr, wanadoo.fr) and La Poste (laposte.net) end every refusal with a numbered code:
 * "OFR_506", "OFR006_102", "LPN007_426" (system prefix, optional server digits, "_", the cause number);
 * the cause number is the same across both systems, whatever SMTP code carries it.
 */
import type { Reason } from './types';

/** The cause numbers with a settled meaning (the provider's own wording in the comment). */
const ORANGE_CAUSES: Readonly<Record<string, Reason>> = {
  '102': 'blocked', // "Client host blocked for spamming issues" (source IP listed)
  '104': 'toomanyconn', // "Too many connections, slow down"
  '401': 'authfailure', // "SPF: <sender> is not allowed to send mail"
  '416': 'userunknown', // "Invalid recipient"
  '417': 'mailboxfull', // "Recipient overquota"
  '420': 'suspend', // "Archived recipient"
  '426': 'suspend', // "The recipient account is blocked"
  '506': 'spamdetected', // "Mail rejected" after the content scan (end of DATA)
  '514': 'mesgtoobig', // "Message size limit reached"
  '517': 'authfailure', // "Message refused, DMARC verification failed"
  '630': 'policyviolation', // "Client host rejected" by the receiving policy
  '999': 'blocked', // "Service refused, please try later"
};

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** The cause number after an "ofr"/"lpn" token in lower-case text, or null. Linear scan. */
export function orangeCause(lower: string): string | null {
  for (const prefix of ['ofr', 'lpn']) {
    let at = lower.indexOf(prefix);
    while (at >= 0) {
      const before = lower[at - 1];
      let i = at + prefix.length;
      let digits = 0;
      while (isDigit(lower[i]) && digits < 4) {
        i++;
        digits++;
      }
      const cause = lower.slice(i + 1, i + 4);
      const boundary = before === undefined || !/[a-z0-9]/.test(before);
      if (boundary && lower[i] === '_' && /^\d{3}$/.test(cause) && !isDigit(lower[i + 4])) return cause;
      at = lower.indexOf(prefix, at + 1);
    }
  }
  return null;
}

/** The reason an Orange/La Poste cause code names, or null when there is none or it is not settled. */
export function reasonFromProviderCode(lower: string): Reason | null {
  const cause = orangeCause(lower);
  return cause === null ? null : ORANGE_CAUSES[cause] ?? null;
}
