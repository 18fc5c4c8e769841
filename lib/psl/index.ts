/**
 * lib/psl: the Public Suffix List (https://publicsuffix.org/list/) and its formal algorithm: public
 * suffixes and registrable (organizational) domains, ICANN section alone or with the PRIVATE section.
 * The list is compiled into psl-data.ts by scripts/build-psl.mjs (a label trie, ~34 kB gzip, parsed on
 * first use); replaces tldts, whose packed trie and hostname parser cost ~50 kB gzip in the worker.
 * Deviations, on purpose:
 * - Input is a host name, not a URL; a dotted number (no TLD is all digits) and names with empty, over-long,
 *   hyphen-edged or non-LDH labels (underscore and non-ASCII allowed) have no suffix (null).
 * - Unicode labels are compared in Punycode (NFC + lower case, not full UTS #46, as lib/impersonation/idn.ts).
 */
export { publicSuffix, registrableDomain, type PslOptions } from './public-suffix';
