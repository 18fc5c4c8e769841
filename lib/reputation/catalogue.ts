/** The blocklist catalogue: lists we query, lists we know are gone, and the zone each list uses for one session. */
import { DOMAIN_LISTS } from './catalogue-domain';
import { IP_LISTS } from './catalogue-ip';
import { validDqsKey } from './spamhaus';
import type { Blocklist, RetiredList } from './types';

export const BLOCKLISTS: readonly Blocklist[] = [...IP_LISTS, ...DOMAIN_LISTS];

/** Shut-down lists: named so users know why they are missing, never queried (their zones may answer anything). */
export const RETIRED_LISTS: readonly RetiredList[] = [
  {
    id: 'sorbs',
    name: 'SORBS',
    zone: 'dnsbl.sorbs.net',
    note: 'SORBS has shut down (June 2024) and no longer holds reputation data: not queried. A "listed on SORBS" claim from another tool is out of date.',
  },
  {
    id: 'nixspam',
    name: 'NiX Spam',
    zone: 'ix.dnsbl.manitu.net',
    note: 'NiX Spam (ix.dnsbl.manitu.net) shut down on 2025-01-16: not queried.',
  },
];

/** A list as queried in this session: its zone (a DQS zone when a key is set) and the name to show. */
export interface ActiveList {
  list: Blocklist;
  zone: string;
  name: string;
  viaKey: boolean;
}

export interface ActiveLists {
  lists: ActiveList[];
  notes: string[];
}

/** The zones to query; a DQS key (validated as one DNS label, never echoed) moves Spamhaus to its DQS zones. */
export function activeLists(dqsKey: string | null | undefined, catalogue: readonly Blocklist[] = BLOCKLISTS): ActiveLists {
  const notes: string[] = [];
  let key: string | null = null;
  if (dqsKey !== null && dqsKey !== undefined && dqsKey.trim() !== '') {
    const k = dqsKey.trim();
    if (validDqsKey(k)) key = k.toLowerCase();
    else notes.push('The Spamhaus DQS key is not a single DNS label of letters and digits: ignored, the public zones were used.');
  }
  const lists = catalogue.map((list): ActiveList => {
    if (key !== null && list.dqsZone) return { list, zone: list.dqsZone(key), name: `${list.name} (DQS)`, viaKey: true };
    return { list, zone: list.zone, name: list.name, viaKey: false };
  });
  return { lists, notes };
}
