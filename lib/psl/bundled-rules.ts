/**
 * The compiled Public Suffix List installed as the one lookups use (CLI, tests, bench). The extension's
 * worker never imports this file: it reads the same rules from the package (see rules.ts).
 */
import { ICANN_TRIE, PRIVATE_TRIE } from './psl-data';
import { usePslRules, type PslRules } from './rules';

export const BUNDLED_PSL_RULES: PslRules = { icann: ICANN_TRIE, private: PRIVATE_TRIE };

usePslRules(BUNDLED_PSL_RULES);
