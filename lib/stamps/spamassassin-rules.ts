/**
 * Meanings of common SpamAssassin rule names, in our own words after the descriptions in Apache
 * SpamAssassin's public rule set (rules/*.cf, 50_scores.cf). Anything else is shown as unknown.
 */
const EXACT: Readonly<Record<string, string>> = {
  ALL_TRUSTED: 'Passed only through trusted hosts.',
  DKIM_SIGNED: 'The message has a DKIM signature (not necessarily valid).',
  DKIM_VALID: 'At least one DKIM signature verified.',
  DKIM_VALID_AU: 'A DKIM signature from the author\'s (From) domain verified.',
  DKIM_VALID_EF: 'A DKIM signature from the envelope sender\'s domain verified.',
  DKIM_INVALID: 'A DKIM signature is present but does not verify.',
  DKIM_ADSP_NXDOMAIN: 'The From domain does not exist in DNS.',
  SPF_PASS: 'SPF passed for the envelope sender.',
  SPF_FAIL: 'SPF failed (the sending IP is not allowed).',
  SPF_SOFTFAIL: 'SPF soft-failed (~all).',
  SPF_NEUTRAL: 'SPF neutral (?all).',
  SPF_NONE: 'The envelope sender domain has no SPF record.',
  SPF_HELO_PASS: 'SPF passed for the HELO name.',
  SPF_HELO_NONE: 'The HELO name has no SPF record.',
  SPF_HELO_FAIL: 'SPF failed for the HELO name.',
  SPF_HELO_SOFTFAIL: 'SPF soft-failed for the HELO name.',
  DMARC_PASS: 'DMARC passed.',
  DMARC_NONE: 'DMARC failed but the policy is p=none.',
  DMARC_QUAR: 'DMARC failed with policy quarantine.',
  DMARC_REJECT: 'DMARC failed with policy reject.',
  DMARC_MISSING: 'The From domain has no DMARC record.',
  HTML_MESSAGE: 'The message contains HTML.',
  MIME_HTML_ONLY: 'HTML without a plain-text alternative.',
  MISSING_DATE: 'No Date header.',
  MISSING_MID: 'No Message-ID header.',
  MISSING_HEADERS: 'Missing To: header.',
  MISSING_SUBJECT: 'No Subject header.',
  MISSING_FROM: 'No From header.',
  EMPTY_MESSAGE: 'The message has no body text.',
  FREEMAIL_FROM: 'Sent from a free mail provider address.',
  FREEMAIL_FORGED_REPLYTO: 'Reply-To is a free mail address different from From.',
  FREEMAIL_REPLYTO_END_DIGIT: 'Reply-To free mail address ends in a digit.',
  FORGED_GMAIL_RCVD: 'Claims to come from Gmail but the Received path disagrees.',
  FSL_HELO_NON_FQDN_1: 'HELO name is not a fully qualified domain name.',
  RDNS_NONE: 'The sending IP has no reverse DNS.',
  RDNS_DYNAMIC: 'The sending IP\'s reverse DNS looks like a dynamic (home) address.',
  HELO_DYNAMIC_IPADDR: 'HELO name looks like a dynamic IP address.',
  TVD_SPACE_RATIO: 'Unusual spacing in the text (obfuscation).',
  URIBL_BLOCKED: 'The URIBL lookup was refused (usually because of a public resolver): no verdict, not a listing.',
  URIBL_ABUSE_SURBL: 'A link\'s domain is listed on SURBL (abuse).',
  URIBL_DBL_SPAM: 'A link\'s domain is on Spamhaus DBL as spam.',
  URIBL_DBL_BLOCKED_OPENDNS: 'Spamhaus DBL lookup refused (public resolver): no verdict.',
  RCVD_IN_DNSWL_NONE: 'Sending IP is on DNSWL with no trust level.',
  RCVD_IN_DNSWL_LOW: 'Sending IP is on DNSWL, low trust.',
  RCVD_IN_DNSWL_MED: 'Sending IP is on DNSWL, medium trust.',
  RCVD_IN_DNSWL_HI: 'Sending IP is on DNSWL, high trust.',
  RCVD_IN_MSPIKE_H2: 'Mailspike: good reputation.',
  RCVD_IN_MSPIKE_WL: 'Mailspike: whitelisted.',
  RCVD_IN_ZEN_BLOCKED_OPENDNS: 'Spamhaus ZEN lookup refused (public resolver): no verdict.',
  RCVD_IN_SBL: 'Sending IP is on Spamhaus SBL.',
  RCVD_IN_XBL: 'Sending IP is on Spamhaus XBL (compromised hosts).',
  RCVD_IN_PBL: 'Sending IP is on Spamhaus PBL (should not send mail directly).',
  RCVD_IN_BL_SPAMCOP_NET: 'Sending IP is on SpamCop\'s blocklist.',
  RCVD_IN_VALIDITY_RPBL: 'Sending IP has a poor Validity (Return Path) reputation.',
  RCVD_IN_VALIDITY_CERTIFIED: 'Sending IP is Validity-certified.',
  RCVD_IN_VALIDITY_SAFE: 'Sending IP is on Validity\'s safe list.',
  NO_RELAYS: 'Delivered directly, with no relays.',
  NO_RECEIVED: 'No Received headers at all.',
  SUBJ_ALL_CAPS: 'Subject is all capitals.',
  T_SCC_BODY_TEXT_LINE: 'Testing rule: body text line shape.',
};

const PREFIXES: readonly (readonly [string, string])[] = [
  ['BAYES_', 'Bayesian filter: probability band learnt from past spam and ham (BAYES_00 = almost surely ham, BAYES_99/999 = almost surely spam).'],
  ['URIBL_', 'A link in the message is on a URI blocklist.'],
  ['RCVD_IN_', 'The sending IP was looked up on a DNS list (block or allow list).'],
  ['SPF_', 'An SPF result.'],
  ['DKIM_', 'A DKIM result.'],
  ['T_', 'A rule in testing (usually scored close to 0).'],
  ['KAM_', 'A rule from the KAM third-party rule set.'],
  ['HTML_', 'A property of the message\'s HTML.'],
  ['FREEMAIL_', 'A free mail provider pattern.'],
];

export function spamAssassinRule(name: string): { meaning: string; confidence: 'documented' | 'unknown' } {
  const upper = name.toUpperCase();
  const exact = Object.hasOwn(EXACT, upper) ? EXACT[upper] : undefined;
  if (exact !== undefined) return { meaning: exact, confidence: 'documented' };
  const prefix = PREFIXES.find(([p]) => upper.startsWith(p));
  if (prefix) return { meaning: prefix[1], confidence: 'documented' };
  return { meaning: 'Rule not described here; look it up in the SpamAssassin rule set.', confidence: 'unknown' };
}
