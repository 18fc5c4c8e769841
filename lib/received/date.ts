import { parseMailDate, type MailDate } from '../mime/date';
import { stripComments } from '../mime/comments';

const US_DATE = /\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b/;
const ISO_UNPADDED = /^(\d{4})-(\d{1,2})-(\d{1,2})\b/;
const AMPM = /\b(\d{1,2})(:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*([AP])M\b/i;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];


/**
 * Dates as Received headers really carry them: RFC 5322 §3.3 first, then the forms seen from real servers
 * (US "4/20/2018 11:01:16 PM -0400", "2018-4-20", a zone name repeated after the offset, nanoseconds).
 */
export function parseReceivedDate(input: string): MailDate {
  const direct = parseMailDate(input);
  if (direct.ok) return direct;
  let s = stripComments(input).trim();
  s = s.replace(ISO_UNPADDED, (_m, y: string, mo: string, d: string) => `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`);
  s = s.replace(US_DATE, (_m, mo: string, d: string, y: string) => `${d} ${MONTHS[Number(mo) - 1] ?? 'Xxx'} ${y}`);
  s = s.replace(AMPM, (_m, h: string, rest: string, ap: string) => {
    const hour = (Number(h) % 12) + (ap.toUpperCase() === 'P' ? 12 : 0);
    return `${String(hour).padStart(2, '0')}${rest}`;
  });
  // "+0000 UTC": a zone name after a numeric offset says the same thing twice.
  s = s.replace(/([+-]\d{4})\s+[A-Z]{1,5}$/i, '$1');
  return parseMailDate(s);
}
