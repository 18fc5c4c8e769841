/** Received dates: RFC 5322 §3.3 first, then the non-RFC forms real servers write. */
import { describe, expect, it } from 'vitest';
import { parseReceivedDate, readCalendarDate, RECEIVED_DATE_WINDOW } from '../../../lib/received/date';
import { parseReceived } from '../../../lib/received/parse';

describe('parseReceivedDate', () => {
  it.each([
    ['RFC 5322 A.4', '21 Nov 1997 10:05:43 -0600', Date.UTC(1997, 10, 21, 16, 5, 43), -360],
    ['RFC 5322 §3.3 with day name and comment', 'Tue, 14 Oct 2025 02:17:41 -0700 (PDT)', Date.UTC(2025, 9, 14, 9, 17, 41), -420],
    ['Postfix double space before a one-digit day', 'Sat,  1 Nov 2025 15:42:28 +0100 (CET)', Date.UTC(2025, 10, 1, 14, 42, 28), 60],
    ['RFC 5322 §4.3 obsolete "-0000" and no day name', '24 Aug 2014 16:13:38 -0000', Date.UTC(2014, 7, 24, 16, 13, 38), 0],
    ['RFC 5322 §4.3 obsolete zone name GMT', 'Thu, 23 Oct 2025 09:17:44 GMT', Date.UTC(2025, 9, 23, 9, 17, 44), 0],
    ['RFC 5322 §4.3 obs-zone EDT', 'Wed, 22 Oct 2025 10:37:05 EDT', Date.UTC(2025, 9, 22, 14, 37, 5), -240],
    ['RFC 5322 §4.3 two-digit year', '21 Nov 97 09:55:06 GMT', Date.UTC(1997, 10, 21, 9, 55, 6), 0],
    ['fractional seconds (SendGrid)', 'Mon, 26 Mar 2018 13:35:36.102 +0000 (UTC)', 1522071336102, 0],
    ['ISO with nanoseconds and "+0000 UTC" (SendGrid)', '2018-03-26 13:35:36.270951634 +0000 UTC', 1522071336270, 0],
    ['US m/d/yyyy with AM/PM', '4/20/2018 11:01:16 PM -0400 (EDT)', 1524279676000, -240],
    ['US m-d-yyyy, no zone (read as UTC)', '4-20-2018 11:01:07 PM', 1524265267000, null],
    ['unpadded ISO', '2018-4-20 11:01:08 PM', 1524265268000, null],
    ['12 AM is midnight', '4/20/2018 12:30:00 AM +0000', Date.UTC(2018, 3, 20, 0, 30, 0), 0],
    ['12 PM is noon', '4/20/2018 12:30:00 PM +0000', Date.UTC(2018, 3, 20, 12, 30, 0), 0],
    // Go's time.Time.String() (pkg.go.dev/time#Time.String), as SendGrid's filters write it.
    ['Go: nanoseconds, zone name and the monotonic reading', '2026-11-11 14:03:04.123456789 +0000 UTC m=+0.1', Date.UTC(2026, 10, 11, 14, 3, 4, 123), 0],
    ['Go: an unnamed zone prints its offset twice', '2026-11-11 16:03:04.5 +0200 +0200', Date.UTC(2026, 10, 11, 14, 3, 4, 500), 120],
    ['Go: a zone abbreviated as its hours, then a negative monotonic reading', '2026-11-11 11:03:04 -0300 -03 m=-12.25', Date.UTC(2026, 10, 11, 14, 3, 4), -180],
    ['numeric zone with a colon, no name', 'Tue, 14 Oct 2025 14:47:41 +05:30', Date.UTC(2025, 9, 14, 9, 17, 41), 330],
  ])('%s', (_name, text, epochMs, offsetMinutes) => {
    const d = parseReceivedDate(text);
    expect(d.ok).toBe(true);
    if (d.ok) {
      expect(d.epochMs).toBe(epochMs);
      expect(d.offsetMinutes).toBe(offsetMinutes);
    }
  });

  it.each(['', 'yesterday', '22 Apr 2018', 'Tue, 99 Oct 2025 02:17:41 +0000', '13/45/2018 10:00:00', 'Mon, 26 Mar 2018 25:61:00 +0000', '('.repeat(50)])('rejects %j', (text) => {
    expect(parseReceivedDate(text).ok).toBe(false);
  });
});

describe('readCalendarDate: a date without a time', () => {
  it.each([
    ['22 Apr 2018', '2018-04-22'],
    ['Sun, 22 Apr 2018', '2018-04-22'],
    ['Apr 22 2018', '2018-04-22'],
    ['2018-04-22', '2018-04-22'],
    ['2018.04.22', '2018-04-22'],
    ['22 Apr 2018 (CEST)', '2018-04-22'],
  ])('%s', (text, date) => {
    expect(readCalendarDate(text)).toBe(date);
  });

  it.each(['', 'yesterday', '22 Apr 2018 10:00:00 +0000', '31 Feb 2018', '2018.13.01'])('not a date alone: %j', (text) => {
    expect(readCalendarDate(text)).toBeNull();
  });
});

describe('the date part is read within a bounded window (security goal G2, docs/security-goals.md)', () => {
  it('reads a date followed by a 1 MiB comment', () => {
    const p = parseReceived(`from a.example by b.example; Tue, 14 Oct 2025 09:17:41 +0000 (${'x'.repeat(1024 * 1024)})`);
    expect(p.epochMs).toBe(Date.UTC(2025, 9, 14, 9, 17, 41));
    expect(p.problem).toBeNull();
  });

  it.each([
    ['digits and spaces', '1 '.repeat(512 * 1024)],
    ['a ":" run', ':'.repeat(1024 * 1024)],
    ['a digit run', '1'.repeat(1024 * 1024)],
  ])('a 1 MiB date part of %s is unreadable, and its text is not carried whole', (_name, junk) => {
    const p = parseReceived(`from a.example by b.example; ${junk}`);
    expect(p.epochMs).toBeNull();
    expect(p.problem).toMatch(/^unreadable date/);
    expect(p.dateText?.length ?? 0).toBeLessThan(4096);
  });

  it('a date past the window is not read', () => {
    expect(parseReceivedDate(`${'x'.repeat(RECEIVED_DATE_WINDOW)} Tue, 14 Oct 2025 09:17:41 +0000`).ok).toBe(false);
    expect(parseReceivedDate(`  Tue, 14 Oct 2025 09:17:41 +0000 (${'c'.repeat(5000)}`).ok).toBe(true);
  });
});
