/** Attach meanings to split key/value pairs from a per-vendor key table; unknown keys are kept and marked. */
import type { KeyValue } from './key-values';
import type { KeyDoc, StampField } from './types';
import { mapList } from '../list/map-list';

export function describeFields(pairs: readonly KeyValue[], docs: ReadonlyMap<string, KeyDoc>, caseInsensitive = true): StampField[] {
  return mapList(pairs, ({ key, value }) => {
    const doc = docs.get(caseInsensitive ? key.toLowerCase() : key);
    if (doc === undefined) return { key, value, meaning: 'Unknown field: not documented here.', confidence: 'unknown' };
    if (typeof doc.meaning === 'string') return { key, value, meaning: doc.meaning, confidence: doc.confidence };
    const m = doc.meaning(value);
    return { key, value, meaning: m.meaning, confidence: m.confidence ?? doc.confidence };
  });
}

/** Look a value up in a code table; unknown codes say so. */
export function codeMeaning(table: Readonly<Record<string, string>>, prefix: string) {
  return (value: string): { meaning: string; confidence?: 'unknown' } => {
    const v = value.trim().toUpperCase();
    return Object.hasOwn(table, v) ? { meaning: `${prefix}: ${table[v] ?? ''}` } : { meaning: `${prefix}: code ${v || '(empty)'} is not documented.`, confidence: 'unknown' };
  };
}
