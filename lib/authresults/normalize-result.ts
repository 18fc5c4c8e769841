/** Map a recorded result word onto the RFC 8601 §2.7 vocabulary; anything else is 'unknown', never pass. */
import type { RecordedResult } from './explain';

const VOCAB: readonly RecordedResult[] = ['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'policy'];

/** Non-RFC words seen in the wild and their RFC equivalent. */
const KNOWN_ALIASES = new Map<string, RecordedResult>([
  // RFC 5451 §2.4.3 (deprecated)
  ['hardfail', 'fail'],
  // Yahoo/AOL: a signature that failed verification
  ['perm_fail', 'fail'],
  // Microsoft: DKIM key query timed out
  ['timeout', 'temperror'],
  // Microsoft: no DMARC record, but it would have passed
  ['bestguesspass', 'none'],
]);

export function normalizeResult(written: string): { result: RecordedResult; written: string | null } {
  const w = written.toLowerCase();
  const inVocab = VOCAB.find((v) => v === w);
  if (inVocab !== undefined) return { result: inVocab, written: null };
  return { result: KNOWN_ALIASES.get(w) ?? 'unknown', written: w };
}
