/** Cisco Secure Email (IronPort) stamps: X-SBRS and X-IronPort-* / X-Amp-*. */
import type { HeaderField } from '../mime';
import { splitEqualsList } from './key-values';
import type { Stamp, StampField } from './types';
import { mapList } from '../list/map-list';

function sbrs(value: string): string {
  const n = Number(value);
  if (value.trim().toLowerCase() === 'none') return 'No SenderBase reputation data for the sending IP.';
  if (!Number.isFinite(n)) return 'Not a SenderBase score.';
  const band = n <= -3 ? 'poor (likely blocked or throttled)' : n < 0 ? 'below neutral' : n < 3 ? 'neutral' : 'good';
  return `SenderBase Reputation Score ${value} on a -10 to +10 scale: ${band}.`;
}

const SINGLE: Record<string, [string | ((v: string) => string), 'documented' | 'community' | 'unknown']> = {
  'x-sbrs': [sbrs, 'documented'],
  'x-ironport-anti-spam-filtered': [(v) => (v.trim().toLowerCase() === 'true' ? 'Anti-spam scanning ran on this message.' : 'Anti-spam scanning did not run.'), 'community'],
  'x-ironport-anti-spam-result': ['Encoded anti-spam verdict data; Cisco does not document the encoding.', 'community'],
  'x-ipas-result': ['Encoded IronPort anti-spam verdict data; not documented.', 'community'],
  'x-amp-result': [(v) => `Advanced Malware Protection verdict: ${v} (CLEAN, MALICIOUS, SKIPPED, UNSCANNABLE).`, 'documented'],
  'x-amp-file-uploaded': [(v) => (v.trim().toLowerCase() === 'true' ? 'An attachment was uploaded for sandbox analysis.' : 'No attachment was uploaded for analysis.'), 'documented'],
  'x-amp-original-verdict': ['AMP verdict before any retrospective change.', 'documented'],
  'x-ironport-outbreak-status': ['Outbreak filter verdict.', 'community'],
  'x-ironport-remoteip': ['IP address the appliance received the message from.', 'community'],
  'x-ironport-sendergroup': ['Mail-flow (HAT) sender group the connecting IP matched.', 'community'],
  'x-ironport-mailflowpolicy': ['Mail-flow policy applied to the connection.', 'community'],
};

function av(value: string): StampField[] {
  const docs: Record<string, string> = { e: 'Anti-virus engine vendor.', i: 'Engine/definition version and internal ids.', d: 'Scan type and version.', a: 'Internal scan sequence number.' };
  return mapList(splitEqualsList(value, ';'), ({ key, value: v }) => {
    const k = key.trim();
    const m = Object.hasOwn(docs, k.toLowerCase()) ? docs[k.toLowerCase()] : undefined;
    return { key: k, value: v, meaning: m ?? 'Unknown field.', confidence: m ? 'community' : 'unknown' };
  });
}

export function decodeIronPort(field: HeaderField, index: number): Stamp {
  const base = { header: field.name, vendor: 'Cisco Secure Email (IronPort)', fieldIndex: index };
  if (field.key === 'x-ironport-av') return { ...base, fields: av(field.value), summary: null };
  const doc = Object.hasOwn(SINGLE, field.key) ? SINGLE[field.key] : undefined;
  const meaning = doc === undefined ? 'IronPort stamp; meaning not documented here.' : typeof doc[0] === 'string' ? doc[0] : doc[0](field.value);
  return {
    ...base,
    fields: [{ key: field.name, value: field.value, meaning, confidence: doc?.[1] ?? 'unknown' }],
    summary: field.key === 'x-sbrs' ? `SBRS ${field.value}` : field.key === 'x-amp-result' ? `AMP ${field.value}` : null,
  };
}
