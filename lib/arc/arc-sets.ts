/**
 * RFC 8617 §4.2 / §5.2 steps 1-3: collect the ARC sets and check the chain's structure.
 * Each set is one ARC-Authentication-Results, one ARC-Message-Signature and one ARC-Seal with the same
 * i=; instances run 1..N without gaps; N <= 50.
 */
import type { HeaderField } from '../mime';
import { parseTagList } from '../dkim/tag-list';
import { parseAar } from './aar';
import type { ArcCode } from './codes';

/** RFC 8617 §4.2.1: at most 50 ARC sets. */
export const MAX_ARC_SETS = 50;

export interface ArcSet {
  i: number;
  aar: number;
  ams: number;
  seal: number;
  /** Tags of the AMS and the AS (already parsed once here). */
  amsTags: ReadonlyMap<string, string>;
  sealTags: ReadonlyMap<string, string>;
}

export type ArcSets =
  | { kind: 'none' }
  | { kind: 'ok'; sets: ArcSet[] }
  | { kind: 'fail'; code: ArcCode; detail: string; at: number | null; newestCvFail: boolean; partial: ArcSet[] };

type Kind = 'aar' | 'ams' | 'seal';
/** A Map, not an object: field names such as "constructor" must not reach Object.prototype. */
const KINDS: ReadonlyMap<string, Kind> = new Map([['arc-authentication-results', 'aar'], ['arc-message-signature', 'ams'], ['arc-seal', 'seal']]);
const LABEL: Record<Kind, string> = { aar: 'ARC-Authentication-Results', ams: 'ARC-Message-Signature', seal: 'ARC-Seal' };

interface Slot {
  aar: number[];
  ams: number[];
  seal: number[];
  amsTags?: ReadonlyMap<string, string>;
  sealTags?: ReadonlyMap<string, string>;
}

function instanceOf(text: string | undefined): number | null {
  if (text === undefined || !/^\d{1,3}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_ARC_SETS ? n : null;
}

export function collectArcSets(fields: readonly HeaderField[]): ArcSets {
  const slots = new Map<number, Slot>();
  let seen = 0;
  let sealCount = 0;
  let problem: { code: ArcCode; detail: string } | null = null;
  for (const [index, f] of fields.entries()) {
    const kind = KINDS.get(f.key);
    if (kind === undefined) continue;
    seen++;
    if (kind === 'seal') sealCount++;
    let i: number | null;
    let tags: ReadonlyMap<string, string> | undefined;
    if (kind === 'aar') {
      const aar = parseAar(f.value);
      i = aar.ok && aar.i >= 1 && aar.i <= MAX_ARC_SETS ? aar.i : null;
    } else {
      const list = parseTagList(f.value);
      if (!list.ok) {
        problem ??= { code: kind === 'ams' ? 'arc.ams.syntax' : 'arc.seal.syntax', detail: `${LABEL[kind]}: ${list.detail}` };
        continue;
      }
      tags = list.tags;
      i = instanceOf(tags.get('i'));
    }
    if (i === null) {
      problem ??= { code: 'arc.structure.bad-instance', detail: `an ${LABEL[kind]} has a missing or invalid i= (1 to ${MAX_ARC_SETS})` };
      continue;
    }
    let slot = slots.get(i);
    if (!slot) {
      slot = { aar: [], ams: [], seal: [] };
      slots.set(i, slot);
    }
    slot[kind].push(index);
    if (kind === 'ams' && tags) slot.amsTags = tags;
    if (kind === 'seal' && tags) slot.sealTags = tags;
  }
  if (seen === 0) return { kind: 'none' };
  const n = Math.max(0, ...slots.keys());
  const toSet = (i: number, s: Slot): ArcSet => ({ i, aar: s.aar[0] ?? -1, ams: s.ams[0] ?? -1, seal: s.seal[0] ?? -1, amsTags: s.amsTags ?? new Map<string, string>(), sealTags: s.sealTags ?? new Map<string, string>() });
  const partial = [...slots.entries()].sort((a, b) => a[0] - b[0]).map(([i, s]) => toSet(i, s));
  const fail = (code: ArcCode, detail: string, at: number | null): ArcSets => ({ kind: 'fail', code, detail, at, newestCvFail: false, partial });
  // RFC 8617 §5.2 step 1: more than 50 sets -> fail.
  if (sealCount > MAX_ARC_SETS) return fail('arc.limit.too-many-sets', `${sealCount} ARC sets; at most ${MAX_ARC_SETS} are allowed`, null);
  // Step 2: the newest seal saying cv=fail ends validation with fail.
  const newest = slots.get(n);
  if (newest?.seal.length === 1 && newest.sealTags?.get('cv') === 'fail') {
    return { kind: 'fail', code: 'arc.chain.declared-fail', detail: `the newest ARC-Seal (i=${n}) says cv=fail: that intermediary already found the chain broken`, at: n, newestCvFail: true, partial };
  }
  if (problem) return fail(problem.code, problem.detail, null);
  // Step 3: structure.
  const sets: ArcSet[] = [];
  for (let i = 1; i <= n; i++) {
    const s = slots.get(i);
    if (!s) return fail('arc.structure.gap', `ARC set i=${i} is missing (sets must run 1 to ${n})`, i);
    for (const kind of ['aar', 'ams', 'seal'] as const) {
      if (s[kind].length === 0) return fail('arc.structure.missing', `ARC set i=${i} has no ${LABEL[kind]}`, i);
      if (s[kind].length > 1) return fail('arc.structure.duplicate', `ARC set i=${i} has ${s[kind].length} ${LABEL[kind]} fields`, i);
    }
    const cv = s.sealTags?.get('cv');
    const want = i === 1 ? 'none' : 'pass';
    if (cv !== want) return fail('arc.structure.bad-cv', `the ARC-Seal i=${i} says cv=${cv ?? '(missing)'}; it must be ${want}`, i);
    sets.push(toSet(i, s));
  }
  return { kind: 'ok', sets };
}
