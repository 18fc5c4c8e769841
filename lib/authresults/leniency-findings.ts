/** Each lenient-mode acceptance of a non-RFC 8601 Authentication-Results becomes a named, low-severity finding. */
import type { Finding } from '../findings';
import { finding } from '../findings';
import type { Leniency, LeniencyCode } from './types';
import { mapList } from '../list/map-list';

const TEXT: Readonly<Record<LeniencyCode, string>> = {
  'authres.lenient.no-authserv-id': 'it has no authserv-id (Microsoft 365 writes it this way), so it does not say which server wrote it',
  'authres.lenient.trailing-semicolon': 'it ends with a stray ";"',
  'authres.lenient.empty-resinfo': 'it has an empty ";;" entry',
  'authres.lenient.bare-property': 'it has a property without a type, such as "action=none" (RFC 8601 wants "policy.action")',
  'authres.lenient.unquoted-value': 'a value with "/", ":" or "=" is not quoted (URLs, base64)',
  'authres.lenient.empty-value': 'a property has no value',
  'authres.lenient.unknown-result': 'a result word is not in the registry for its method (e.g. Microsoft\'s dkim=timeout, dmarc=bestguesspass); it is shown, never counted as a pass',
  'authres.lenient.result-case': 'a result is written with capitals (e.g. "Pass")',
  'authres.lenient.keyword-chars': 'a method or property name has characters RFC 8601 does not allow (e.g. "_")',
  'authres.lenient.utf8': 'it has non-ASCII text where RFC 8601 requires quoting or ASCII',
  'authres.lenient.stray-text': 'it has text that is not part of any method=result statement; that text was skipped',
  'authres.lenient.no-results': 'it names a server but records no results and no "none"',
  'authres.lenient.missing-semicolon': 'the ";" after the authserv-id is missing',
  'authres.lenient.quoted-paren': 'a comment holds a quoted address with a parenthesis in it (the receiver echoed the MAIL FROM as written), read as text',
};

export function leniencyFindings(leniencies: readonly Leniency[], header: string): Finding[] {
  if (leniencies.length === 0) return [];
  return [
    finding(
      'authres.lenient',
      'info',
      `${header} is not in standard RFC 8601 form`,
      `Read anyway, but ${mapList(leniencies, (l) => `${TEXT[l.code]} [${l.code}]`).join('; ')}.`,
    ),
  ];
}
