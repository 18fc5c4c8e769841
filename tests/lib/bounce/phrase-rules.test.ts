/**
 * The bounce phrase tables reach the extension's worker as a packaged file (public/bounce-phrases.json): it must say
 * exactly what the tables say (run `node scripts/build-bounce-phrases.mjs` after changing one), and a damaged file is
 * refused, never half read. The classification reads whichever rules are installed.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_PHRASE_RULES } from '../../../lib/bounce/phrases/bundled-phrases';
import { phraseRules, phraseRulesFromJson, usePhraseRules } from '../../../lib/bounce/phrases/phrase-rules';
import { readWords } from '../../../lib/bounce/reason-words';

const packaged = (): unknown => JSON.parse(readFileSync('public/bounce-phrases.json', 'utf8'));

describe('public/bounce-phrases.json', () => {
  afterEach(() => {
    usePhraseRules(BUNDLED_PHRASE_RULES);
  });

  it('holds the phrase tables exactly (else: node scripts/build-bounce-phrases.mjs)', () => {
    const rules = phraseRulesFromJson(packaged());
    expect(rules).not.toBeNull();
    expect(rules).toEqual(BUNDLED_PHRASE_RULES.map((r) => ({ reason: r.reason, strength: r.strength, phrases: [...r.phrases] })));
  });

  it('is refused when damaged', () => {
    const good = packaged() as { rules: { reason: string; strength: string; phrases: string[] }[] };
    const first = good.rules[0];
    if (first === undefined) throw new Error('no rules');
    for (const bad of [
      null,
      {},
      { rules: [] },
      { rules: [{ ...first, reason: 'no-such-reason' }] },
      { rules: [{ ...first, strength: 'strong' }] },
      { rules: [{ ...first, phrases: [] }] },
      { rules: [{ ...first, phrases: ['ok', 7] }] },
    ])
      expect(phraseRulesFromJson(bad)).toBeNull();
  });

  it('the packaged rules classify as the bundled ones, and the installed rules are the ones read', () => {
    const text = '550 5.1.1 user unknown in virtual mailbox table';
    const bundled = readWords(text);
    const rules = phraseRulesFromJson(packaged());
    if (rules === null) throw new Error('unreadable');
    usePhraseRules(rules);
    expect(phraseRules()).toBe(rules);
    expect(readWords(text)).toEqual(bundled);
    expect([...bundled.causes]).toContain('userunknown');
    usePhraseRules([{ reason: 'mailboxfull', strength: 'verdict', phrases: ['user unknown'] }]);
    expect([...readWords(text).verdicts]).toEqual(['mailboxfull']);
  });
});
