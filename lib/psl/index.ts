/**
 * lib/psl: the Public Suffix List (https://publicsuffix.org/list/) and its formal algorithm: public
 * suffixes and registrable (organizational) domains, ICANN section alone or with the PRIVATE section.
 * The list is compiled by scripts/build-psl.mjs (a label trie, ~34 kB gzip, parsed on first use) into
 * psl-data.ts, which the CLI and tests install (bundled-rules.ts), and public/psl-rules.json, which the
 * extension's worker reads from its package (rules.ts says why). Replaces tldts.
 * Deviations, on purpose:
 * - Input is a host name, not a URL; a dotted number (no TLD is all digits) and names with empty, over-long,
 *   hyphen-edged or non-LDH labels (underscore and non-ASCII allowed) have no suffix (null).
 * - Unicode labels are compared in Punycode (NFC + lower case, not full UTS #46, as lib/impersonation/idn.ts).
 */
export { publicSuffix, registrableDomain, type PslOptions } from './public-suffix';
export { usePslRules, installedPslRules, pslRulesFromJson, type PslRules } from './rules';
