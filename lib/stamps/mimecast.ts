/** Mimecast stamps. The Impersonation Protect keys mirror Mimecast's policy settings; the rest are community-observed. */
import type { HeaderField } from '../mime';
import { splitEqualsList } from './key-values';
import type { Stamp, StampField } from './types';
import { mapList } from '../list/map-list';

function impersonation(value: string): StampField[] {
  return mapList(splitEqualsList(value, ';'), ({ key, value: v }) => {
    const k = key.trim();
    const hit = v.trim().toLowerCase() === 'true';
    return {
      key: k,
      value: v.trim(),
      meaning: k.toLowerCase() === 'policy' ? 'Impersonation Protect policy that evaluated the message.' : hit ? `Indicator "${k}" matched.` : `Indicator "${k}" did not match.`,
      confidence: 'documented',
    };
  });
}

export function decodeMimecast(field: HeaderField, index: number): Stamp {
  const base = { header: field.name, vendor: 'Mimecast', fieldIndex: index };
  if (field.key === 'x-mimecast-impersonation-protect') {
    const fields = impersonation(field.value);
    const hits = mapList(fields.filter((f) => f.value.toLowerCase() === 'true'), (f) => f.key);
    return { ...base, fields, summary: hits.length > 0 ? `matched: ${hits.join(', ')}` : 'no impersonation indicator matched' };
  }
  const single: Record<string, [string, 'documented' | 'community']> = {
    'x-mimecast-spam-score': ['Mimecast spam score (higher = more likely spam; low single digits are normal).', 'community'],
    'x-mimecast-spam-signature': ['Whether a spam signature matched.', 'community'],
    'x-mimecast-bulk-signature': ['Whether a bulk/graymail signature matched.', 'community'],
    'x-mimecast-mfc-proc-id': ['Mimecast processing (tracking) identifier.', 'community'],
    'x-mimecast-mfc-agg-id': ['Mimecast account aggregation identifier.', 'community'],
  };
  const doc = Object.hasOwn(single, field.key) ? single[field.key] : undefined;
  return {
    ...base,
    fields: [{ key: field.name, value: field.value, meaning: doc?.[0] ?? 'Mimecast stamp; meaning not documented here.', confidence: doc?.[1] ?? 'unknown' }],
    summary: field.key === 'x-mimecast-spam-score' ? `spam score ${field.value}` : null,
  };
}
