/**
 * The verdict as every text output states it first (CLI text, "Copy summary", the Markdown export): the
 * message's verdict, or, when a short forward is about the message it carries, the attached message's verdict
 * labelled as such, then the forwarding message's. Plain strings, not yet escaped for any format.
 */
import type { Report, Verdict } from '../report';
import { readerAdvice } from '../verdict/reader-advice';

export const VERDICT_LABEL: Readonly<Record<Verdict['kind'], string>> = {
  deceptive: 'DECEPTIVE',
  bounce: 'BOUNCE',
  automated: 'AUTOMATED',
  authentic: 'AUTHENTIC',
  unauthenticated: 'UNAUTHENTICATED',
  unknown: 'UNKNOWN',
};

export interface VerdictFact {
  /** "Verdict", "Verdict on the attached message (invoice.eml)", "Verdict on the forwarding message". */
  title: string;
  verdict: Verdict;
  /** What it means for the reader, in the verdict's default perspective. */
  advice: string;
}

function fact(title: string, verdict: Verdict): VerdictFact {
  return { title, verdict, advice: readerAdvice(verdict.kind, verdict.perspective) };
}

/** The verdicts a text output leads with, in order (one, or two for a short forward). */
export function verdictFacts(report: Report): VerdictFact[] {
  const lead = report.attachedMessages.find((a) => a.leads);
  if (report.input.status !== 'ok' || lead === undefined) return [fact('Verdict', report.verdict)];
  const name = lead.filename ?? lead.report.message.subject ?? 'the attached message';
  return [
    fact(`Verdict on the attached message (${name})`, lead.report.verdict),
    fact('Verdict on the forwarding message', report.verdict),
  ];
}

/**
 * The plain-text lines: "Verdict: DECEPTIVE: <headline>", one "  - reason  [finding id]" line per reason, and
 * what it means for the reader. `safe` makes hostile header text visible (invisible characters, line breaks).
 */
export function verdictLines(report: Report, safe: (s: string) => string): string[] {
  return verdictFacts(report).flatMap(({ title, verdict: v, advice }) => [
    `${safe(title)}: ${VERDICT_LABEL[v.kind]}: ${safe(v.headline)}`,
    ...v.reasons.map((r) => `  - ${safe(r.text)}${r.findingId ? `  [${r.findingId}]` : ''}`),
    `  What it means for you (${v.perspective}): ${advice}`,
  ]);
}
