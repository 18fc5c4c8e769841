import { stripComments } from './comments';
import { isoInstant } from '../text/iso-instant';
import { MONTHS, WEEKDAYS, readCommonDate, type Parts } from './common-date';

export type MailDate =
  | {
      ok: true;
      epochMs: number;
      /** Minutes east of UTC as written, or null when the date had no zone (read as UTC). */
      offsetMinutes: number | null;
      iso: string;
    }
  | { ok: false; code: 'date.empty' | 'date.unparsable' | 'date.out-of-range' };

/** RFC 5322 §4.3 obs-zone, plus zone names common in real headers (not in the RFC). */
const NAMED_ZONES: ReadonlyMap<string, number> = new Map([
  ['ut', 0],
  ['utc', 0],
  ['gmt', 0],
  ['z', 0],
  ['wet', 0],
  ['est', -300],
  ['edt', -240],
  ['cst', -360],
  ['cdt', -300],
  ['mst', -420],
  ['mdt', -360],
  ['pst', -480],
  ['pdt', -420],
  ['cet', 60],
  ['cest', 120],
  ['met', 60],
  ['mest', 120],
  ['bst', 60],
  ['west', 60],
  ['eet', 120],
  ['eest', 180],
  ['msk', 180],
  ['jst', 540],
  ['kst', 540],
  ['hkt', 480],
  ['sgt', 480],
  ['aest', 600],
  ['aedt', 660],
  ['nzst', 720],
  ['nzdt', 780],
]);

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}

/**
 * RFC 5322 §4.3 obs-hour/obs-minute/obs-second allow CFWS around ":" ("09 :  55  :  06"); drop it, in one pass.
 * Whitespace is dropped only when it touches a ":"; everything else is copied as slices.
 */
function closeTimeColons(s: string): string {
  if (!s.includes(':')) return s;
  const parts: string[] = [];
  let runStart = 0;
  let i = 0;
  while (i < s.length) {
    if (!isSpace(s[i] ?? '')) {
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && isSpace(s[j] ?? '')) j++;
    // A space run before a ":" or after one is not copied.
    if (s[j] === ':' || (i > 0 && s[i - 1] === ':')) {
      parts.push(s.slice(runStart, i));
      runStart = j;
    }
    i = j;
  }
  parts.push(s.slice(runStart));
  return parts.join('');
}

/** Longest text read as a date: room for CFWS and a zone comment, not for a hostile megabyte. */
export const MAX_DATE_CHARS = 1024;

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?$/;
const NUM_ZONE = /^([+-])(\d{2}):?(\d{2})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](.+))?$/;

function readTime(t: string, p: Parts): boolean {
  const m = TIME.exec(t);
  if (!m) return false;
  p.hour = Number(m[1]);
  p.minute = Number(m[2]);
  p.second = m[3] ? Number(m[3]) : 0;
  p.ms = m[4] ? Math.floor(Number(`0.${m[4]}`) * 1000) : 0;
  return true;
}

function readZone(t: string, p: Parts): boolean {
  const m = NUM_ZONE.exec(t);
  if (m) {
    const mins = Number(m[2]) * 60 + Number(m[3]);
    p.zone = m[1] === '-' && mins !== 0 ? -mins : mins; // RFC 5322 §3.3 "-0000": offset 0, never -0
    return true;
  }
  const named = NAMED_ZONES.get(t.toLowerCase());
  if (named !== undefined) {
    p.zone = named;
    return true;
  }
  // RFC 5322 §4.3: military zones are to be taken as -0000 (unknown offset).
  if (/^[A-IK-Z]$/i.test(t)) {
    p.zone = 0;
    return true;
  }
  return false;
}

/** ISO 8601 time part: "10:00:00.123Z", "10:00:00+02:00". */
function readIsoTime(rest: string, p: Parts): boolean {
  const m = /^([\d:.,]+)\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(rest.trim());
  if (!m?.[1] || !readTime(m[1], p)) return false;
  if (m[2]) readZone(m[2], p);
  return true;
}

function readToken(t: string, p: Parts): boolean {
  const lower = t.toLowerCase();
  if (WEEKDAYS.has(lower.slice(0, 3)) && /^[a-z]+\.?$/.test(lower)) return true;
  const month = MONTHS.indexOf(lower.slice(0, 3));
  if (month >= 0 && /^[a-z]+\.?$/.test(lower) && p.month === undefined) {
    p.month = month;
    return true;
  }
  if (p.hour === undefined && readTime(t, p)) return true;
  if (p.zone === undefined && p.hour !== undefined && readZone(t, p)) return true;
  if (/^\d{1,4}$/.test(t)) {
    const n = Number(t);
    if (p.day === undefined && t.length <= 2 && p.year === undefined) p.day = n;
    else if (p.year === undefined)
      p.year = t.length <= 2 ? (n < 50 ? 2000 + n : 1900 + n) : t.length === 3 ? 1900 + n : n;
    else return false;
    return true;
  }
  return false;
}

/**
 * Parse a date as mail servers write it: RFC 5322 §3.3 date-time and its obsolete forms (§4.3: missing
 * weekday, two-digit years, named and military zones), asctime, and ISO 8601. Total; never throws.
 */
export function parseMailDate(input: string): MailDate {
  // A date-time is about 31 characters (RFC 5322 §3.3); far longer text is not a date, and is not scanned.
  if (input.length > MAX_DATE_CHARS) return { ok: false, code: 'date.unparsable' };
  const common = readCommonDate(input);
  return common === null ? parseMailDateByTokens(input) : settleDate(common);
}

/**
 * The token reader behind parseMailDate, for every form it accepts; readCommonDate reads the most common one
 * (RFC 5322 §3.3 as servers write it) to the same parts without splitting it. Exported for the property test
 * that holds the two to the same answers.
 */
export function parseMailDateByTokens(input: string): MailDate {
  if (input.length > MAX_DATE_CHARS) return { ok: false, code: 'date.unparsable' };
  const s = closeTimeColons(stripComments(input)).replace(/,/g, ' ').trim();
  if (s === '') return { ok: false, code: 'date.empty' };
  const p: Parts = {};
  const tokens = s.split(/\s+/);
  const iso = ISO.exec(tokens[0] ?? '');
  if (iso) {
    p.year = Number(iso[1]);
    p.month = Number(iso[2]) - 1;
    p.day = Number(iso[3]);
    const rest = [iso[4] ?? '', ...tokens.slice(1)].join(' ').trim();
    if (rest !== '' && !readIsoTime(rest, p)) {
      const more = rest.split(/\s+/);
      if (!more.every((t) => readToken(t, p))) return { ok: false, code: 'date.unparsable' };
    }
  } else if (!tokens.every((t) => readToken(t, p))) {
    return { ok: false, code: 'date.unparsable' };
  }
  return settleDate(p);
}

/** The date the parts name, checked: every field present and in range, a real calendar day (RFC 5322 §3.3). */
function settleDate(p: Parts): MailDate {
  const { year, month, day, hour = 0, minute = 0, second = 0, ms = 0 } = p;
  if (year === undefined || month === undefined || day === undefined || p.hour === undefined) {
    return { ok: false, code: 'date.unparsable' };
  }
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return { ok: false, code: 'date.out-of-range' };
  }
  const zone = p.zone ?? null;
  const epochMs = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), ms) - (zone ?? 0) * 60_000;
  // RFC 5322 §3.3: "The year is any numeric year 1900 or later" (Appendix A.1.3 dates a message 1969); the day
  // must exist in its month (RFC 5322 §3.3 day is "1*2DIGIT" of a real calendar date).
  if (year < 1900 || year > 9999 || day > daysInMonth(year, month)) return { ok: false, code: 'date.out-of-range' };
  return { ok: true, epochMs, offsetMinutes: zone, iso: isoInstant(epochMs) };
}

/** Days in a month of the Gregorian calendar (month 0-11), as JavaScript's Date counts them. */
function daysInMonth(year: number, month: number): number {
  if (month === 1) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
}
