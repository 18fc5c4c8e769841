/**
 * One analysis's DNS allowance (security goal G4, docs/security-goals.md): at most `maxQueries` questions and one deadline for every
 * lookup, spent in priority order. Each check asks through the view of its tier; a tier may use the budget only
 * beyond what the unfinished tiers above it have reserved, and otherwise waits until they finish. Identical
 * questions within the analysis are asked once (the record lint reuses SPF's and DMARC's answers). A question
 * cut by the budget or the deadline answers BUDGET or TIMEOUT with a "skipped: ..." detail, which every consumer
 * turns into temperror or "unknown", never into pass, fail or "listed".
 */
import { untilAborted } from './until-aborted';
import type { DnsAnswer, DnsResolver, QueryOptions, RRType } from './types';
import { cacheKey } from './cache';

/** The order the issue of G4 fixes: verdicts first, then record lint, reverse DNS, blocklists. */
export const LOOKUP_TIERS = ['verdicts', 'records', 'rdns', 'blocklists'] as const;
export type LookupTier = (typeof LOOKUP_TIERS)[number];

export interface LookupLimits {
  /** Questions per analysis (security goal G4, docs/security-goals.md: 30). */
  maxQueries: number;
  /** Questions kept for each tier while it runs; lower tiers may not use them. */
  reserve: Readonly<Record<LookupTier, number>>;
  /** Fires at the analysis deadline (and when the reader goes away). */
  signal?: AbortSignal;
  /** The deadline in words for the "took too long" text, e.g. "8 s". */
  deadlineLabel?: string;
}

export const DEFAULT_RESERVE: Readonly<Record<LookupTier, number>> = {
  verdicts: 18,
  records: 5,
  rdns: 2,
  blocklists: 0,
};

export interface LookupBudget {
  /** The resolver a tier's checks ask through. */
  tier(name: LookupTier): DnsResolver;
  /** The tier's checks are done: its unused reserve goes to the tiers below. */
  finish(name: LookupTier): void;
  /** Questions sent to the resolver so far, in all and per tier. */
  readonly used: number;
  usedBy(name: LookupTier): number;
}

function answer(status: 'BUDGET' | 'TIMEOUT', detail: string): DnsAnswer {
  return { status, records: [], ad: false, detail };
}

interface Waiting {
  tier: LookupTier;
  admit: () => void;
  refuse: (a: DnsAnswer) => void;
}

export function createLookupBudget(inner: DnsResolver, limits: LookupLimits): LookupBudget {
  const used: Record<LookupTier, number> = { verdicts: 0, records: 0, rdns: 0, blocklists: 0 };
  const finished = new Set<LookupTier>();
  const memo = new Map<string, Promise<DnsAnswer>>();
  const queue: Waiting[] = [];
  let total = 0;
  const { signal } = limits;
  const late = answer(
    'TIMEOUT',
    `skipped: took too long (the ${limits.deadlineLabel ?? ''} limit for live checks ran out)`.replace(
      'the  limit',
      'the time limit',
    ),
  );
  const spent = answer(
    'BUDGET',
    `skipped: the limit of ${String(limits.maxQueries)} DNS questions for this message was reached`,
  );

  /** Questions tier `t` may not use: the unspent reserves of the unfinished tiers above it. */
  const heldAbove = (t: LookupTier): number => {
    let held = 0;
    for (const h of LOOKUP_TIERS) {
      if (h === t) break;
      if (!finished.has(h)) held += Math.max(0, limits.reserve[h] - used[h]);
    }
    return held;
  };
  const canSend = (t: LookupTier): boolean => total < limits.maxQueries - heldAbove(t);
  /** Nothing above `t` can release questions any more, so waiting would not help. */
  const hopeless = (t: LookupTier): boolean => total >= limits.maxQueries || heldAbove(t) === 0;

  const pump = (): void => {
    for (let i = 0; i < queue.length;) {
      const w = queue[i];
      if (w === undefined) break;
      if (canSend(w.tier)) {
        queue.splice(i, 1);
        w.admit();
      } else if (hopeless(w.tier)) {
        queue.splice(i, 1);
        w.refuse(spent);
      } else i++;
    }
  };
  signal?.addEventListener(
    'abort',
    () => {
      for (const w of queue.splice(0)) w.refuse(late);
    },
    { once: true },
  );

  /** Settle with the deadline answer as soon as the signal fires, even if the resolver ignores it. */
  const bounded = (p: Promise<DnsAnswer>): Promise<DnsAnswer> => untilAborted(p, signal, late);

  const send = (t: LookupTier, name: string, type: RRType): Promise<DnsAnswer> => {
    total++;
    used[t]++;
    const options: QueryOptions = signal ? { signal } : {};
    let p: Promise<DnsAnswer>;
    try {
      p = inner.query(name, type, options);
    } catch {
      p = Promise.resolve({ status: 'OTHER', records: [], ad: false, detail: 'the resolver failed unexpectedly' });
    }
    return bounded(p);
  };

  /** Send, and keep the question for repeats (failures are dropped: asked again later, they may be answered). */
  const sendOnce = (t: LookupTier, name: string, type: RRType, key: string): Promise<DnsAnswer> => {
    const known = memo.get(key);
    if (known) return known;
    const p = send(t, name, type);
    memo.set(key, p);
    void p.then((a) => {
      if (a.status !== 'NOERROR' && a.status !== 'NXDOMAIN' && memo.get(key) === p) memo.delete(key);
    });
    return p;
  };

  // Only questions already sent are shared: a waiting one is not, so a higher tier never waits behind a lower one.
  const ask = (t: LookupTier, name: string, type: RRType): Promise<DnsAnswer> => {
    if (signal?.aborted === true) return Promise.resolve(late);
    const key = cacheKey(name, type);
    const known = memo.get(key);
    if (known) return known;
    if (canSend(t)) return sendOnce(t, name, type, key);
    if (hopeless(t)) return Promise.resolve(spent);
    return new Promise<DnsAnswer>((resolve) => {
      queue.push({
        tier: t,
        admit: () => {
          resolve(sendOnce(t, name, type, key));
        },
        refuse: resolve,
      });
    });
  };

  return {
    tier: (t) => ({ query: (name, type) => ask(t, name, type) }),
    finish(t) {
      finished.add(t);
      pump();
    },
    get used() {
      return total;
    },
    usedBy: (t) => used[t],
  };
}
