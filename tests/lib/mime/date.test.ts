import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_DATE_CHARS, parseMailDate, parseMailDateByTokens } from '../../../lib/mime/date';
import { readCommonDate } from '../../../lib/mime/common-date';
import { field, fixture } from './fixture';

describe('RFC 5322 Appendix A dates, read from the fixture messages', () => {
  it.each([
    ['rfc5322-A.1.1-simple.eml', '1997-11-21T15:55:06.000Z', -360],
    ['rfc5322-A.1.2-different-types.eml', '2003-07-01T08:52:37.000Z', 120],
    // A.1.3: before 1970, still a valid RFC 5322 §3.3 year ("1900 or later")
    ['rfc5322-A.1.3-group-addresses.eml', '1969-02-14T03:02:54.000Z', -210],
    // A.5: folded across six lines, no seconds, a trailing comment
    ['rfc5322-A.5-white-space-comments.eml', '1969-02-14T03:02:00.000Z', -210],
    // A.6.2: two-digit year, named zone
    ['rfc5322-A.6.2-obsolete-dates.eml', '1997-11-21T09:55:06.000Z', 0],
    // A.6.3: comments and white space around the ":" of the time
    ['rfc5322-A.6.3-obsolete-white-space.eml', '1997-11-21T15:55:06.000Z', -360],
  ] as const)('%s', (file, iso, offset) => {
    expect(parseMailDate(field(fixture(file), 'Date').value)).toEqual({
      ok: true,
      epochMs: Date.parse(iso),
      offsetMinutes: offset,
      iso,
    });
  });

  it.each([
    // A.2, A.3, A.4 (trace dates have no weekday)
    ['Fri, 21 Nov 1997 10:01:10 -0600', '1997-11-21T16:01:10.000Z', -360],
    ['Mon, 24 Nov 1997 14:22:01 -0800', '1997-11-24T22:22:01.000Z', -480],
    ['21 Nov 1997 10:05:43 -0600', '1997-11-21T16:05:43.000Z', -360],
    ['21 Nov 1997 10:01:22 -0600', '1997-11-21T16:01:22.000Z', -360],
  ] as const)('Appendix A.2-A.4 %j', (value, iso, offset) => {
    expect(parseMailDate(value)).toEqual({ ok: true, epochMs: Date.parse(iso), offsetMinutes: offset, iso });
  });
});

describe('parseMailDate: RFC 5322 §4.3 obsolete forms', () => {
  it.each([
    ['no weekday', '1 Jan 2024 10:00:00 +0000', '2024-01-01T10:00:00.000Z', 0],
    ['2-digit year 00 -> 2000', '1 Jan 00 10:00:00 +0000', '2000-01-01T10:00:00.000Z', 0],
    ['2-digit year 49 -> 2049', '1 Jan 49 10:00:00 +0000', '2049-01-01T10:00:00.000Z', 0],
    ['2-digit year 50 -> 1950', '1 Jan 50 10:00:00 +0000', '1950-01-01T10:00:00.000Z', 0],
    ['2-digit year 99 -> 1999', 'Fri, 31 Dec 99 23:59:59 +0000', '1999-12-31T23:59:59.000Z', 0],
    ['3-digit year 103 -> 2003', '1 Jan 103 10:00:00 +0000', '2003-01-01T10:00:00.000Z', 0],
    ['UT', 'Mon, 1 Jan 2024 10:00:00 UT', '2024-01-01T10:00:00.000Z', 0],
    ['GMT', 'Mon, 1 Jan 2024 10:00:00 GMT', '2024-01-01T10:00:00.000Z', 0],
    ['EST', 'Mon, 1 Jan 2024 10:00:00 EST', '2024-01-01T15:00:00.000Z', -300],
    ['EDT', 'Mon, 1 Jul 2024 10:00:00 EDT', '2024-07-01T14:00:00.000Z', -240],
    ['CST', 'Mon, 1 Jan 2024 10:00:00 CST', '2024-01-01T16:00:00.000Z', -360],
    ['CDT', 'Mon, 1 Jul 2024 10:00:00 CDT', '2024-07-01T15:00:00.000Z', -300],
    ['MST', 'Mon, 1 Jan 2024 10:00:00 MST', '2024-01-01T17:00:00.000Z', -420],
    ['MDT', 'Mon, 1 Jul 2024 10:00:00 MDT', '2024-07-01T16:00:00.000Z', -360],
    ['PST', 'Mon, 1 Jan 2024 10:00:00 PST', '2024-01-01T18:00:00.000Z', -480],
    ['PDT', 'Tue, 14 Oct 2025 02:17:41 PDT', '2025-10-14T09:17:41.000Z', -420],
    ['named zone in lower case', 'mon, 1 jan 2024 10:00:00 est', '2024-01-01T15:00:00.000Z', -300],
    // §4.3: military zones "SHOULD all be considered equivalent to -0000"
    ['military A', 'Mon, 1 Jan 2024 10:00:00 A', '2024-01-01T10:00:00.000Z', 0],
    ['military M', 'Mon, 1 Jan 2024 10:00:00 M', '2024-01-01T10:00:00.000Z', 0],
    ['military N', 'Mon, 1 Jan 2024 10:00:00 N', '2024-01-01T10:00:00.000Z', 0],
    ['military Y', 'Mon, 1 Jan 2024 10:00:00 Y', '2024-01-01T10:00:00.000Z', 0],
    ['military Z', 'Mon, 1 Jan 2024 10:00:00 Z', '2024-01-01T10:00:00.000Z', 0],
    ['military z (lower case)', 'Mon, 1 Jan 2024 10:00:00 z', '2024-01-01T10:00:00.000Z', 0],
    // §3.3: "-0000" = UTC, local offset unknown
    ['-0000', 'Mon, 1 Jan 2024 10:00:00 -0000', '2024-01-01T10:00:00.000Z', 0],
    ['CFWS around ":" (obs-hour, obs-minute)', 'Mon, 1 Jan 2024 10 : 00 : 00 +0000', '2024-01-01T10:00:00.000Z', 0],
    ['folded (CRLF + WSP) date', 'Mon,\r\n 1 Jan\r\n\t2024 10:00:00\r\n +0000', '2024-01-01T10:00:00.000Z', 0],
  ] as const)('%s: %j', (_label, value, iso, offset) => {
    const d = parseMailDate(value);
    expect(d).toEqual({ ok: true, epochMs: Date.parse(iso), offsetMinutes: offset, iso });
  });

  it('"-0000" gives offset 0, never -0 (JSON-safe, Object.is-equal to 0)', () => {
    const d = parseMailDate('Mon, 1 Jan 2024 10:00:00 -0000');
    expect(d.ok && Object.is(d.offsetMinutes, 0)).toBe(true);
  });
});

describe('parseMailDate: forms seen in real headers', () => {
  it.each([
    ['ISO 8601 with ms and Z', '2024-01-01T10:00:00.123Z', '2024-01-01T10:00:00.123Z', 0],
    ['ISO 8601 with nanoseconds', '2024-01-01T10:00:00.123456789Z', '2024-01-01T10:00:00.123Z', 0],
    ['ISO 8601 with offset', '2024-01-01T10:00:00+02:00', '2024-01-01T08:00:00.000Z', 120],
    ['ISO 8601 with compact offset', '2024-01-01T10:00:00-0530', '2024-01-01T15:30:00.000Z', -330],
    ['ISO 8601 without zone', '2024-01-01T10:00:00', '2024-01-01T10:00:00.000Z', null],
    ['ISO date, space, RFC zone', '2024-01-01 10:00:00 +0200', '2024-01-01T08:00:00.000Z', 120],
    ['ISO date, space, named zone', '2024-01-01 10:00:00 GMT', '2024-01-01T10:00:00.000Z', 0],
    ['asctime', 'Mon Jan  1 10:00:00 2024', '2024-01-01T10:00:00.000Z', null],
    ['asctime with zone', 'Mon Jan  1 10:00:00 2024 +0100', '2024-01-01T09:00:00.000Z', 60],
    ['missing seconds', 'Mon, 1 Jan 2024 10:00 +0100', '2024-01-01T09:00:00.000Z', 60],
    ['comment (PDT)', 'Tue, 14 Oct 2025 02:17:41 -0700 (PDT)', '2025-10-14T09:17:41.000Z', -420],
    ['nested comment', 'Tue, 14 Oct 2025 02:17:41 -0700 (PDT (really))', '2025-10-14T09:17:41.000Z', -420],
    ['comment only zone', 'Mon, 1 Jan 2024 10:00:00 (UTC)', '2024-01-01T10:00:00.000Z', null],
    ['no zone', 'Mon, 1 Jan 2024 10:00:00', '2024-01-01T10:00:00.000Z', null],
    ['full day and month names', 'Monday, 1 January 2024 10:00:00 +0000', '2024-01-01T10:00:00.000Z', 0],
    ['zone with colon', 'Mon, 1 Jan 2024 10:00:00 +05:30', '2024-01-01T04:30:00.000Z', 330],
    ['CEST', 'Mon, 1 Jul 2024 10:00:00 CEST', '2024-07-01T08:00:00.000Z', 120],
    ['leap second clamped', 'Sat, 31 Dec 2016 23:59:60 +0000', '2016-12-31T23:59:59.000Z', 0],
    ['29 Feb of a leap year', 'Thu, 29 Feb 2024 12:00:00 +0000', '2024-02-29T12:00:00.000Z', 0],
    ['year 1900 (the RFC minimum)', '1 Jan 1900 00:00:00 +0000', '1900-01-01T00:00:00.000Z', 0],
    ['year 9999', '31 Dec 9999 23:59:59 +0000', '9999-12-31T23:59:59.000Z', 0],
    ['double spaces and tabs', 'Mon,  1\tJan   2024  10:00:00   +0000', '2024-01-01T10:00:00.000Z', 0],
  ] as const)('%s: %j', (_label, value, iso, offset) => {
    expect(parseMailDate(value)).toEqual({ ok: true, epochMs: Date.parse(iso), offsetMinutes: offset, iso });
  });
});

describe('parseMailDate: bad input gives a code, never a throw (GUIDE rule 3)', () => {
  it.each([
    ['', 'date.empty'],
    ['   \t ', 'date.empty'],
    ['(only a comment)', 'date.empty'],
    ['tomorrow', 'date.unparsable'],
    ['Mon, 1 Jan 2024', 'date.unparsable'],
    ['10:00:00', 'date.unparsable'],
    ['Mon, 1 Jan 2024 10:00:00 +0000 extra', 'date.unparsable'],
    ['Mon, 1 Jan 2024 10:00:00 J', 'date.unparsable'],
    ['1 Jan 10000 10:00:00 +0000', 'date.unparsable'],
    ['2024-01-01', 'date.unparsable'],
    ['2024-01-01Tnonsense', 'date.unparsable'],
    ['32 Jan 2024 10:00:00 +0000', 'date.out-of-range'],
    ['0 Jan 2024 10:00:00 +0000', 'date.out-of-range'],
    ['31 Feb 2024 10:00:00 +0000', 'date.out-of-range'],
    ['29 Feb 2023 10:00:00 +0000', 'date.out-of-range'],
    ['1 Jan 2024 24:00:00 +0000', 'date.out-of-range'],
    ['1 Jan 2024 10:60:00 +0000', 'date.out-of-range'],
    ['1 Jan 2024 10:00:61 +0000', 'date.out-of-range'],
    ['31 Dec 1899 23:59:59 +0000', 'date.out-of-range'],
    ['2024-13-01T00:00:00Z', 'date.out-of-range'],
    ['2024-00-10T00:00:00Z', 'date.out-of-range'],
  ] as const)('%j -> %s', (value, code) => {
    expect(parseMailDate(value)).toEqual({ ok: false, code });
  });
});

describe('parseMailDate on over-long text', () => {
  it('reads a date with a comment up to MAX_DATE_CHARS and refuses longer text without scanning it', () => {
    const date = 'Tue, 14 Oct 2025 09:17:41 +0000';
    const fits = `${date} (${'c'.repeat(MAX_DATE_CHARS - date.length - 3)})`;
    expect(fits.length).toBe(MAX_DATE_CHARS);
    expect(parseMailDate(fits).ok).toBe(true);
    expect(parseMailDate(`${fits} `)).toEqual({ ok: false, code: 'date.unparsable' });
  });
});

describe('the common-form reader agrees with the token reader', () => {
  const piece = fc.constantFrom(
    'Sat',
    'sat',
    'Sun',
    'Saturday',
    'Jun',
    'jun',
    'June',
    'Mar',
    'Foo',
    ',',
    ', ',
    ' ',
    '  ',
    '\t',
    '\r\n ',
    '(PDT)',
    '(a(b))',
    '(x\\)',
    '(',
    ')',
    '1',
    '01',
    '31',
    '32',
    '0',
    '2024',
    '1969',
    '0999',
    '24',
    '07',
    '7',
    ':',
    '02',
    '13',
    '60',
    '61',
    '.5',
    '+0000',
    '-0000',
    '-0700',
    '+05:30',
    '+2400',
    'GMT',
    'UTC',
    'Z',
    'PDT',
    'x',
    '\u00a0',
  );
  const common = fc
    .record({
      weekday: fc.constantFrom('', 'Sat, ', 'Mon,', 'tue ', 'Thu,  '),
      day: fc.constantFrom('1', '01', '31', '0', '29', '30'),
      month: fc.constantFrom('Jan', 'feb', 'Feb', 'DEC', 'Jun'),
      year: fc.constantFrom('2024', '2023', '1900', '1899', '9999', '2000'),
      time: fc.constantFrom('07:02:13', '7:02', '23:59:60', '24:00:00', '00:00:00', '12:60:00'),
      zone: fc.constantFrom('', ' +0000', ' -0000', ' -0700', ' +1400', ' +0530', ' -9959'),
      tail: fc.constantFrom('', ' ', ' (PDT)', '(UTC)', ' (a) ', ' (x'),
      sep: fc.constantFrom(' ', '\t', '  '),
    })
    .map((r) => `${r.weekday}${r.day}${r.sep}${r.month}${r.sep}${r.year}${r.sep}${r.time}${r.zone}${r.tail}`);
  it('on dates in and near the common form, and on any mix of date words', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          common,
          fc.array(piece, { maxLength: 14 }).map((a) => a.join('')),
          fc.string(),
        ),
        (text) => {
          expect(parseMailDate(text)).toEqual(parseMailDateByTokens(text));
        },
      ),
      { numRuns: 20000 },
    );
  });
  it('reads the common form itself (not only through the fallback)', () => {
    expect(readCommonDate('Sat, 1 Jun 2024 07:02:13 -0700 (PDT)')).toEqual({
      year: 2024,
      month: 5,
      day: 1,
      hour: 7,
      minute: 2,
      second: 13,
      ms: 0,
      zone: -420,
    });
    expect(readCommonDate('1 Jun 2024 07:02 +0000')).toEqual({
      year: 2024,
      month: 5,
      day: 1,
      hour: 7,
      minute: 2,
      second: 0,
      ms: 0,
      zone: 0,
    });
    expect(readCommonDate('Sat, 1 June 2024 07:02:13 -0700')).toBeNull();
    expect(readCommonDate('Sat, 1 Jun 2024 07:02:13 GMT')).toBeNull();
  });
});

describe('a calendar day that does not exist is out of range', () => {
  it('agrees with JavaScript Date on every day 1-31 of every month, leap years and centuries included', () => {
    for (const year of [1900, 1996, 2000, 2023, 2024, 2100, 2400]) {
      for (let month = 0; month < 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const real = new Date(Date.UTC(year, month, day)).getUTCDate() === day;
          const text = `${String(day)} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month] ?? ''} ${String(year)} 10:00:00 +0000`;
          const d = parseMailDate(text);
          expect(d.ok ? 'ok' : d.code).toBe(real ? 'ok' : 'date.out-of-range');
        }
      }
    }
  });
});
