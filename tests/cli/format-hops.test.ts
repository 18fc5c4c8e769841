/** The CLI's hop table: the popup's order (hop 1 first), columns and wording. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatHops } from '../../cli/format-hops';
import { analyze } from '../../lib/analyze';

describe('formatHops', () => {
  it('lists hop 1 first with time, delay and TLS in words, the entry line above the entry hop', async () => {
    const report = await analyze(readFileSync('samples/late-delivery-skewed-clock.eml', 'utf8'), { now: () => 0 });
    const lines = formatHops(report);
    expect(lines[0]).toBe('Delivery path (4 hops, delivered in 40 min 54 s; slowest: hop 3, 40 min 48 s)');
    expect(lines).toContain(
      '  clock: The clock of mailgw.example.net (hop 2) is probably 1 hour behind (wrong time zone): its time is earlier than the hop before it.',
    );
    const header = lines.findIndex((l) => l.startsWith('  Hop'));
    expect(lines[header]).toMatch(
      /^ {2}Hop {2}From \(HELO \/ rDNS \/ IP\) +By +With +Time \(as written\) +Delay {2}TLS$/,
    );
    const hopLines = lines.slice(header + 1).filter((l) => /^ +\d+ {2}/.test(l));
    expect(hopLines.map((l) => l.trim().split(' ')[0])).toEqual(['1', '2', '3', '4']);
    expect(hopLines[2]).toMatch(
      /mailgw\.example\.net \/ 192\.0\.2\.25 .* 2025-10-14 01:43:02 -0700 +40 min 48 s {2}TLS 1\.3/,
    );
    const entry = lines.findIndex((l) => l.includes('below: written by your provider'));
    expect(lines[entry + 1]).toMatch(/^ {4}3 {2}/);
    expect(lines[entry + 2]).toContain('+ X-Received 2025-10-14 01:43:03 -0700');
  });
});
