/** A recorded result in plain words: what it means, why it usually happens, what the domain owner should change. */
export interface Explanation {
  meaning: string;
  cause: string;
  fix: string;
}

/** Results we report: the RFC 8601 §2.7 vocabulary, plus `unknown` for a word outside it (never a pass). */
export type RecordedResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror' | 'permerror' | 'policy' | 'unknown';
