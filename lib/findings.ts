/** How much a finding matters to the reader: `bad` is a problem, `ok` a confirmation. */
export type Severity = 'ok' | 'info' | 'warn' | 'bad';

/** contract: one observation about the message, most severe first in a Report. */
export interface Finding {
  /** Stable namespaced id, e.g. `intake.truncated`, `dmarc.fail`. */
  id: string;
  severity: Severity;
  title: string;
  detail: string;
}

/** Build a finding; ids are stable namespaced strings that scripts may match on. */
export function finding(id: string, severity: Severity, title: string, detail: string): Finding {
  return { id, severity, title, detail };
}

const ORDER: Record<Severity, number> = { bad: 0, warn: 1, info: 2, ok: 3 };

/** Most severe first; stable within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
