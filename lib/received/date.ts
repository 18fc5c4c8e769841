import { parseMailDate, type MailDate } from '../mime/date';
import { stripComments } from '../mime/comments';

const US_DATE = /\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b/;
const ISO_UNPADDED = /^(\d{4})-(\d{1,2})-(\d{1,2})\b/;
const AMPM = /\b(\d{1,2})(:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*([AP])M\b/i;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];


/**
 * RFC 5321 §4.4: the date-time after the ";" is short (about 31 characters, RFC 5322 §3.3). Only this many
 * characters from its start are read, so a hostile megabyte after the ";" costs nothing; a long trailing
 * comment ("(envelope-from ...)") is cut, which the date reader tolerates (an open comment runs to the end).
 */
export const RECEIVED_DATE_WINDOW = 200;

function dateWindow(text: string): string {
  let start = 0;
  while (start < text.length && start < RECEIVED_DATE_WINDOW && /\s/.test(text[start] ?? '')) start++;
  return text.slice(start, start + RECEIVED_DATE_WINDOW);
}

/**
 * Dates as Received headers really carry them: RFC 5322 §3.3 first, then the forms seen from real servers
 * (US "4/20/2018 11:01:16 PM -0400", "2018-4-20", a zone name repeated after the offset, nanoseconds).
 */
export function parseReceivedDate(text: string): MailDate {
  const input = dateWindow(text);
  const direct = parseMailDate(input);
  if (direct.ok) return direct;
  let s = stripComments(input).trim();
  s = s.replace(ISO_UNPADDED, (_m, y: string, mo: string, d: string) => `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`);
  s = s.replace(US_DATE, (_m, mo: string, d: string, y: string) => `${d} ${MONTHS[Number(mo) - 1] ?? 'Xxx'} ${y}`);
  s = s.replace(AMPM, (_m, h: string, rest: string, ap: string) => {
    const hour = (Number(h) % 12) + (ap.toUpperCase() === 'P' ? 12 : 0);
    return `${String(hour).padStart(2, '0')}${rest}`;
  });
  s = dropGoTail(s);
  // "+0000 UTC": a zone name after a numeric offset says the same thing twice.
  s = s.replace(/([+-]\d{4})\s+[A-Z]{1,5}$/i, '$1');
  return parseMailDate(s);
}

/**
 * Go's time.Time.String() (pkg.go.dev/time#Time.String): "2006-01-02 15:04:05.999999999 -0700 MST", then
 * " m=±<seconds>" when the value carries a monotonic clock reading; a zone without a name prints its offset
 * where the name goes ("+0200 +0200", "-0300 -03"). Keep the date, time and first offset.
 */
function dropGoTail(text: string): string {
  const words = text.split(/\s+/);
  if (/^m=[+-]\d+(?:\.\d+)?$/.test(words.at(-1) ?? '')) words.pop();
  const [offset, name] = words.slice(-2);
  if (offset !== undefined && name !== undefined && /^[+-]\d{4}$/.test(offset) && /^[+-]\d{2}(?:\d{2})?$/.test(name)) words.pop();
  return words.join(' ');
}

/** The calendar date ("2018-04-22") of a stamp that gives a date and no time ("22 Apr 2018", "2018.04.22"), or null. */
export function readCalendarDate(input: string): string | null {
  let s = stripComments(input).trim();
  if (s === '' || s.includes(':') || s.length > 40) return null;
  // ISO 8601 calendar date with "." separators, as X-SES-Outgoing and some MTAs write it.
  if (/^\d{4}\.\d{1,2}\.\d{1,2}$/.test(s)) s = s.replace(/\./g, '-');
  const d = parseReceivedDate(`${s} 00:00:00 +0000`);
  return d.ok ? d.iso.slice(0, 10) : null;
}
