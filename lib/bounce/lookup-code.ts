/**
 * lookupCode: the catalog entry for one code as a user would type it: "550", "5.7.26", "550 5.7.26",
 * "550-5.7.26", or a provider code ("S3150", "TSS04", "5.7.708").
 */
import { COMBO_CODES } from './catalog/combo-codes';
import { enhancedEntry } from './catalog/enhanced-codes';
import { providerEntry } from './catalog/provider-codes';
import { REPLY_CODES } from './catalog/reply-codes';
import type { CodeEntry } from './catalog/types';

export type { CodeEntry } from './catalog/types';

export function lookupCode(code: string): CodeEntry | null {
  if (typeof code !== 'string') return null;
  const c = code.trim().slice(0, 64);
  const pair = /^([2-5]\d\d)[\s-]+([245]\.\d{1,3}\.\d{1,3})$/.exec(c);
  if (pair !== null) {
    const [, reply = '', status = ''] = pair;
    return COMBO_CODES.get(`${reply} ${status}`) ?? enhancedEntry(status) ?? REPLY_CODES.get(reply) ?? null;
  }
  if (/^[2-5]\d\d$/.test(c)) return REPLY_CODES.get(c) ?? null;
  return enhancedEntry(c) ?? (c.length >= 4 ? providerEntry(c, null) : null);
}
