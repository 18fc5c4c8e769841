/** Blocklist hits from lib/reputation: a listing of the connecting IP or a sender domain is the evidence. */
import type { ReputationCheck } from '../reputation/types';
import { item } from './item';
import type { ChecklistInput, DeliverabilityItem } from './types';
import { mapList } from '../list/map-list';

const TITLE = 'Not on blocklists';

function line(c: ReputationCheck): string {
  return `${c.target}, ${c.source}, on ${c.list}${c.code !== null ? ` [${c.code}]` : ''}: ${c.meaning}`;
}

export function blocklistsItem(input: ChecklistInput): DeliverabilityItem {
  const checks = input.reputation?.checks ?? [];
  if (!input.reputation || checks.length === 0) return item('blocklists', 'unknown', TITLE, 'No blocklist was checked (live checks are off, or there was no public IP or domain to check).', 'Turn on live checks, or look the sending IP up by hand (for example at https://check.spamhaus.org/).');
  const listed = checks.filter((c) => c.status === 'listed');
  const unknown = checks.filter((c) => c.status === 'unknown');
  const clear = checks.filter((c) => c.status === 'clear');
  const tally = `${String(listed.length)} listed, ${String(clear.length)} clear, ${String(unknown.length)} could not be checked`;
  if (listed.length > 0) {
    const serious = listed.filter((c) => c.kind === 'domain' || c.source.startsWith('connecting'));
    const delist = [...new Set(mapList(listed, (c) => `${c.list}: ${c.delist}`))].join(' ');
    return item('blocklists', serious.length > 0 ? 'fail' : 'warn', TITLE, `${tally}. ${mapList(listed, line).join(' ')}${serious.length === 0 ? ' (Only earlier relays are listed; their stamps were written by the sender\'s side.)' : ''}`, `Fix the cause first (a compromised account or host, a spam run, missing reverse DNS), then ask for removal. ${delist}`);
  }
  if (unknown.length > 0) {
    const reasons = [...new Set(mapList(unknown, (c) => c.list))].join(', ');
    return item('blocklists', 'unknown', TITLE, `${tally}. Not checked: ${reasons} (see the blocklist card for why).`, null);
  }
  return item('blocklists', 'pass', TITLE, `${tally}.`, null);
}
