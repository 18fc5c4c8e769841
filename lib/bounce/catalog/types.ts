import type { CheckKind } from '../types';

/** One catalog entry: what a code says and what to do. `source` names the defining document. */
export interface CodeEntry {
  /** The code as looked up: "550", "5.1.1", "550 5.7.26", "S3150", "TSS04". */
  code: string;
  kind: 'reply' | 'enhanced' | 'combo' | 'provider';
  title: string;
  meaning: string;
  cause: string;
  fix: string;
  check: CheckKind | null;
  source: string;
}

/** Compact row: [code, title, meaning, cause, fix, check]. */
export type Row = readonly [string, string, string, string, string, CheckKind | null];

export function entry(kind: CodeEntry['kind'], source: string, row: Row): CodeEntry {
  const [code, title, meaning, cause, fix, check] = row;
  return { code, kind, title, meaning, cause, fix, check, source };
}
