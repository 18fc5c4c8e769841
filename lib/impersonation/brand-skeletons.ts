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

/** Brand names shorter than this are not looked for inside other domains ("ups", "dhl" are parts of many words). */
export const MIN_EMBEDDED = 6;

interface Indexes {
  from: UnicodeTables;
  /** Brand domains by the skeleton of the whole domain. */
  domains: Map<string, Entry[]>;
  /** Brand domains by the skeleton of their brand label ("paypal" of paypal.com), labels of MIN_EMBEDDED or more. */
  labels: Map<string, Entry[]>;
}

let built: Indexes | null = null;

function add(map: Map<string, Entry[]>, key: string, e: Entry): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [e]);
  else list.push(e);
}

function indexes(): Indexes {
  const from = unicodeTables();
  if (built?.from === from) return built;
  const domains = new Map<string, Entry[]>();
  const labels = new Map<string, Entry[]>();
  let order = 0;
  for (const brand of BRANDS) {
    for (const domain of brand.domains) {
      const e = { order: order++, brand, domain };
      add(domains, skeleton(domain), e);
      const label = domain.slice(0, domain.indexOf('.'));
      if (label.length >= MIN_EMBEDDED) add(labels, skeleton(label), e);
    }
  }
  built = { from, domains, labels };
  return built;
}

/** The first entry (BRANDS order) filed under one of `keys`, skipping the brands `skip` answers true for. */
function first(map: Map<string, Entry[]>, keys: Iterable<string>, skip: (brand: Brand) => boolean): Entry | undefined {
  let best: Entry | undefined;
  for (const key of keys) {
    for (const e of map.get(key) ?? []) {
      if (best !== undefined && e.order > best.order) continue;
      if (skip(e.brand)) continue;
      best = e;
    }
  }
  return best;
}

/**
 * The first brand domain (brand order, then domain order) whose skeleton is one of `keys`, skipping the brands
 * `skip` answers true for (a brand's own mail is no look-alike of it); null when none.
 */
export function lookalikeBrandDomain(
  keys: Iterable<string>,
  skip: (brand: Brand) => boolean,
): { brand: Brand; domain: string } | null {
  const best = first(indexes().domains, keys, skip);
  return best === undefined ? null : { brand: best.brand, domain: best.domain };
}

/**
 * The first brand domain (brand order, then domain order) whose brand label, of MIN_EMBEDDED letters or more, has
 * the skeleton of one of `words` (each given with its skeletons), skipping the brands `skip` answers true for;
 * with the first of `words` that reads as it. Null when none.
 */
export function embeddedBrandLabel(
  words: readonly { word: string; skeletons: readonly string[] }[],
  skip: (brand: Brand) => boolean,
): { brand: Brand; domain: string; word: string } | null {
  const best = first(
    indexes().labels,
    words.flatMap((w) => w.skeletons),
    skip,
  );
  if (best === undefined) return null;
  const label = skeleton(best.domain.slice(0, best.domain.indexOf('.')));
  const word = words.find((w) => w.skeletons.includes(label))?.word ?? '';
  return { brand: best.brand, domain: best.domain, word };
}
