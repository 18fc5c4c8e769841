/**
 * The brands' domains by their skeleton (UTS #39 §4 confusable detection), built once per installed Unicode
 * tables, on first use: a From domain is compared with every brand domain by map look-ups instead of the skeleton
 * of each brand domain being made again for every message.
 */
import { BRANDS, type Brand } from './brands';
import { skeleton } from './confusables';
import { unicodeTables, type UnicodeTables } from './unicode-tables';

interface Entry {
  /** Position in BRANDS order, then in the brand's own domain order: the first in this order wins. */
  order: number;
  brand: Brand;
  domain: string;
}

let built: { from: UnicodeTables; index: Map<string, Entry[]> } | null = null;

function index(): Map<string, Entry[]> {
  const from = unicodeTables();
  if (built?.from === from) return built.index;
  const out = new Map<string, Entry[]>();
  let order = 0;
  for (const brand of BRANDS) {
    for (const domain of brand.domains) {
      const sk = skeleton(domain);
      const list = out.get(sk) ?? [];
      list.push({ order: order++, brand, domain });
      out.set(sk, list);
    }
  }
  built = { from, index: out };
  return out;
}

/**
 * The first brand domain (brand order, then domain order) whose skeleton is one of `keys`, skipping the brands
 * `skip` answers true for (a brand's own mail is no look-alike of it); null when none.
 */
export function lookalikeBrandDomain(
  keys: Iterable<string>,
  skip: (brand: Brand) => boolean,
): { brand: Brand; domain: string } | null {
  const map = index();
  let best: Entry | undefined;
  for (const key of keys) {
    for (const e of map.get(key) ?? []) {
      if (skip(e.brand)) continue;
      if (best === undefined || e.order < best.order) best = e;
    }
  }
  return best === undefined ? null : { brand: best.brand, domain: best.domain };
}
