/** Test helpers: a SignedMessage from raw text via the one header splitter, and key zones. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SignedMessage } from '../../../lib/dkim';
import { intake, splitHeaderBlock } from '../../../lib/mime';
import { FakeResolver, txt, type Zone } from '../../helpers/fake-resolver';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.resolve(here, '..', '..', 'fixtures', 'dkim');

/** intake() + splitHeaderBlock(); body = the body lines' text + eol joined, null for headers only. */
export function messageOf(text: string): SignedMessage {
  const taken = intake(text);
  if (!taken.ok) return { fields: [], body: null };
  const block = splitHeaderBlock(taken.lines, taken.rest, taken.whole);
  return { fields: block.fields, body: block.body };
}

export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** A FakeResolver serving TXT records from a name -> text map. */
export function keyResolver(records: Record<string, string>): FakeResolver {
  const zone: Zone = {};
  for (const [name, value] of Object.entries(records)) if (!name.startsWith('_comment')) zone[name] = [txt(value)];
  return new FakeResolver(zone);
}

export function rfcKeys(): Record<string, string> {
  return JSON.parse(readFileSync(path.join(FIXTURES, 'rfc-keys.json'), 'utf8')) as Record<string, string>;
}

/** Fixed clock: 2024-01-01T00:00:00Z. */
export const NOW = Date.UTC(2024, 0, 1);
export const now = (): number => NOW;

export function crlf(s: string): string {
  return s.replace(/\r?\n/g, '\r\n');
}
