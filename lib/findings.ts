import type { Finding, Severity } from './report';

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
