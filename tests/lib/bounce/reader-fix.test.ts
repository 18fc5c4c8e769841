/**
 * A bounce is read by the sender: every fix the catalog gives (RFC reply codes, enhanced status codes, combinations,
 * the usual fix per reason class) tells the reader what they can do, never what the recipient alone must do.
 */
import { describe, expect, it } from 'vitest';
import { COMBO_CODES } from '../../../lib/bounce/catalog/combo-codes';
import { ENHANCED_SUFFIXES, enhancedEntry } from '../../../lib/bounce/catalog/enhanced-codes';
import { REASON_ADVICE } from '../../../lib/bounce/catalog/reason-advice';
import { REPLY_CODES } from '../../../lib/bounce/catalog/reply-codes';

/** "The recipient must ...", "the recipient must ...": a task for someone else, not the reader. */
const THIRD_PARTY_TASK = /\bthe recipient must\b/i;

describe('fixes address the reader (the sender)', () => {
  const fixes: [string, string][] = [
    ...[...REPLY_CODES.values()].map((e): [string, string] => [e.code, e.fix]),
    ...[...COMBO_CODES.values()].map((e): [string, string] => [e.code, e.fix]),
    ...ENHANCED_SUFFIXES.map((s): [string, string] => [`5.${s}`, enhancedEntry(`5.${s}`)?.fix ?? '']),
    ...Object.entries(REASON_ADVICE).map(([r, a]): [string, string] => [r, a[1]]),
  ];

  it('has fixes to check', () => {
    expect(fixes.length).toBeGreaterThan(100);
  });

  it('no fix hands the task to the recipient alone', () => {
    expect(fixes.filter(([, fix]) => THIRD_PARTY_TASK.test(fix)).map(([code]) => code)).toEqual([]);
  });

  it('a full mailbox tells the sender what to do', () => {
    expect(enhancedEntry('5.2.2')?.fix).toMatch(/^Let the recipient know another way/);
    expect(REASON_ADVICE.mailboxfull?.[1]).toMatch(/^Let the recipient know another way/);
  });
});
