/**
 * What in a diagnostic is the remote server's own account of the refusal: a session transcript's
 * successes, a relay's label around the quoted reply, and the kind of name a "does not exist" is about.
 */

/**
 * Lines of a session transcript that are the server's successes ("Out: 250-STARTTLS", "<<< 250 ok"):
 * an EHLO keyword list or an accepted command says nothing about the refusal (RFC 5321 §4.2.1, 2yz/3yz).
 */
export function withoutSuccessLines(text: string): string {
  return text.split('\n').filter((line) => !/^\s*(?:out:|<<<)\s*[23]\d\d(?:[ -]|$)/i.test(line)).join('\n');
}

/**
 * Amazon SES words a failure "5.1.0 - Unknown address error 550-'<server reply>' (delivery attempts: 0)":
 * the label names SES's own status code and the counter is SES's; the server's words are the quoted reply.
 */
export function serverWords(text: string): string {
  if (!/^[245]\.\d{1,3}\.\d{1,3} - /.test(text)) return text;
  const open = text.indexOf("'");
  const close = text.lastIndexOf("'");
  if (open < 4 || close <= open || !/[245]\d\d[- ]$/.test(text.slice(open - 4, open))) return text;
  return text.slice(open - 4, close);
}

/** Words that make the dotted name after them a mailbox ("mailbox john.smith does not exist"). */
const MAILBOX_WORDS = new Set(['mailbox', 'user', 'account', 'recipient', 'address', 'alias', 'person', 'local']);

/** "553 mx.example.net does not exist": the thing that does not exist is a host name, not a mailbox. */
export function hostNamedMissing(lower: string): boolean {
  const at = lower.indexOf(' does not exist');
  if (at < 0) return false;
  const start = lower.lastIndexOf(' ', at - 1);
  const name = lower.slice(start + 1, at);
  const before = lower.slice(lower.lastIndexOf(' ', start - 1) + 1, Math.max(start, 0));
  return /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+\.?$/.test(name) && !MAILBOX_WORDS.has(before);
}
