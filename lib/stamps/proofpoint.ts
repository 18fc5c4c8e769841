/**
 * Proofpoint Protection Server stamps. Proofpoint documents the header names for its customers but not
 * publicly each score, so meanings are community-observed.
 */
import type { HeaderField } from '../mime';
import { describeFields } from './describe-fields';
import { splitEqualsList } from './key-values';
import type { KeyDoc, Stamp } from './types';

const score = (what: string): KeyDoc => ({ meaning: (v) => ({ meaning: `${what} score ${v} (0-100; higher = more likely).` }), confidence: 'community' });

const DETAILS: ReadonlyMap<string, KeyDoc> = new Map<string, KeyDoc>([
  ['rule', { meaning: (v) => ({ meaning: `Final classification rule: ${v} (e.g. notspam, spam, bulk, phish, malware).` }), confidence: 'community' }],
  ['policy', { meaning: 'Policy route the message was evaluated under.', confidence: 'community' }],
  ['score', score('Overall spam')],
  ['spamscore', score('Spam')],
  ['phishscore', score('Phishing')],
  ['malwarescore', score('Malware')],
  ['bulkscore', score('Bulk mail')],
  ['suspectscore', score('Suspect (unknown threat)')],
  ['adultscore', score('Adult content')],
  ['impostorscore', score('Impostor / business email compromise')],
  ['lowpriorityscore', score('Low-priority (graymail)')],
  ['priorityscore', { meaning: 'Internal priority of the classification that won.', confidence: 'community' }],
  ['mlxscore', score('Machine-learning spam')],
  ['mlxlogscore', { meaning: 'Machine-learning log score (internal).', confidence: 'community' }],
  ['clxscore', { meaning: 'Internal classifier adjustment score.', confidence: 'community' }],
  ['classifier', { meaning: 'Which classifier decided.', confidence: 'community' }],
  ['adjust', { meaning: 'Score adjustment applied by policy.', confidence: 'community' }],
  ['reason', { meaning: 'Why this rule won (e.g. mlx = machine learning).', confidence: 'community' }],
  ['scancount', { meaning: 'How many times the message was scanned.', confidence: 'community' }],
  ['engine', { meaning: 'Filter engine version.', confidence: 'community' }],
  ['definitions', { meaning: 'Definition set the engine used.', confidence: 'community' }],
  ['vendor', { meaning: 'Anti-virus engine vendor.', confidence: 'community' }],
  ['signatures', { meaning: 'Number of virus signatures matched (0 = clean).', confidence: 'community' }],
]);

export function decodeProofpoint(field: HeaderField, index: number): Stamp {
  const base = { header: field.name, vendor: 'Proofpoint', fieldIndex: index };
  if (field.key === 'x-proofpoint-spam-details' || field.key === 'x-proofpoint-virus-version' || field.key === 'x-proofpoint-spam-details-enc') {
    const fields = describeFields(splitEqualsList(field.value, ' \t\r\n'), DETAILS);
    const rule = fields.find((f) => f.key.toLowerCase() === 'rule')?.value;
    return { ...base, fields, summary: rule !== undefined ? `rule ${rule}` : null };
  }
  const meaning = field.key.endsWith('guid') ? 'Message tracking identifier in Proofpoint.' : 'Proofpoint stamp; meaning not documented here.';
  return { ...base, fields: [{ key: field.name, value: field.value, meaning, confidence: field.key.endsWith('guid') ? 'community' : 'unknown' }], summary: null };
}
