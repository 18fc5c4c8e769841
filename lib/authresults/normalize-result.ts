/** Map a recorded result word onto the RFC 8601 §2.7 vocabulary; anything else is 'unknown', never pass. */
import type { RecordedResult } from './explain';

const VOCAB: ReadonlySet<string> = new Set<RecordedResult>(['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'policy']);

function inVocab(w: string): w is RecordedResult {
  return VOCAB.has(w);
}

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
  if (inVocab(w)) return { result: w, written: null };
  return { result: KNOWN_ALIASES.get(w) ?? 'unknown', written: w };
}
