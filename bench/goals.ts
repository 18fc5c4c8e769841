/**
 * The performance goals, printed at the end of a bench run with the values measured in that run (never typed in).
 * Required goals must hold; aimed-for goals say where we want to be. Ratios are of medians; the ratio of minimums
 * is printed beside it, since on a loaded machine the minimum is the least disturbed figure.
 */
import { table } from './stats';

export type GoalId = 'analyze-6k' | 'analyze-100k' | 'dkim-verify' | 'dkim-verify-bytes' | 'dkim-product' | 'cli-mbox';

interface GoalSpec {
  id: GoalId;
  what: string;
  /** 'at-least': measured >= limit; 'at-most': measured <= limit. */
  sense: 'at-least' | 'at-most';
  /** null: a row shown beside the goals, stricter than the issue asks, not counted as met or missed. */
  required: number | null;
  aimed: number;
}

const SPECS: readonly GoalSpec[] = [
  {
    id: 'analyze-6k',
    what: 'analyze() speed vs mailparser simpleParser, 6.5 KB (mailparser/analyze)',
    sense: 'at-least',
    required: 1,
    aimed: 5,
  },
  {
    id: 'analyze-100k',
    what: 'analyze() speed vs mailparser simpleParser, 100 KB (mailparser/analyze)',
    sense: 'at-least',
    required: 1,
    aimed: 5,
  },
  {
    // The "DKIM verify" (it measured verifyDkim on a pre-split message at 1.91x): the DKIM analyze() runs,
    // on the header fields and body octets its intake found, line breaks counted.
    id: 'dkim-verify',
    what: 'DKIM 25 MB: verifyDkim() on the message as analyze() splits it / node:crypto SHA-256',
    sense: 'at-most',
    required: 1.5,
    aimed: 1.2,
  },
  {
    // Stricter than the issue (the goal row from session 3 to 5): reading the message is timed too, with no line
    // break counted; analyze() does that reading in the product row below.
    id: 'dkim-verify-bytes',
    what: '(not required) DKIM 25 MB: bytes -> DKIM results (verifyDkimBytes) / node:crypto SHA-256',
    sense: 'at-most',
    required: null,
    aimed: 1.5,
  },
  {
    id: 'dkim-product',
    what: 'DKIM 25 MB: bytes -> report with DKIM verified / node:crypto SHA-256',
    sense: 'at-most',
    required: 3,
    aimed: 2.5,
  },
  {
    id: 'cli-mbox',
    what: 'CLI over an mbox vs a mailparser script (messages/s, ours/script)',
    sense: 'at-least',
    required: 1,
    aimed: 2,
  },
];

export interface Measured {
  median: number;
  min: number | null;
  /** Ratio of median CPU times (process user + system), when the section measured it. */
  cpu: number | null;
}

export class Goals {
  private readonly measured = new Map<GoalId, Measured>();

  record(id: GoalId, median: number, min: number | null = null, cpu: number | null = null): void {
    this.measured.set(id, { median, min, cpu });
  }

  /** What was recorded, to send from a section's own process to the run that prints the table. */
  entries(): [GoalId, Measured][] {
    return [...this.measured];
  }

  /** Take what a section's process recorded. */
  merge(entries: readonly [GoalId, Measured][]): void {
    for (const [id, m] of entries) this.measured.set(id, m);
  }

  /** The goal table; returns how many required goals were measured and missed. */
  print(write: (s: string) => void): number {
    const rows: string[][] = [
      ['goal', 'required', 'aimed for', 'measured (median)', 'min', 'cpu', 'required', 'aimed for'],
    ];
    let missed = 0;
    let unmeasured = 0;
    const required = SPECS.filter((g) => g.required !== null).length;
    for (const g of SPECS) {
      const m = this.measured.get(g.id);
      const op = g.sense === 'at-least' ? '>=' : '<=';
      const ok = (limit: number) =>
        m === undefined || Number.isNaN(m.median)
          ? null
          : g.sense === 'at-least'
            ? m.median >= limit
            : m.median <= limit;
      const req = g.required === null ? null : ok(g.required);
      const aim = ok(g.aimed);
      if (req === false) missed++;
      if (req === null && g.required !== null) unmeasured++;
      const word = (v: boolean | null) => (v === null ? 'not run' : v ? 'met' : 'MISSED');
      rows.push([
        g.what,
        g.required === null ? '-' : `${op} ${String(g.required)}x`,
        `${op} ${g.aimed}x`,
        m ? `${m.median.toFixed(2)}x` : '-',
        m?.min == null ? '-' : `${m.min.toFixed(2)}x`,
        m?.cpu == null ? '-' : `${m.cpu.toFixed(2)}x`,
        g.required === null ? '-' : word(req),
        word(aim),
      ]);
    }
    write(
      `\n== goals (measured in this run; judged on ratios of medians; the ratio of minimums and of median CPU times beside them)\n${table(rows)}\n`,
    );
    write(
      `required goals: ${String(required - missed - unmeasured)} met, ${String(missed)} missed, ${String(unmeasured)} not run\n`,
    );
    return missed;
  }
}
