/**
 * lib/deliverability: "why did it land in spam?".
 * Checks, with their sources: SPF (RFC 7208) and DKIM (RFC 6376) pass and align with From (RFC 7489 §3.1, relaxed,
 * organizational domain by the Public Suffix List); DMARC result and published policy (RFC 7489); forward-confirmed
 * reverse DNS of the connecting IP (RFC 8601 §3 iprev; RFC 7208 §5.5 cap of 10 PTR names) and a sane HELO
 * (RFC 5321 §4.1.1.1); TLS per hop (RFC 3848); one-click unsubscribe for bulk mail (RFC 2369, RFC 8058, the
 * Gmail/Yahoo 2024 and Microsoft 2025 bulk-sender rules); the provider's own verdict; blocklist hits (lib/reputation).
 * Known deviations, on purpose:
 * - Alignment is computed relaxed unless the DMARC input says otherwise (strict adkim/aspf come from lib/dmarc).
 * - "Bulk" is a heuristic over headers, ESP domains and Microsoft's BCL; a quiet bulk sender can look personal.
 * - A Received stamp's rDNS is evidence only when it says "unknown" (Postfix's word for a failed lookup); a recorded
 *   name is shown, not trusted as a pass.
 */
export { deliverabilityChecklist } from './checklist';
export { checklistAsText } from './checklist-text';
export { checkFcrdns, type FcrdnsDeps } from './check-fcrdns';
export { bulkSignals, type BulkSignals } from './bulk-signals';
export type { ChecklistInput, DeliverabilityItem, DmarcInput, FcrdnsResult, ItemStatus, SpamVerdict } from './types';
