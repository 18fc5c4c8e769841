/** Plain-language explanations for recorded authentication results. */
import { SPF_EXPLAINED } from './spf';
import { DKIM_EXPLAINED } from './dkim';
import { DMARC_EXPLAINED } from './dmarc';
import { ARC_EXPLAINED, BIMI_EXPLAINED } from './arc-bimi';
import { COMPAUTH_EXPLAINED } from './compauth';
import type { Explanation } from './types';

const TABLES = new Map<string, Readonly<Record<string, Explanation>>>([
  ['spf', SPF_EXPLAINED],
  ['dkim', DKIM_EXPLAINED],
  ['dmarc', DMARC_EXPLAINED],
  ['arc', ARC_EXPLAINED],
  ['bimi', BIMI_EXPLAINED],
  ['compauth', COMPAUTH_EXPLAINED],
]);

export function explainResult(method: string, result: string): Explanation | null {
  const table = TABLES.get(method);
  if (table === undefined || !Object.hasOwn(table, result)) return null;
  return table[result] ?? null;
}

export { AUTH_SMTP_CODES, type AuthSmtpCode } from './smtp-codes';
export { compauthReason, type CompauthReason, type Confidence } from './compauth';
export type { Explanation, RecordedResult } from './types';
