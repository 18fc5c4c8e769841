/**
 * Differential conformance: our header block split (RFC 5322 §2.1-2.2: intake() + splitHeaderBlock())
 * against mailparser's `headerLines`, over every .eml of two public corpora (bounces-sisimai, dkim-lieser).
 *
 * For each message: the same number of header fields, the same names in the same order (case-insensitive),
 * and each field's raw text equal once line terminators are removed (mailparser re-joins folded lines with
 * CRLF whatever the input used, so terminators are not compared).
 *
 * Messages read as bytes: ours decodes them as Latin-1 (every byte kept, as the corpora README asks);
 * mailparser gets the Buffer and reads headers as 'binary' (Latin-1) itself, so both see the same text.
 *
 * Where the two disagree for a reason we accept, the message is listed in KNOWN_DIFFERENCES with one
 * written reason, and the list is asserted to be exactly the set that differs (it cannot silently grow or
 * go stale). A genuine bug of ours is listed with a reason starting "BUG:" until lib/mime is fixed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { intake, splitHeaderBlock, type HeaderField } from '../../lib/mime';
import { describeCorpus } from '../helpers/corpora';

interface KnownDifference {
  /** `<corpus>/<path inside the corpus>`, e.g. `bounces-sisimai/messages/arf-02.eml`. */
  file: string;
  reason: string;
}

/**
 * Messages whose split differs from mailparser's, one written reason each.
 * Empty: on every message of both corpora the two splits agree field for field.
 */
const KNOWN_DIFFERENCES: readonly KnownDifference[] = [];

const CORPORA = ['bounces-sisimai', 'dkim-lieser'] as const;

interface TheirLine {
  key: string;
  line: string;
}

/** Remove line terminators (CRLF or LF) so folding is compared by content, not by terminator. */
function withoutTerminators(s: string): string {
  return s.replace(/\r?\n/g, '');
}

function snippet(s: string | undefined): string {
  if (s === undefined) return '(none)';
  const flat = withoutTerminators(s);
  return JSON.stringify(flat.length > 100 ? `${flat.slice(0, 100)}...` : flat);
}

/** Every difference between the two splits, as readable lines (empty when they agree). */
function compareSplits(ours: readonly HeaderField[], theirs: readonly TheirLine[]): string[] {
  const problems: string[] = [];
  if (ours.length !== theirs.length) {
    problems.push(`field count: ours ${ours.length}, mailparser ${theirs.length}`);
  }
  const n = Math.max(ours.length, theirs.length);
  for (let i = 0; i < n; i++) {
    const a = ours[i];
    const b = theirs[i];
    if (a === undefined || b === undefined) {
      problems.push(`field #${i}: ours ${snippet(a?.raw)}, mailparser ${snippet(b?.line)}`);
    } else if (a.key !== b.key.toLowerCase()) {
      problems.push(`field #${i} name: ours "${a.name}", mailparser "${b.key}"`);
    } else if (withoutTerminators(a.raw) !== withoutTerminators(b.line)) {
      problems.push(`field #${i} (${a.key}) text: ours ${snippet(a.raw)}, mailparser ${snippet(b.line)}`);
    }
  }
  return problems;
}

/** .eml files under `dir`, recursively, as paths relative to `base`, sorted. */
function emlFiles(base: string, dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...emlFiles(base, full));
    else if (entry.name.endsWith('.eml')) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out.sort();
}

const tally = { messages: 0, agree: 0, documented: 0, fields: 0 };

afterAll(() => {
  if (tally.messages === 0) return;
  console.log(
    `header-split: ${tally.messages} messages, ${tally.agree} agree, ${tally.documented} documented differences (${tally.fields} header fields compared)`,
  );
});

describe('header-split: intake() + splitHeaderBlock() vs mailparser headerLines', () => {
  it('every KNOWN_DIFFERENCES entry names a compared corpus, once, with a reason', () => {
    const files = KNOWN_DIFFERENCES.map((d) => d.file);
    expect(new Set(files).size).toBe(files.length);
    for (const d of KNOWN_DIFFERENCES) {
      expect(CORPORA.some((c) => d.file.startsWith(`${c}/`)), d.file).toBe(true);
      expect(d.reason.trim(), d.file).not.toBe('');
    }
  });

  it('the comparison is not vacuous: it reports a line the two split differently', async () => {
    // A line that is neither a field nor folded: we join it to the field above (the block has no real
    // folds, so indentation was lost); mailparser keeps it as a field of its own with an empty name.
    const raw = 'From: a@example.com\r\nSubject: hello\r\nworld\r\n\r\nbody\r\n';
    const taken = intake(raw);
    expect(taken.ok).toBe(true);
    const ours = taken.ok ? splitHeaderBlock(taken.lines).fields : [];
    const theirs = (await simpleParser(Buffer.from(raw, 'latin1'))).headerLines;
    expect(compareSplits(ours, theirs)).toEqual(['field count: ours 2, mailparser 3', 'field #1 (subject) text: ours "Subject: helloworld", mailparser "Subject: hello"', 'field #2: ours (none), mailparser "world"']);
  });

  for (const corpus of CORPORA) {
    describeCorpus(corpus, (dir) => {
      const files = emlFiles(dir, path.join(dir, 'messages'));
      const known = new Map(KNOWN_DIFFERENCES.filter((d) => d.file.startsWith(`${corpus}/`)).map((d) => [d.file, d.reason]));
      const differing = new Set<string>();

      it('has messages', () => {
        expect(files.length).toBeGreaterThan(0);
      });

      it.each(files)('%s', async (file) => {
        const id = `${corpus}/${file}`;
        const bytes = readFileSync(path.join(dir, file));
        const taken = intake(bytes.toString('latin1'));
        const ours = taken.ok ? splitHeaderBlock(taken.lines).fields : [];
        const theirs = (await simpleParser(bytes)).headerLines;
        const problems = taken.ok ? compareSplits(ours, theirs) : [`intake failed: ${taken.status}`];
        tally.messages++;
        tally.fields += theirs.length;
        if (problems.length > 0) differing.add(id);
        const reason = known.get(id);
        if (reason === undefined) {
          tally.agree += problems.length === 0 ? 1 : 0;
          expect(problems, `${id} differs from mailparser; fix it or add it to KNOWN_DIFFERENCES`).toEqual([]);
        } else {
          tally.documented++;
          expect(problems.length, `${id} is in KNOWN_DIFFERENCES (${reason}) but now agrees: remove it`).toBeGreaterThan(0);
        }
      });

      it('KNOWN_DIFFERENCES is exactly the set of messages that differ', () => {
        expect([...differing].sort()).toEqual([...known.keys()].sort());
      });
    });
  }
});
