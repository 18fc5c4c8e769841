/** Build one checklist line. */
import type { DeliverabilityItem, ItemStatus } from './types';

export function item(id: string, status: ItemStatus, title: string, evidence: string, fix: string | null): DeliverabilityItem {
  return { id: `deliverability.${id}`, status, title, evidence, fix };
}
