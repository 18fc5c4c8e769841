import type { Token } from './tokenize';
import { readAddress, type Address } from './address';
import { readComment, type CommentReading } from './comment-forms';
import { hostName, isPlaceholder } from './host-name';
import type { DialectId } from './dialects';
import type { Mta } from './mta-signature';

export interface FromInfo {
  /** The word after "from" as written; null when absent or a placeholder ("unknown"). */
  name: string | null;
  helo: string | null;
  rdns: string | null;
  /** The connecting address, read only from the position that holds it in the dialect (never from a HELO). */
  ip: string | null;
  /** The client's source port, where the dialect writes it (added). */
  port: number | null;
  /** The RFC 1413 ident answer or local user name, where the dialect writes it (added). */
  ident: string | null;
  /**
   * The server's lookup of the client gave no checked name (added): a placeholder ("unknown") where the reverse-DNS
   * name goes, or a name sendmail marked "(may be forged)".
   */
  rdnsUnverified: boolean;
}

export interface FromReading {
  from: FromInfo;
  /** Every comment of the from clause that had a known shape (auth forms included). */
  readings: CommentReading[];
  dialect: DialectId | null;
}

export const NO_CLIENT: FromInfo = { name: null, helo: null, rdns: null, ip: null, port: null, ident: null, rdnsUnverified: false };

/** A HELO as written, when it is a name or an address literal (RFC 5321 §4.1.1.1), never a placeholder. */
function heloText(word: string): string | null {
  if (word.startsWith('[')) return word;
  return hostName(word) === null ? null : word.replace(/\.$/, '');
}

/** What the word after "from" is, from the comments that follow it and whose stamp this is. */
function leadRole(
  conn: CommentReading | null,
  readings: readonly CommentReading[],
  mta: Mta | null,
  local: boolean,
): 'helo' | 'rdns' | 'ident' | 'none' {
  // Exim received_header_text: with no sending host ("with local"), "from" names $sender_ident.
  if (local) return 'ident';
  // chasquid: the lead is the MAIL FROM domain.
  if (mta === 'chasquid') return 'none';
  const role = conn?.lead ?? readings.find((r) => r.lead !== null)?.lead ?? null;
  // Exchange writes the HELO before "(address)" where qmail writes the reverse-DNS name (Microsoft MHA vectors).
  if (role === 'rdns' && conn?.form === 'qmail' && mta === 'exchange') return 'helo';
  // "NAME ([IP])": Exim's verified host name ($sender_rcvhost); everyone else's HELO (sendmail, MDaemon, Gmail).
  if (role === null && conn !== null) return mta === 'exim' ? 'rdns' : 'helo';
  return role === 'rdns' ? 'rdns' : 'helo';
}

/**
 * The client's identity from a "from" clause in every dialect of the table (dialects.ts): HELO, reverse-DNS
 * name, connecting address and port, ident. The address comes from the connection's position: the TCP-info
 * comment (RFC 5321 §4.4), or the lead where the dialect puts it there (Exim without a verified name,
 * CommuniGate, Yahoo, webmail), never from a HELO literal inside a comment.
 */
export function readFromClause(tokens: readonly Token[], mta: Mta | null, protocol: string | null): FromReading {
  const leadIndex = tokens.findIndex((t) => t.kind !== 'comment');
  const lead = leadIndex < 0 ? null : (tokens[leadIndex] ?? null);
  const readings: CommentReading[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const r = t?.kind === 'comment' ? readComment(t.text) : null;
    if (r !== null) readings.push(r);
  }
  const conn = readings.find((r) => r.address !== null) ?? null;
  const from: FromInfo = { ...NO_CLIENT };
  let address: Address | null = conn?.address ?? null;
  from.rdns = conn?.rdns ?? null;
  from.rdnsUnverified = conn?.rdnsUnverified ?? false;
  from.helo = readings.find((r) => r.helo !== null)?.helo ?? null;
  if (from.helo !== null && (isPlaceholder(from.helo) || heloText(from.helo) === null)) from.helo = null;
  from.ident = readings.find((r) => r.ident !== null)?.ident ?? null;
  from.port = readings.find((r) => r.port !== null)?.port ?? null;
  // "from NAME [IP]" (QMQP, RFC 5321 §4.4 without a comment): a literal after the lead.
  const after = tokens.slice(leadIndex + 1).find((t) => t.kind !== 'comment');
  if (address === null && after?.kind === 'literal') address = readAddress(after.text, 'literal');
  let leadIsAddress = false;
  let local = false;
  if (lead !== null && (lead.kind === 'word' || lead.kind === 'literal')) {
    // "[IP]:PORT" after a lead literal is one token pair: "[IP]" then ":PORT".
    const portWord = after?.kind === 'word' && /^:\d{1,5}$/.test(after.text) ? after.text : '';
    const leadAddress = readAddress(lead.text + portWord, lead.kind === 'literal' ? 'literal' : 'bare');
    from.name = isPlaceholder(lead.text) ? null : lead.text;
    if (leadAddress !== null) {
      // A lead address is the HELO literal when the TCP-info comment holds the connection (Postfix, Gmail),
      // and MDaemon writes the HELO there; otherwise (and always for CommuniGate) it is the connection.
      if ((address !== null && conn?.form !== 'communigate') || mta === 'mdaemon')
        from.helo ??= lead.kind === 'literal' ? lead.text : null;
      else {
        address = leadAddress;
        leadIsAddress = true;
      }
    } else {
      local = protocol !== null && /^local\b/i.test(protocol);
      const role = leadRole(conn, readings, mta, local);
      if (role === 'ident') from.ident ??= lead.text;
      if (role === 'rdns') from.rdns ??= hostName(lead.text);
      // qmail "from unknown (HELO x) (192.0.2.1)": the lead is the reverse-DNS position.
      if (role === 'rdns' && from.rdns === null && isPlaceholder(lead.text)) from.rdnsUnverified = true;
      if (role === 'rdns' || role === 'helo') from.helo ??= heloText(lead.text);
    }
  }
  from.ip = address?.ip ?? null;
  from.port ??= address?.port ?? null;
  // A bare "([address])" says little; a greeting comment beside it (qmail "(HELO x)") names the form.
  const shaped = readings.find((r) => r.lead !== null);
  const form = (conn?.lead === null ? shaped?.form : undefined) ?? conn?.form ?? shaped?.form ?? null;
  return { from, readings, dialect: local ? 'exim-local' : dialectOf(form, mta, leadIsAddress) };
}

/** The table row: the MTA's own row when the stamp names its software, else the row of the comment's shape. */
function dialectOf(form: DialectId | null, mta: Mta | null, leadIsAddress: boolean): DialectId | null {
  if (mta === 'exim') return form === 'exim-unverified' || leadIsAddress ? 'exim-unverified' : 'exim';
  if (mta === 'communigate') return form === 'communigate-verified' ? form : 'communigate';
  return mta ?? form;
}
