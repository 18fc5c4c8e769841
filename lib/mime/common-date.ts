/**
 * The date form nearly every server writes (RFC 5322 §3.3 date-time): "[Sat, ]1 Jun 2024 07:02:13 -0700", a
 * closing "(comment)" allowed. Read in one pass over char codes to the parts the token reader in date.ts would
 * find; anything else (other orders, named zones, two-digit years, nested comments) is left to that reader.
 */

/** RFC 5322 §3.3 month and day-of-week names, lower-case. */
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const WEEKDAYS: ReadonlySet<string> = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

export interface Parts {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  ms?: number;
  zone?: number | null;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** RFC 5322 §3.2.2 WSP (space, tab): the only separators this reader takes. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

class Scan {
  i = 0;
  constructor(readonly s: string) {}
  code(): number {
    return this.s.charCodeAt(this.i);
  }
  /** Skips blanks; true when at least one was there. */
  blanks(): boolean {
    const from = this.i;
    while (isBlank(this.code())) this.i++;
    return this.i > from;
  }
  /** Exactly `min`..`max` digits, as a number, or -1. */
  digits(min: number, max: number): number {
    let n = 0;
    let k = 0;
    while (k < max && isDigit(this.code())) {
      n = n * 10 + this.code() - 48;
      this.i++;
      k++;
    }
    return k >= min && !isDigit(this.code()) ? n : -1;
  }
  /** Exactly three letters, lower-case, or null. */
  name(): string | null {
    const at = this.i;
    if (
      !isLetter(this.s.charCodeAt(at)) ||
      !isLetter(this.s.charCodeAt(at + 1)) ||
      !isLetter(this.s.charCodeAt(at + 2))
    )
      return null;
    if (isLetter(this.s.charCodeAt(at + 3))) return null;
    this.i += 3;
    return this.s.slice(at, at + 3).toLowerCase();
  }
}

/** After the zone: nothing, or one "(comment)" without nested parentheses or quoted pairs, then blanks. */
function endsClean(sc: Scan): boolean {
  sc.blanks();
  if (sc.i >= sc.s.length) return true;
  if (sc.code() !== 0x28) return false;
  for (sc.i++; sc.i < sc.s.length; sc.i++) {
    const c = sc.code();
    if (c === 0x28 || c === 0x5c) return false;
    if (c === 0x29) {
      sc.i++;
      sc.blanks();
      return sc.i >= sc.s.length;
    }
  }
  return false;
}

/** The parts of a date in the common form, or null when the text is in any other form. */
export function readCommonDate(s: string): Parts | null {
  const sc = new Scan(s);
  sc.blanks();
  if (isLetter(sc.code())) {
    const weekday = sc.name();
    if (weekday === null || !WEEKDAYS.has(weekday)) return null;
    if (sc.code() === 44) sc.i++;
    else if (!isBlank(sc.code())) return null;
    sc.blanks();
  }
  const day = sc.digits(1, 2);
  if (day < 0 || !sc.blanks()) return null;
  const monthName = sc.name();
  const month = monthName === null ? -1 : MONTHS.indexOf(monthName);
  if (month < 0 || !sc.blanks()) return null;
  const year = sc.digits(4, 4);
  if (year < 0 || !sc.blanks()) return null;
  const hour = sc.digits(1, 2);
  if (hour < 0 || sc.code() !== 58) return null;
  sc.i++;
  const minute = sc.digits(2, 2);
  if (minute < 0) return null;
  let second = 0;
  if (sc.code() === 58) {
    sc.i++;
    second = sc.digits(2, 2);
    if (second < 0) return null;
  }
  const p: Parts = { year, month, day, hour, minute, second, ms: 0 };
  const spaced = sc.blanks();
  const sign = sc.code();
  if (spaced && (sign === 43 || sign === 45)) {
    sc.i++;
    const hhmm = sc.digits(4, 4);
    if (hhmm < 0) return null;
    const mins = Math.floor(hhmm / 100) * 60 + (hhmm % 100);
    // RFC 5322 §3.3 "-0000": offset 0, never -0.
    p.zone = sign === 45 && mins !== 0 ? -mins : mins;
  } else if (sc.i < s.length && sc.code() !== 0x28) return null;
  return endsClean(sc) ? p : null;
}
