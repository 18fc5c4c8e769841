/**
 * The phrase tables installed as the ones bounce classification reads (CLI, tests, bench). The extension's worker
 * never imports this file: it reads the same rules from the package (phrase-rules.ts).
 */
import { CONTENT_PHRASES } from './content-phrases';
import { RECIPIENT_PHRASES } from './recipient-phrases';
import { SENDER_PHRASES } from './sender-phrases';
import { SYSTEM_PHRASES } from './system-phrases';
import { usePhraseRules } from './phrase-rules';
import type { PhraseRule } from './types';

export const BUNDLED_PHRASE_RULES: readonly PhraseRule[] = [
  ...RECIPIENT_PHRASES,
  ...SENDER_PHRASES,
  ...CONTENT_PHRASES,
  ...SYSTEM_PHRASES,
];

usePhraseRules(BUNDLED_PHRASE_RULES);
