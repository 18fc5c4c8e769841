import type { Token } from './tokenize';
import type { CommentReading } from './comment-forms';
import type { DialectId } from './dialects';
import type { Mta } from './mta-signature';

export interface AuthReading {
  authenticated: boolean;
  /** The user name the stamp records, or null (many forms only say that the client authenticated). */
  authUser: string | null;
  /** The table row that said so, or null. */
  form: DialectId | null;
}

/** RFC 3848 §2 (and RFC 6531 §3.7.3 UTF8SMTP*): protocol names that say the client authenticated (RFC 4954). */
const RFC3848_AUTH = /^(?:ESMTPA|ESMTPSA|LMTPA|LMTPSA|UTF8SMTPA|UTF8SMTPSA|UTF8LMTPA|UTF8LMTPSA)$/i;
/** "asmtp": the authenticated-SMTP protocol name of Exim 3 configurations (WEB.DE) and other servers. */
const ASMTP = /^asmtp$/i;

/** OpenSMTPD smtp_session.c (receivedauth listener option): "auth=yes user=USER" after the id and TLS comment. */
function openSmtpd(words: readonly Token[]): AuthReading | null {
  const k = words.findIndex((t) => t.kind === 'word' && t.text.length === 8 && t.text.toLowerCase() === 'auth=yes');
  if (k < 0) return null;
  const user = words[k + 1];
  const name =
    user?.kind === 'word' && user.text.toLowerCase().startsWith('user=') ? user.text.slice(5).replace(/;$/, '') : '';
  return { authenticated: true, authUser: name === '' ? null : name, form: 'opensmtpd' };
}

/**
 * Did the client authenticate, and as whom: the comment forms anywhere in the stamp (Postfix "Authenticated
 * sender:", Sendmail and Haraka "authenticated bits=", Courier "AUTH:", chasquid "authenticated as",
 * SquirrelMail "authenticated user", CommuniGate "account"), OpenSMTPD "auth=yes user=", the RFC 3848 and
 * "asmtp" protocol names, and the Amazon SES SMTP interface, which takes only authenticated submissions.
 */
export function readAuth(
  readings: readonly CommentReading[],
  allTokens: readonly Token[],
  protocol: string | null,
  mta: Mta | null,
): AuthReading {
  const named = readings.find((r) => r.authUser !== null);
  if (named) return { authenticated: true, authUser: named.authUser, form: named.form };
  const smtpd = openSmtpd(allTokens);
  if (smtpd) return smtpd;
  const flagged = readings.find((r) => r.authenticated);
  if (flagged) return { authenticated: true, authUser: null, form: flagged.form };
  if (protocol !== null && RFC3848_AUTH.test(protocol)) return { authenticated: true, authUser: null, form: 'rfc3848' };
  if (protocol !== null && ASMTP.test(protocol)) return { authenticated: true, authUser: null, form: 'asmtp' };
  // Amazon SES Developer Guide, "Using the Amazon SES SMTP interface": sending requires SMTP credentials.
  if (mta === 'ses') return { authenticated: true, authUser: null, form: 'ses' };
  return { authenticated: false, authUser: null, form: null };
}
