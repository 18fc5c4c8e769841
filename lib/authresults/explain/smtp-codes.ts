/**
 * Rejection codes tied to sender authentication: RFC 7372 §3 (5.7.20-5.7.26), RFC 3463 5.7.1, RFC 7505
 * (5.7.27) and the provider-specific texts that carry them.
 */
import type { Explanation } from './types';

export interface AuthSmtpCode extends Explanation {
  /** Basic reply code and enhanced status, e.g. "550 5.7.26". */
  code: string;
  /** Where the code is defined. */
  source: string;
}

export const AUTH_SMTP_CODES: readonly AuthSmtpCode[] = [
  {
    code: '550 5.7.1',
    source: 'RFC 3463 §3.8',
    meaning: 'Delivery not authorised, message refused: the receiver\'s policy rejected the sender.',
    cause: 'Often an authentication or reputation policy (Microsoft and Gmail use it for unauthenticated or blocked senders).',
    fix: 'Read the text after the code; set up SPF, DKIM and DMARC for the From domain and check blocklists.',
  },
  {
    code: '550 5.7.20',
    source: 'RFC 7372 §3.1',
    meaning: 'No passing DKIM signature found.',
    cause: 'The receiver requires DKIM and no signature verified.',
    fix: 'Enable DKIM signing for the sending domain and make sure nothing modifies the message after signing.',
  },
  {
    code: '550 5.7.21',
    source: 'RFC 7372 §3.1',
    meaning: 'No acceptable DKIM signature found.',
    cause: 'Signatures verified but none met the receiver\'s policy (key size, algorithm, signed headers).',
    fix: 'Sign with a 2048-bit RSA or ed25519 key using sha256 and sign the From header.',
  },
  {
    code: '550 5.7.22',
    source: 'RFC 7372 §3.1',
    meaning: 'No valid author-matched DKIM signature found.',
    cause: 'DKIM passed only for a domain other than the From domain.',
    fix: 'Sign with d= the From domain (or its parent organizational domain).',
  },
  {
    code: '550 5.7.23',
    source: 'RFC 7372 §3.2',
    meaning: 'SPF validation failed.',
    cause: 'The sending IP is not in the SPF record of the envelope sender domain.',
    fix: 'Add the sending server or service to the SPF record.',
  },
  {
    code: '451 5.7.24',
    source: 'RFC 7372 §3.2',
    meaning: 'SPF validation error (temporary or permanent).',
    cause: 'The SPF record could not be evaluated: DNS error, syntax error or too many lookups.',
    fix: 'Fix the SPF record so it parses and stays within 10 DNS lookups.',
  },
  {
    code: '550 5.7.25',
    source: 'RFC 7372 §3.3',
    meaning: 'Reverse DNS validation failed.',
    cause: 'The sending IP has no PTR record, or the PTR name does not resolve back to the IP.',
    fix: 'Ask the owner of the IP (hosting provider) to set a PTR record that matches a name resolving to the IP.',
  },
  {
    code: '550 5.7.26',
    source: 'RFC 7372 §3.4; Gmail uses it for DMARC and unauthenticated mail',
    meaning: 'Multiple authentication checks failed (at Gmail: the message failed DMARC, or is unauthenticated).',
    cause: 'Neither SPF nor DKIM passed for a domain aligned with From, and the domain\'s DMARC policy is reject (or the receiver requires authentication).',
    fix: 'Sign with DKIM d= your domain and/or send with your domain in MAIL FROM covered by SPF, then check DMARC passes.',
  },
  {
    code: '550 5.7.27',
    source: 'RFC 7505 §4.2',
    meaning: 'The sender address domain has a null MX and accepts no mail.',
    cause: 'The envelope sender domain publishes "MX 0 ." so bounces could not be delivered.',
    fix: 'Use an envelope sender domain that can receive mail.',
  },
  {
    code: '550 5.7.509',
    source: 'Microsoft 365 / Outlook.com NDR text',
    meaning: 'Access denied: the sending domain does not pass DMARC and its policy is reject.',
    cause: 'DMARC fail with p=reject at a Microsoft-hosted recipient.',
    fix: 'Authenticate the sending service for the From domain with DKIM or aligned SPF.',
  },
  {
    code: '550 5.7.515',
    source: 'Outlook.com high-volume sender requirements (2025)',
    meaning: 'Access denied: the sending domain does not meet the required authentication level.',
    cause: 'A bulk sender without passing SPF, DKIM and DMARC.',
    fix: 'Publish SPF, DKIM and a DMARC record (at least p=none) aligned with the From domain.',
  },
];
