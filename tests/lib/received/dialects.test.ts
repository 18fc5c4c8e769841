/**
 * The dialect table (lib/received/dialects.ts): every row cites a source and has at least one fixture stamp
 * written from it (tests/fixtures/received/dialects/dialects.json); each stamp reads as its row says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../lib/received/dialects';
import { parseReceived, type ParsedReceived } from '../../../lib/received/parse';

interface DialectCase {
  row: string;
  name: string;
  stamp: string;
  expect: Record<string, unknown>;
}

const file = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/received/dialects/dialects.json',
);
const cases = (JSON.parse(readFileSync(file, 'utf8')) as { cases: DialectCase[] }).cases;

/** The parse result in the fixture's vocabulary: the from.* positions flat, then the stamp-level fields. */
function view(p: ParsedReceived): Record<string, unknown> {
  return {
    ...p.from,
    authenticated: p.authenticated,
    authUser: p.authUser,
    dialect: p.dialect,
    tls: p.tls,
    byIp: p.by.ip,
    epochMs: p.epochMs,
    calendarDate: p.calendarDate,
    id: p.id,
  };
}

describe('dialect table', () => {
  it('every row names its MTA, shape and a public source, and has at least one fixture', () => {
    const ids = DIALECTS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of DIALECTS) {
      expect(d.source.length, d.id).toBeGreaterThan(20);
      expect(d.shape.length, d.id).toBeGreaterThan(10);
      expect(cases.filter((c) => c.row === d.id).length, `fixtures for ${d.id}`).toBeGreaterThan(0);
    }
    expect(cases.filter((c) => !ids.includes(c.row as (typeof ids)[number])).map((c) => c.row)).toEqual([]);
  });

  it.each(cases.map((c) => [`${c.row}: ${c.name}`, c] as const))('%s', (_name, c) => {
    const actual = view(parseReceived(c.stamp));
    expect(Object.fromEntries(Object.keys(c.expect).map((k) => [k, actual[k]]))).toEqual(c.expect);
  });
});
