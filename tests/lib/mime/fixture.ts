import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { intake } from '../../../lib/mime/intake';
import { splitHeaderBlock, type HeaderBlock, type HeaderField } from '../../../lib/mime/header-block';
import type { PhysicalLine } from '../../../lib/mime/lines';

/** Text of a fixture in tests/fixtures/mime/, exactly as stored (CRLF kept). */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/mime/${name}`, import.meta.url)), 'utf8');
}

/** The repository's sample message (read only). */
export function sample(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../samples/${name}`, import.meta.url)), 'utf8');
}

/** Intake + header block split, failing the test when intake rejects the text. */
export function blockOf(text: string): HeaderBlock & { lines: PhysicalLine[] } {
  const taken = intake(text);
  if (!taken.ok) throw new Error(`intake rejected the text: ${taken.status}`);
  return { ...splitHeaderBlock(taken.lines), lines: taken.lines };
}

export function fieldsOf(text: string): HeaderField[] {
  return blockOf(text).fields;
}

/** The first field named `key` (case-insensitive), failing the test when there is none. */
export function field(text: string, key: string): HeaderField {
  const f = fieldsOf(text).find((x) => x.key === key.toLowerCase());
  if (!f) throw new Error(`no ${key} field`);
  return f;
}

export function joinLines(lines: readonly PhysicalLine[]): string {
  return lines.map((l) => l.text + l.eol).join('');
}

export function findingIds(findings: readonly { id: string }[]): string[] {
  return findings.map((f) => f.id);
}
