/**
 * Which copy of the bounce phrase tables (recipient-, sender-, content- and system-phrases.ts) reason-words.ts reads.
 * The tables are data, not code: the CLI, the bench and the tests install them from those modules
 * (bundled-phrases.ts); the extension's worker reads the same rules from a packaged file on first use
 * (public/bounce-phrases.json, written by scripts/build-bounce-phrases.mjs and read by
 * entrypoints/background/bounce-phrases.ts), which keeps them out of its bundle.
 */
import { REASONS, type Reason } from '../types';
import type { PhraseRule, Strength } from './types';

let installed: readonly PhraseRule[] | null = null;

/** Make `rules` the ones every later diagnostic is read with. */
export function usePhraseRules(rules: readonly PhraseRule[]): void {
  installed = rules;
}

/** The installed rules; a wiring error when nobody installed them (never a silent "no reason found"). */
export function phraseRules(): readonly PhraseRule[] {
  if (installed === null)
    throw new Error('lib/bounce: no phrase tables installed (import lib/bounce/phrases/bundled-phrases, or usePhraseRules)');
  return installed;
}

const STRENGTHS: readonly Strength[] = ['verdict', 'cause', 'keyword'];
const isReason = (v: unknown): v is Reason => typeof v === 'string' && (REASONS as readonly string[]).includes(v);
const isStrength = (v: unknown): v is Strength => typeof v === 'string' && (STRENGTHS as readonly string[]).includes(v);

/** The packaged file's shape ({"rules": [{reason, strength, phrases}]}), checked; null when it is not that. */
export function phraseRulesFromJson(value: unknown): PhraseRule[] | null {
  if (typeof value !== 'object' || value === null) return null;
  const rules: unknown = Reflect.get(value, 'rules');
  if (!Array.isArray(rules) || rules.length === 0) return null;
  const out: PhraseRule[] = [];
  for (const r of rules as unknown[]) {
    if (typeof r !== 'object' || r === null) return null;
    const reason: unknown = Reflect.get(r, 'reason');
    const strength: unknown = Reflect.get(r, 'strength');
    const phrases: unknown = Reflect.get(r, 'phrases');
    if (!isReason(reason) || !isStrength(strength) || !Array.isArray(phrases)) return null;
    const words = (phrases as unknown[]).filter((p): p is string => typeof p === 'string' && p.length > 0);
    if (words.length === 0 || words.length !== phrases.length) return null;
    out.push({ reason, strength, phrases: words });
  }
  return out;
}
