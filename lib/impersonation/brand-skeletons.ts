/**
 * The brands' domains by their skeleton (UTS #39 §4 confusable detection), built once, on first use: a From
 * domain is compared with every brand domain by one map look-up instead of the skeleton of each brand domain
 * being made again for every message.
 */
import { BRANDS } from './brands';
import { skeleton } from './confusables';

interface Entry {
  /** Position in BRANDS order, then in the brand's own domain order: the first in this order wins. */
  order: number;
  domains: readonly string[];
  domain: string;
}

let index: Map<string, Entry[]> | null = null;

function buildIndex(): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  let order = 0;
  for (const brand of BRANDS) {
    for (const domain of brand.domains) {
      const sk = skeleton(domain);
      const list = out.get(sk) ?? [];
      list.push({ order: order++, domains: brand.domains, domain });
      out.set(sk, list);
    }
  }
  return out;
}

/**
 * The first brand domain (brand order, then domain order) whose skeleton is `sk` or `orgSk`, skipping the brands
 * that own `fromOrg` (a brand's own mail is no look-alike of it); undefined when none.
 */
export function lookalikeBrandDomain(sk: string, orgSk: string | null, fromOrg: string): string | undefined {
  index ??= buildIndex();
  let best: Entry | undefined;
  for (const key of orgSk === null || orgSk === sk ? [sk] : [sk, orgSk]) {
    for (const e of index.get(key) ?? []) {
      if (e.domains.includes(fromOrg)) continue;
      if (best === undefined || e.order < best.order) best = e;
    }
  }
  return best?.domain;
}
