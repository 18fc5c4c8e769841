/** How much a finding matters to the reader: `bad` is a problem, `ok` a confirmation. */
export type Severity = 'ok' | 'info' | 'warn' | 'bad';

/** contract: one observation about the message, most severe first in a Report. */
export interface Finding {
  /** Stable namespaced id, e.g. `intake.truncated`, `dmarc.fail`. */
  id: string;
  severity: Severity;
  title: string;
  detail: string;
  /** Added: how many identical findings this one stands for (only when more than one). */
  count?: number;
}

/** Build a finding; ids are stable namespaced strings that scripts may match on. */
export function finding(id: string, severity: Severity, title: string, detail: string): Finding {
  return { id, severity, title, detail };
}

const ORDER: Record<Severity, number> = { bad: 0, warn: 1, info: 2, ok: 3 };

/**
 * Identical findings (same id, severity, title and detail) become one with a `count`, in the place of the first:
 * a 50-set ARC chain with one weak key gives one note "× 50", not 50 notes (security goal G3, docs/security-goals.md).
 */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  // Most ids occur once: a finding is keyed by all its fields (a long string to make and hash) only when another
  // finding with its id came before it.
  const firstById = new Map<string, Finding>();
  const byKey = new Map<string, Finding>();
  const keyed = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const first = firstById.get(f.id);
    if (first === undefined) {
      const copy = { ...f };
      firstById.set(f.id, copy);
      out.push(copy);
      continue;
    }
    if (!keyed.has(f.id)) {
      keyed.add(f.id);
      byKey.set(keyOf(first), first);
    }
    const key = keyOf(f);
    const seen = byKey.get(key);
    if (seen) seen.count = (seen.count ?? 1) + (f.count ?? 1);
    else {
      const copy = { ...f };
      byKey.set(key, copy);
      out.push(copy);
    }
  }
  return out;
}

function keyOf(f: Finding): string {
  return `${f.id}\u0000${f.severity}\u0000${f.title}\u0000${f.detail}`;
}

/** How many identical findings one stands for, as the views print it: " (×50)", or '' for a single one. */
export function countText(f: Finding): string {
  return f.count === undefined ? '' : ` (×${String(f.count)})`;
}

/** Most severe first; stable within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Array.prototype.sort is stable (ECMA-262 since ES2019): equal severities keep their order.
  return findings.slice().sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
