/**
 * The bounce result shape (field names are a public contract). Plain JSON-safe data: no classes, Maps or
 * Dates. Unknown values are null, never guessed.
 */

/** Which live check can prove or disprove what a code says. */
export type CheckKind = 'spf' | 'dkim' | 'dmarc' | 'blocklist' | 'mx';

/**
 * Bounce reason classes, in Sisimai's vocabulary so results compare with its public corpus.
 * `delivered`, `vacation` and `feedback` are not failures: a success DSN, an auto-reply, an ARF report.
 */
export const REASONS = [
  'authfailure', 'badreputation', 'blocked', 'contenterror', 'delivered', 'exceedlimit', 'expired',
  'failedstarttls', 'feedback', 'filtered', 'hasmoved', 'hostunknown', 'mailboxfull', 'mailererror',
  'mesgtoobig', 'networkerror', 'norelaying', 'notaccept', 'notcompliantrfc', 'onhold', 'policyviolation',
  'rejected', 'requireptr', 'securityerror', 'spamdetected', 'speeding', 'suspend', 'syntaxerror',
  'systemerror', 'systemfull', 'toomanyconn', 'undefined', 'userunknown', 'vacation', 'virusdetected',
] as const;
export type Reason = (typeof REASONS)[number];

/** What a code means and what to do about it, in plain words. */
export interface Explanation {
  meaning: string;
  cause: string;
  fix: string;
  check: CheckKind | null;
}

/** The RFC 3464 §2.3.3 action vocabulary. */
export type DsnAction = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';

export interface BounceRecipient {
  /** The failed recipient's address (Final-Recipient, else Original-Recipient, else the text's). */
  address: string | null;
  action: DsnAction | null;
  /** Enhanced status code (RFC 3463), e.g. "5.1.1". */
  status: string | null;
  /** SMTP reply code (RFC 5321 §4.2), e.g. "550". */
  replyCode: string | null;
  /** The remote server's words, as given (Diagnostic-Code without its type, or the NDR's text). */
  diagnostic: string | null;
  /** The server that refused (Remote-MTA, or "host X said"). */
  remoteMta: string | null;
  /** The SMTP command the refusal answered: CONN, HELO, EHLO, MAIL, RCPT, DATA, QUIT... */
  command: string | null;
  reason: Reason;
  /** A permanent failure that retrying will not fix (the address or domain does not exist): Sisimai's hard bounce. */
  hard: boolean;
  /** The status or reply class is 5 (permanent: sending again fails the same way until the cause is fixed); 4 is temporary. */
  permanent: boolean;
  explanation: Explanation | null;
}

export type BounceKind = 'dsn' | 'ndr' | 'arf' | 'autoreply';

export interface BounceResult {
  kind: BounceKind;
  /** Reporting-MTA (RFC 3464 §2.2.2), or the generating host named in an NDR. */
  reportingMta: string | null;
  /** Arrival-Date as written (RFC 3464 §2.2.5). */
  arrivalDate: string | null;
  recipients: BounceRecipient[];
  /** Recipients the report lists beyond the first MAX_RECIPIENTS (500), which are not decoded (hostile-input cap). */
  omittedRecipients: number;
  /** ARF Feedback-Type (RFC 5965 §3.1): abuse, fraud, virus, other, not-spam, auth-failure... */
  feedbackType: string | null;
  /** The returned message (message/rfc822 or text/rfc822-headers part) as text, for the lead to analyse. */
  originalRaw: string | null;
}

/**
 * A message that looks like mail-system traffic but is not a failure report. `decodeBounce` returns
 * null for a read receipt; `classifyBounce` says why.
 */
export type NotBounce = 'read-receipt' | 'autoreply' | 'delivery-success';

export interface BounceClassification {
  bounce: BounceResult | null;
  notBounce: NotBounce | null;
}
