/**
 * lib/stamps: vendor anti-spam and gateway stamps decoded with meanings and a confidence level.
 * Sources: Microsoft "Anti-spam message headers" (X-Forefront-Antispam-Report, X-Microsoft-Antispam),
 * Exchange organisation headers; Apache SpamAssassin add_header defaults and rule descriptions; Cisco
 * Secure Email (X-SBRS, AMP); Barracuda; Mimecast; Proofpoint; Google/Google Groups; Rspamd.
 * Deviations / limits: meanings Microsoft and the gateways do not publish (X-Microsoft-Antispam-Mailbox-
 * Delivery, Proofpoint scores, SFS/ENG rule numbers) are community-observed and marked `community`;
 * unknown keys are kept and marked `unknown`. Stamps are claims of whoever wrote them: a stamp below
 * the provider's boundary may be forged like any header.
 */
export { decodeStamps, MAX_STAMPS } from './decode';
export type { Stamp, StampField, Confidence } from './types';
