/** The checklist as plain text an admin can paste into a ticket (invisible characters shown as ⟨U+XXXX⟩). */
import { showInvisible } from '../text/visible';
import type { DeliverabilityItem, ItemStatus } from './types';

const LABEL: Record<ItemStatus, string> = { fail: 'FAIL', warn: 'WARN', unknown: 'UNKNOWN', pass: 'PASS' };
const ORDER: readonly ItemStatus[] = ['fail', 'warn', 'unknown', 'pass'];

function clean(text: string): string {
  return showInvisible(text).replace(/[\r\n]+/g, ' ');
}

export function checklistAsText(items: readonly DeliverabilityItem[]): string {
  const counts = ORDER.map((s) => [s, items.filter((i) => i.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${String(n)} ${s}`);
  const lines = [`Deliverability checklist (${counts.length > 0 ? counts.join(', ') : 'empty'})`];
  for (const i of items) {
    lines.push('', `[${LABEL[i.status]}] ${clean(i.title)}`, `  Evidence: ${clean(i.evidence)}`);
    if (i.fix !== null) lines.push(`  Fix: ${clean(i.fix)}`);
  }
  return `${lines.join('\n')}\n`;
}
