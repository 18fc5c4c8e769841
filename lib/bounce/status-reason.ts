/**
 * What an enhanced status code (RFC 3463, IANA "SMTP Enhanced Status Codes" registry, RFC 5248) says about the
 * reason class, in Sisimai's vocabulary. A status is specific when its subject and detail are both non-zero
 * (RFC 3463 §3: X.Y.0 is "other or undefined" for subject Y); a zero detail only names the subject's area.
 */
import type { Reason } from './types';

/**
 * subject.detail -> the class the registry's description names (RFC 3463 §3.1-3.8, RFC 5248 registry entries
 * X.7.8-X.7.30, RFC 7505 X.1.10, RFC 7372 X.7.20-X.7.26). Readings where the registry leaves room follow
 * Sisimai's status table (Sisimai::SMTP::Status): X.1.4 and X.2.x filtered, X.5.3 toomanyconn, X.7.x securityerror.
 */
const BY_SUBJECT_DETAIL: Readonly<Record<string, Reason>> = {
  '1.1': 'userunknown', '1.2': 'hostunknown', '1.3': 'userunknown', '1.4': 'filtered', '1.6': 'hasmoved', '1.7': 'rejected',
  '1.8': 'rejected', '1.9': 'systemerror', '1.10': 'notaccept',
  '2.1': 'filtered', '2.2': 'mailboxfull', '2.3': 'exceedlimit', '2.4': 'filtered',
  '3.1': 'systemfull', '3.2': 'notaccept', '3.3': 'systemerror', '3.4': 'mesgtoobig', '3.5': 'systemerror',
  '4.1': 'expired', '4.2': 'networkerror', '4.3': 'systemerror', '4.4': 'hostunknown', '4.5': 'systemfull', '4.6': 'networkerror',
  '4.7': 'expired', '4.8': 'networkerror',
  '5.1': 'syntaxerror', '5.2': 'syntaxerror', '5.3': 'toomanyconn', '5.4': 'syntaxerror', '5.5': 'systemerror', '5.6': 'syntaxerror',
  '6.1': 'contenterror', '6.2': 'contenterror', '6.3': 'contenterror', '6.4': 'contenterror', '6.5': 'contenterror',
  '6.6': 'contenterror', '6.7': 'contenterror', '6.8': 'contenterror', '6.9': 'contenterror', '6.10': 'contenterror',
  '7.1': 'securityerror', '7.2': 'securityerror', '7.3': 'securityerror', '7.4': 'securityerror', '7.5': 'securityerror',
  '7.6': 'securityerror', '7.7': 'securityerror', '7.8': 'securityerror', '7.9': 'securityerror', '7.10': 'securityerror',
  '7.11': 'failedstarttls', '7.12': 'securityerror', '7.13': 'suspend', '7.14': 'securityerror', '7.15': 'securityerror',
  '7.16': 'mesgtoobig', '7.17': 'hasmoved', '7.18': 'hasmoved', '7.19': 'securityerror', '7.20': 'authfailure',
  '7.21': 'authfailure', '7.22': 'authfailure', '7.23': 'authfailure', '7.24': 'authfailure', '7.25': 'requireptr',
  '7.26': 'authfailure', '7.27': 'notaccept', '7.28': 'spamdetected', '7.29': 'authfailure', '7.30': 'securityerror',
};

/**
 * Class-dependent readings: RFC 3463 §3.5 X.4.1 "No answer from host" is a time-out only while retried (Microsoft
 * answers 5.4.1 for recipient refusals); a temporary X.7.1 is the receiver's block of the client (Sisimai: 4.7.1
 * blocked).
 */
const BY_CODE: Readonly<Record<string, Reason | null>> = {
  '5.4.1': null,
  '4.7.1': 'blocked',
  // Sisimai::SMTP::Status (StandardCode, temporary codes): a mailbox disabled for now is suspended, not filtered.
  '4.2.1': 'suspend',
  // Sisimai::SMTP::Status: 4.4.4 "unable to route" while retried is a failed lookup on the way, not a missing domain.
  '4.4.4': 'networkerror',
  // Sisimai::SMTP::Status: 4.5.3 "too many recipients" for now is the server's own limit (systemerror).
  '4.5.3': 'systemerror',
  // Sisimai::SMTP::Status: 4.7.2 "mailing list expansion prohibited" for now is a block of the client.
  '4.7.2': 'blocked',
};

/**
 * The area a permanent zero-detail status names (RFC 3463 §3: "X.Y.0 Other or undefined <subject> status"), as
 * Sisimai's status table reads 5.1.0, 5.2.0, 5.3.0, 5.4.0, 5.6.0 and 5.7.0 (it leaves 4.3.0, 4.4.0, 4.7.0 unread).
 */
const BY_SUBJECT: Readonly<Record<string, Reason>> = {
  '1': 'userunknown', '2': 'filtered', '3': 'systemerror', '4': 'networkerror', '6': 'contenterror', '7': 'securityerror',
};

/** "5.1.1" -> "1.1" (subject.detail), or "" for null / malformed. */
export function subjectDetail(status: string | null): string {
  if (status === null) return '';
  const dot = status.indexOf('.');
  return dot < 0 ? '' : status.slice(dot + 1);
}

/** RFC 3463 §3: subject and detail both non-zero. */
export function isSpecificStatus(status: string | null): boolean {
  const sd = subjectDetail(status);
  const [subject, detail] = sd.split('.');
  return subject !== undefined && detail !== undefined && subject !== '0' && detail !== '0';
}

/** The class a specific status names, or null (zero detail, unregistered, or malformed). */
export function reasonFromStatus(status: string | null): Reason | null {
  if (status === null || !isSpecificStatus(status)) return null;
  const byCode = BY_CODE[status];
  if (byCode !== undefined) return byCode;
  return BY_SUBJECT_DETAIL[subjectDetail(status)] ?? null;
}

/** The class a permanent zero-detail status's subject points at ("5.7.0" -> securityerror), or null (a 4.X.0 is still undecided). */
export function reasonFromSubject(status: string | null): Reason | null {
  if (status?.startsWith('5.') !== true) return null;
  const sd = subjectDetail(status);
  if (!sd.endsWith('.0')) return null;
  return BY_SUBJECT[sd.slice(0, sd.indexOf('.'))] ?? null;
}
