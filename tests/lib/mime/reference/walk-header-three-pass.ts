/**
 * How lib/mime/walk.ts read an entity header before lib/mime/entity-header.ts: find the blank line, then cut the
 * lines before it, then read their fields (three passes). Kept as the reference the property tests hold the
 * one-pass reading to.
 */
import { readFields } from '../../../../lib/mime/part-headers';
import type { EntityHeader } from '../../../../lib/mime/entity-header';
import { end, lineAt, nextLine } from '../../../../lib/mime/text-lines';

function headerEnd(text: string, from: number, to: number): number {
  for (let p = from; p < to && p < end(text); p = nextLine(text, p)) {
    const c = text.charCodeAt(p);
    if (c > 32 && c < 127) continue;
    if (lineAt(text, p).trim() === '') return p;
  }
  return -1;
}

function linesBetween(text: string, a: number, b: number): string[] {
  const out: string[] = [];
  for (let p = a; p < b && p < end(text); p = nextLine(text, p)) out.push(lineAt(text, p));
  return out;
}

export function readHeaderThreePass(text: string, from: number, to: number): EntityHeader {
  const blank = headerEnd(text, from, to);
  const fields = readFields(linesBetween(text, from, blank < 0 ? to : blank));
  return { fields, bodyFrom: blank < 0 ? to : nextLine(text, blank) };
}
