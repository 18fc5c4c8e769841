/**
 * "Why did it land in spam?": the deliverability checklist for the message at hand. Pure: live lookups
 * (SPF, DKIM, DMARC, FCrDNS, blocklists) arrive as inputs; a missing input makes its item "unknown", never "pass".
 */
import { bulkSignals } from './bulk-signals';
import { blocklistsItem } from './item-blocklists';
import { dkimItem } from './item-dkim';
import { dmarcItem, dmarcPolicyItem } from './item-dmarc';
import { heloItem, ptrItem } from './item-ptr-helo';
import { spamVerdictItem } from './item-spam-verdict';
import { spfItem } from './item-spf';
import { tlsItem } from './item-tls';
import { unsubscribeItem } from './item-unsubscribe';
import type { ChecklistInput, DeliverabilityItem } from './types';

export function deliverabilityChecklist(input: ChecklistInput): DeliverabilityItem[] {
  const bulk = bulkSignals(input);
  return [
    spfItem(input),
    dkimItem(input, bulk.bulk),
    dmarcItem(input),
    dmarcPolicyItem(input, bulk.bulk),
    ptrItem(input),
    heloItem(input),
    tlsItem(input),
    unsubscribeItem(input, bulk),
    spamVerdictItem(input),
    blocklistsItem(input),
  ];
}
