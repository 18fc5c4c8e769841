/**
 * Conformance: ../shared/corpora/received-headers (Microsoft MHA + rspamd Received vectors; see its SOURCE.md).
 *
 * Thin adapter from our ParsedReceived / analyzeHops output to each upstream vocabulary:
 * - MHA: `from by with id for via` are the raw clause texts with comments (our `clauses`), repeated clauses
 *   joined with "; ". MHA's receivedEqual is strict both ways, so a field MHA left out must be absent here too.
 *   Vocabulary mapping: MHA shows a comment-only stamp ("(qmail 10876 invoked from network)") as `by`; we keep
 *   it as `note` and map note -> by. Clause texts are compared after collapsing runs of white space (our
 *   tokenizer joins tokens with one space; the unfolded header may have two).
 *   `dateNum` = epoch ms (fractional seconds kept) = our epochMs / hop timestamp.
 * - MHA chains: hop order (oldest first), dateNum, and the per-hop delay `delaySort` (ms, -1 for the first hop).
 *   MHA reports the signed raw difference; we report whole seconds and never a negative delay: differences
 *   within our 120 s clock tolerance count as 0 (MHA's -28 ms between two servers is clock noise, not travel
 *   back in time). So: delaySort -1 -> our delaySeconds null; delaySort >= 0 -> round(delaySort / 1000);
 *   -1000 < delaySort < 0 -> delaySeconds 0 and rawDelaySeconds == round(delaySort / 1000). Where only MHA's
 *   delay text is given it is read as seconds. The chain total (MHA's text) is compared with timeline.totalSeconds.
 * - rspamd: from_hostname = the name after "from" (from.name); from_ip = rspamd's own reading: the first
 *   [bracketed] address inside a from-clause comment, else the address written right after "from" (qmail's
 *   bare "(ip)" comment is not one of its positions); real_ip = our connecting address
 *   (from.ip, rspamd's TCP-info reading). by_hostname = by.host, for = the bare address. null = must be absent.
 *   IPv6 compared after normalisation (RFC 5952), as upstream does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeCorpus } from '../helpers/corpora';
import { splitLines } from '../../lib/mime/lines';
import { splitHeaderBlock, type HeaderField } from '../../lib/mime/header-block';
import { parseReceived, type ParsedReceived } from '../../lib/received/parse';
import { analyzeHops } from '../../lib/received/analyze-hops';
import { normalizeIp } from '../../lib/received/ip';
import type { Hop } from '../../lib/received/types';

type Json = string | number | null;
interface SingleCase {
  id: string;
  source: 'mha' | 'rspamd';
  kind: 'single';
  header: string;
  expected: Record<string, Json>;
}
interface ChainCase {
  id: string;
  source: 'mha';
  kind: 'chain';
  headers: string[];
  expected: { total_delay_text?: string; hops_oldest_first: Record<string, Json>[] };
}
type Case = SingleCase | ChainCase;

const MHA_FIELDS = ['from', 'by', 'with', 'id', 'for', 'via', 'dateNum'] as const;
/** Written reasons for skipped cases, by id. Empty: every case runs. */
const SKIPS: Record<string, string> = {};

function fieldsOf(headers: readonly string[]): HeaderField[] {
  return splitHeaderBlock(splitLines(headers.map((h) => `${h}\n`).join('')).lines).fields;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Our reading in MHA's vocabulary: only the fields we have. */
function mhaView(clauses: ParsedReceived['clauses'], note: string | null, epochMs: number | null): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const k of ['from', 'by', 'with', 'id', 'for', 'via'] as const) {
    const v = clauses[k];
    if (v !== undefined && v !== '') out[k] = squash(v);
  }
  if (out.by === undefined && note !== null) out.by = squash(note);
  if (epochMs !== null) out.dateNum = epochMs;
  return out;
}

function mhaExpected(e: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const k of MHA_FIELDS) {
    const v = e[k];
    if (v !== undefined) out[k] = typeof v === 'string' ? squash(v) : v;
  }
  return out;
}

/** rspamd's from_ip: the first "[address]" in a comment of the from clause, else the address after "from". */
function rspamdFromIp(p: ParsedReceived): string | null {
  const clause = p.clauses.from ?? '';
  const comments = clause.slice(clause.indexOf('('));
  const open = comments.indexOf('[');
  const close = comments.indexOf(']', open);
  const bracketed = open >= 0 && close > open ? normalizeIp(comments.slice(open + 1, close)) : null;
  return bracketed ?? (p.from.name === null ? null : normalizeIp(p.from.name)) ?? p.from.ip;
}

function rspamdView(p: ParsedReceived, keys: readonly string[]): Record<string, Json> {
  const all: Record<string, Json> = {
    from_hostname: p.from.name,
    from_ip: rspamdFromIp(p),
    real_ip: p.from.ip,
    by_hostname: p.by.host,
    for: p.for,
  };
  return Object.fromEntries(keys.map((k) => [k, all[k] ?? null]));
}

function rspamdExpected(e: Record<string, Json>): Record<string, Json> {
  return Object.fromEntries(
    Object.entries(e).map(([k, v]) => [k, typeof v === 'string' && k.endsWith('_ip') ? (normalizeIp(v) ?? v) : v]),
  );
}

/** MHA's duration text ("310 minutes 13 seconds", "1 second") in seconds. */
function seconds(text: string): number {
  const unit: Record<string, number> = { hour: 3600, hours: 3600, minute: 60, minutes: 60, second: 1, seconds: 1 };
  const words = text.split(' ');
  let total = 0;
  for (let i = 0; i + 1 < words.length; i += 2) total += Number(words[i]) * (unit[words[i + 1] ?? ''] ?? Number.NaN);
  return total;
}

/** Per-hop comparison for a chain; returns the differences as text (empty = pass). */
function chainProblems(hops: readonly Hop[], e: ChainCase['expected']): string[] {
  const problems: string[] = [];
  if (hops.length !== e.hops_oldest_first.length) problems.push(`hop count ${String(hops.length)} != ${String(e.hops_oldest_first.length)}`);
  for (const [i, eh] of e.hops_oldest_first.entries()) {
    const h = hops[i];
    if (!h) continue;
    if (eh.hop !== h.index) problems.push(`position ${String(i)}: hop ${String(h.index)} != ${String(eh.hop)}`);
    const ours = mhaView(h.clauses, h.note, h.timestamp === null ? null : Date.parse(h.timestamp));
    const theirs = mhaExpected(eh);
    if (JSON.stringify(ours, Object.keys(ours).sort()) !== JSON.stringify(theirs, Object.keys(theirs).sort())) {
      problems.push(`hop ${String(eh.hop)}: ${JSON.stringify(ours)} != ${JSON.stringify(theirs)}`);
    }
    const sort = eh.delaySort;
    if (typeof sort === 'number') {
      const ok =
        sort === -1 ? h.delaySeconds === null
        : sort >= 0 ? h.delaySeconds === Math.round(sort / 1000)
        : sort > -1000 ? h.delaySeconds === 0 && h.rawDelaySeconds === Math.round(sort / 1000)
        : false;
      if (!ok) problems.push(`hop ${String(eh.hop)}: delaySeconds ${String(h.delaySeconds)} (raw ${String(h.rawDelaySeconds)}) vs delaySort ${String(sort)}`);
    } else if (typeof eh.delay === 'string' && h.delaySeconds !== seconds(eh.delay)) {
      problems.push(`hop ${String(eh.hop)}: delaySeconds ${String(h.delaySeconds)} vs "${eh.delay}"`);
    }
  }
  return problems;
}

const tally = { pass: 0, fail: 0, skip: 0 };

describeCorpus('received-headers', (dir) => {
  const corpus = JSON.parse(readFileSync(path.join(dir, 'cases.json'), 'utf8')) as { cases: Case[] };

  it('has the 35 developer cases', () => {
    expect(corpus.cases.length).toBe(35);
  });

  it.each(corpus.cases.map((c) => [c.id, c] as const))('%s', (id, c) => {
    const reason = SKIPS[id];
    if (reason !== undefined) {
      tally.skip++;
      console.info(`skip ${id}: ${reason}`);
      return;
    }
    let problems: string[];
    if (c.kind === 'chain') {
      const a = analyzeHops(fieldsOf(c.headers), null);
      problems = chainProblems(a.hops, c.expected);
      if (c.expected.total_delay_text !== undefined && a.timeline.totalSeconds !== seconds(c.expected.total_delay_text)) {
        problems.push(`total ${String(a.timeline.totalSeconds)} s vs "${c.expected.total_delay_text}"`);
      }
    } else {
      const [field] = fieldsOf([c.header]);
      const p = parseReceived(field?.value ?? '');
      const [ours, theirs] =
        c.source === 'mha'
          ? [mhaView(p.clauses, p.note, p.epochMs), mhaExpected(c.expected)]
          : [rspamdView(p, Object.keys(c.expected)), rspamdExpected(c.expected)];
      problems = JSON.stringify(ours, Object.keys(ours).sort()) === JSON.stringify(theirs, Object.keys(theirs).sort()) ? [] : [`${JSON.stringify(ours)} != ${JSON.stringify(theirs)}`];
    }
    if (problems.length === 0) tally.pass++;
    else tally.fail++;
    expect(problems).toEqual([]);
  });

  afterAll(() => {
    console.info(`received-headers: ${String(tally.pass)} passed, ${String(tally.fail)} failed, ${String(tally.skip)} skipped of ${String(corpus.cases.length)}`);
  });
});
