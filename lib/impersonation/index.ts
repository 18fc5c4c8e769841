/**
 * lib/impersonation: signs that the visible sender is not who it claims to be.
 * Implements: RFC 3492 Punycode (own code), IDNA display forms (RFC 5891, simplified: NFC + lower case),
 * UTS #39 §5.2 Highly Restrictive mixed-script test and a small confusables skeleton, RFC 7489 §3.2
 * organizational domains (lib/psl) for comparing From / Return-Path / Reply-To / Sender.
 * Deviations: no full UTS #46 mapping; the confusables table covers the Cyrillic/Greek/ASCII look-alikes
 * used in phishing, not all of UTS #39; the brand list is short on purpose (see brands.ts).
 */
export { impersonationFindings, type RecordedDmarc } from './impersonation';
export { punycodeDecode, punycodeEncode } from '../psl/punycode';
export { domainForms, type DomainForms } from '../psl/idn';
export { isMixedScript, scriptsOf } from './scripts';
export { skeleton } from './confusables';
export { brandsIn, BRANDS, type Brand } from './brands';
