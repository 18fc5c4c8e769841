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
  const byKey = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.id}\u0000${f.severity}\u0000${f.title}\u0000${f.detail}`;
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

/** How many identical findings one stands for, as the views print it: " (×50)", or '' for a single one. */
export function countText(f: Finding): string {
  return f.count === undefined ? '' : ` (×${String(f.count)})`;
}

/** Most severe first; stable within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
