/**
 * What the words of a diagnostic name: every reason class one of the phrase tables (phrases/*.ts, installed through
 * phrases/phrase-rules.ts) finds, by strength (verdict, cause, keyword). One linear pass over the text (lib/text/phrase-set.ts), whatever the
 * number of phrases; ordered phrases ("user * does not exist") are confirmed afterwards with a bounded gap.
 */
import { PhraseSet } from '../text/phrase-set';
import { phraseRules } from './phrases/phrase-rules';
import { GAP, type PhraseRule, type Strength } from './phrases/types';
import type { Reason } from './types';
import { mapList } from '../list/map-list';

export interface WordEvidence {
  /** Classes a generator's own message names (it settles the class). */
  readonly verdicts: ReadonlySet<Reason>;
  /** Classes a documented wording names. */
  readonly causes: ReadonlySet<Reason>;
  /** Classes a bare keyword hints at. */
  readonly keywords: ReadonlySet<Reason>;
}

interface Compiled {
  /** The installed rules this was built from (phrase-rules.ts). */
  rules: readonly PhraseRule[];
  set: PhraseSet;
  /** Per phrase: its rule, its parts (one unless ordered), and the part ids in the set. */
  phrases: { rule: PhraseRule; parts: string[]; ids: number[] }[];
}

let compiled: Compiled | null = null;

/** Built on first use (modules do no work at load), again when other rules are installed. */
function compile(): Compiled {
  const rules = phraseRules();
  if (compiled !== null && compiled.rules === rules) return compiled;
  const parts: string[] = [];
  const idOf = new Map<string, number>();
  const phrases: Compiled['phrases'] = [];
  for (const r of rules) {
    for (const p of r.phrases) {
      const split = p.split(' * ');
      const ids = mapList(split, (part) => {
        let id = idOf.get(part);
        if (id === undefined) {
          id = parts.length;
          parts.push(part);
          idOf.set(part, id);
        }
        return id;
      });
      phrases.push({ rule: r, parts: split, ids });
    }
  }
  compiled = { rules, set: new PhraseSet(parts), phrases };
  return compiled;
}

/** Occurrences of an ordered phrase's first part that are tried (hostile text repeating it stays cheap). */
const MAX_STARTS = 64;

/** The parts occur in this order, each within GAP characters of the previous one's end. Bounded work. */
function inOrder(lower: string, parts: readonly string[]): boolean {
  const first = parts[0] ?? '';
  let tries = 0;
  for (let at = lower.indexOf(first); at >= 0 && tries < MAX_STARTS; at = lower.indexOf(first, at + 1), tries++) {
    let end = at + first.length;
    let ok = true;
    for (const part of parts.slice(1)) {
      const window = lower.slice(end, end + GAP + part.length);
      const next = window.indexOf(part);
      if (next < 0) {
        ok = false;
        break;
      }
      end += next + part.length;
    }
    if (ok) return true;
  }
  return false;
}

/** The classes named in `lower` (already lower-case and whitespace-collapsed). */
export function readWords(lower: string): WordEvidence {
  const { set, phrases } = compile();
  const found = set.found(lower);
  const by: Record<Strength, Set<Reason>> = { verdict: new Set(), cause: new Set(), keyword: new Set() };
  for (const p of phrases) {
    if (!p.ids.every((id) => found.has(id))) continue;
    if (p.parts.length > 1 && !inOrder(lower, p.parts)) continue;
    by[p.rule.strength].add(p.rule.reason);
  }
  return { verdicts: by.verdict, causes: by.cause, keywords: by.keyword };
}

/** Is one of `phrases` in `lower`? For the few rules that test a phrase list of their own. */
export function mentions(lower: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => lower.includes(p));
}
