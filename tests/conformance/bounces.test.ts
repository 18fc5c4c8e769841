/**
 * Conformance: decodeBounce over the public Sisimai corpus (../shared/corpora/bounces-sisimai, developer
 * half). For each message, our recipients are compared in order with upstream's expectations, per field:
 * - reason: our class against Sisimai's (same vocabulary);
 * - enhanced status: exact; Sisimai's own X.0.9NN pseudo codes are skipped (SOURCE.md: "do not expect
 *   them from an RFC-only parser"); an empty expectation must be our null;
 * - reply code: exact, an empty expectation must be our null;
 * - hard/soft, and ARF feedback types.
 * Not-bounces (the maildir/not message) must give null. Thresholds asserted.
 * Generalisation: the files are split into two folds BY GENERATOR (tests/conformance/bounces-folds.json, written by
 * scripts/bounce-folds.mjs): fold A is the development fold, fold B the check fold. Every figure is printed for
 * fold A, fold B and the whole shared half, with counts. Misses are listed for fold A only; fold B's are listed
 * when HEADERSCOPE_SHOW_CHECK_FOLD=1, so that looking at the check fold is a deliberate step.
 * A corpus file that is an mbox of several messages is split with the CLI's own splitter and read one
 * message at a time, as the product does; the recipients of each message's result follow in order.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMbox, splitMbox } from '../../cli/mbox';
import { decodeBounce } from '../../lib/bounce';
import type { BounceResult } from '../../lib/bounce';
import { decodeInputBytes } from '../../lib/mime/intake';
import { describeCorpus } from '../helpers/corpora';

interface Expected {
  index: number;
  deliverystatus: string;
  replycode: string;
  reason: string;
  hardbounce: boolean;
  feedbacktype?: string;
}
interface ExpectedMessage {
  is_bounce_or_report: boolean;
  sisimai_engine: string | null;
  expected: Expected[];
}
interface FoldFile {
  development: Fold;
  check: Fold;
  folds: Record<Fold, { engines: string[]; files: number; results: number }>;
  files: Record<string, Fold>;
}
type Fold = 'A' | 'B';
interface Tally {
  pass: number;
  total: number;
  skipped: number;
  misses: string[];
}
type Field = 'reason' | 'status' | 'reply' | 'hard' | 'feedback' | 'notBounce';
type Scope = Fold | 'all';

const THRESHOLDS = { reason: 0.95, status: 0.97, replyCode: 0.97, feedback: 1 } as const;
/** Enhanced status and reply code hold on each fold too, not only on the whole half. */
const FOLD_THRESHOLDS = { status: 0.97, replyCode: 0.96 } as const;
/**
 * Floors below the issue's targets, at the values achieved (never lowered; raise them as the decoder improves).
 * Reason: 307/319 (0.9624).
 */
const RATCHET = { reason: 0.962 } as const;
/** Per-fold reason floors at the measured values (fold A 144/149, fold B 163/170), raised only. */
const FOLD_RATCHET: Record<Fold, number> = { A: 0.966, B: 0.958 };
const PSEUDO = /^\d\.0\.9\d\d$/;
const FIELDS: readonly Field[] = ['reason', 'status', 'reply', 'hard', 'feedback', 'notBounce'];
const SCOPES: readonly Scope[] = ['A', 'B', 'all'];

/** Each message of the file in turn (an mbox may hold several), merged: the first result, all recipients. */
async function decodeFile(bytes: Uint8Array): Promise<BounceResult | null> {
  const messages = isMbox(bytes) ? splitMbox(bytes) : [bytes];
  const found: BounceResult[] = [];
  for (const msg of messages) {
    const got = await decodeBounce(decodeInputBytes(msg));
    if (got !== null) found.push(got);
  }
  const first = found[0];
  return first === undefined ? null : { ...first, recipients: found.flatMap((b) => b.recipients) };
}

function tally(): Tally {
  return { pass: 0, total: 0, skipped: 0, misses: [] };
}

function pct(t: Tally): string {
  return t.total === 0 ? 'n/a' : `${((100 * t.pass) / t.total).toFixed(1)}%`;
}

function ratio(t: Tally): number {
  return t.total === 0 ? 1 : t.pass / t.total;
}

/** One tally per field and scope (fold A, fold B, the whole half). */
function tallies(): Record<Field, Record<Scope, Tally>> {
  const per = (): Record<Scope, Tally> => ({ A: tally(), B: tally(), all: tally() });
  return { reason: per(), status: per(), reply: per(), hard: per(), feedback: per(), notBounce: per() };
}

describeCorpus('bounces-sisimai', (dir) => {
  const expectations = JSON.parse(readFileSync(path.join(dir, 'expectations.json'), 'utf8')) as { messages: Record<string, ExpectedMessage> };
  const folds = JSON.parse(readFileSync(path.join(import.meta.dirname, 'bounces-folds.json'), 'utf8')) as FoldFile;
  const files = Object.entries(expectations.messages);
  const results = new Map<string, BounceResult | null>();
  const t = tallies();

  describe('decodeBounce', () => {
    it('assigns every corpus file to a fold by its generator', () => {
      const unassigned = files.filter(([file]) => folds.files[file] === undefined).map(([file]) => file);
      expect(unassigned).toEqual([]);
      // One generator never spans both folds.
      const foldOf = new Map<string, Fold>();
      for (const [file, exp] of files) {
        const engine = exp.sisimai_engine ?? '(none)';
        const fold = folds.files[file];
        if (fold === undefined) continue;
        expect(foldOf.get(engine) ?? fold, engine).toBe(fold);
        foldOf.set(engine, fold);
      }
    });

    // 296 messages analysed one after another: about 2 s alone, past vitest's 5 s default when the machine is loaded.
    it('decodes every message', async () => {
      for (const [file] of files) {
        results.set(file, await decodeFile(readFileSync(path.join(dir, file))));
      }
      /** Count one comparison in its fold and in the whole half. */
      const count = (field: Field, fold: Fold, ok: boolean, miss: string): void => {
        for (const scope of [fold, 'all'] as const) {
          const x = t[field][scope];
          x.total++;
          if (ok) x.pass++;
          else if (scope !== 'all') x.misses.push(miss);
        }
      };
      for (const [file, exp] of files) {
        const fold = folds.files[file] ?? 'A';
        const got = results.get(file) ?? null;
        const name = path.basename(file);
        if (!exp.is_bounce_or_report) {
          count('notBounce', fold, got === null, `${name}: decoded as ${got?.kind ?? ''}`);
          continue;
        }
        exp.expected.forEach((e, i) => {
          const r = got?.recipients[i];
          const where = `${name}#${i + 1}`;
          count('reason', fold, r?.reason === e.reason, `${where}: reason ${r?.reason ?? '(none)'} want ${e.reason} [${r?.status ?? '-'} ${r?.replyCode ?? '-'} ${r?.command ?? '-'} ${(r?.diagnostic ?? '').slice(0, 90)}]`);
          if (PSEUDO.test(e.deliverystatus)) {
            t.status[fold].skipped++;
            t.status.all.skipped++;
          } else count('status', fold, (r?.status ?? '') === e.deliverystatus, `${where}: status ${r?.status ?? 'null'} want ${e.deliverystatus || 'null'}`);
          count('reply', fold, (r?.replyCode ?? '') === e.replycode, `${where}: reply ${r?.replyCode ?? 'null'} want ${e.replycode || 'null'}`);
          count('hard', fold, r?.hard === e.hardbounce, `${where}: hard ${String(r?.hard)} want ${String(e.hardbounce)}`);
          if (e.feedbacktype !== undefined) count('feedback', fold, got?.feedbackType === e.feedbacktype, `${where}: feedback ${got?.feedbackType ?? 'null'} want ${e.feedbacktype}`);
        });
      }
      const cell = (x: Tally): string => `${`${x.pass}/${x.total}`.padStart(7)} ${`(${pct(x)})`.padEnd(8)}`;
      const row = (label: string, field: Field): string => `  ${label.padEnd(16)} ${SCOPES.map((s) => cell(t[field][s])).join('   ')}`;
      const fa = folds.folds.A;
      const fb = folds.folds.B;
      const lines = [
        `bounces-sisimai: ${files.length} messages, ${t.reason.all.total} recipient results`,
        `  folds by generator (tests/conformance/bounces-folds.json): A = development, ${fa.engines.length} engines, ${fa.files} files, ${fa.results} results; B = check, ${fb.engines.length} engines, ${fb.files} files, ${fb.results} results`,
        `  ${''.padEnd(16)} ${['fold A', 'fold B', 'seen half'].map((h) => h.padEnd(16)).join('   ')}`,
        row('reason', 'reason'),
        row('enhanced status', 'status'),
        row('reply code', 'reply'),
        row('hard/soft', 'hard'),
        row('feedback type', 'feedback'),
        row('not-bounces', 'notBounce'),
        `  enhanced status skipped (Sisimai pseudo codes X.0.9NN, not RFC 3463 codes): A ${t.status.A.skipped}, B ${t.status.B.skipped}`,
      ];
      const showCheck = process.env.HEADERSCOPE_SHOW_CHECK_FOLD === '1';
      for (const field of FIELDS) {
        const a = t[field].A.misses;
        if (a.length > 0) lines.push(`  misses, fold A (${field}):`, ...a.map((m) => `    ${m}`));
        const b = t[field].B.misses;
        if (b.length > 0) lines.push(showCheck ? `  misses, fold B (${field}):` : `  misses, fold B (${field}): ${b.length} (listed with HEADERSCOPE_SHOW_CHECK_FOLD=1)`, ...(showCheck ? b.map((m) => `    ${m}`) : []));
      }
      const gap = (x: Tally, target: number): string => `target ${(100 * target).toFixed(0)}%, gap ${Math.max(0, Math.ceil(target * x.total) - x.pass)} results`;
      lines.splice(1, 0, `  (reason ${gap(t.reason.all, THRESHOLDS.reason)}; feedback type ${gap(t.feedback.all, 1)})`);
      console.log(lines.join('\n'));
      expect(ratio(t.reason.all)).toBeGreaterThanOrEqual(RATCHET.reason);
      expect(ratio(t.status.all)).toBeGreaterThanOrEqual(THRESHOLDS.status);
      expect(ratio(t.reply.all)).toBeGreaterThanOrEqual(THRESHOLDS.replyCode);
      for (const fold of ['A', 'B'] as const) {
        expect(ratio(t.reason[fold]), `reason, fold ${fold}`).toBeGreaterThanOrEqual(FOLD_RATCHET[fold]);
        expect(ratio(t.status[fold]), `enhanced status, fold ${fold}`).toBeGreaterThanOrEqual(FOLD_THRESHOLDS.status);
        expect(ratio(t.reply[fold]), `reply code, fold ${fold}`).toBeGreaterThanOrEqual(FOLD_THRESHOLDS.replyCode);
      }
      expect(t.notBounce.all.pass).toBe(t.notBounce.all.total);
      // target: all feedback types (reached: 14/14)
      expect(ratio(t.feedback.all)).toBeGreaterThanOrEqual(THRESHOLDS.feedback);
    }, 60_000);
  });
});
