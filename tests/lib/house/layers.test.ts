/**
 * The layers of lib/ (ARCHITECTURE.md "Layers of lib/"), checked over the import graph of lib/: no import cycle,
 * imports point down the layers (at most the listed exceptions), and no module but the orchestrator
 * imports report.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cycles, importGraph, repoRoot, sourceFiles, specifiersOf } from '../../helpers/import-graph';

/** The layers, from the ground up; an import may point to its own layer or below. */
const LAYERS: readonly (readonly string[])[] = [
  ['lib/findings.ts', 'lib/limits.ts', 'lib/text/', 'lib/list/', 'lib/psl/', 'lib/dns/', 'lib/settings/'],
  ['lib/mime/'],
  ['lib/received/', 'lib/authresults/', 'lib/dkim/', 'lib/arc/', 'lib/spf/', 'lib/dmarc/', 'lib/bounce/', 'lib/stamps/', 'lib/impersonation/', 'lib/webmail/'],
  ['lib/domain-health/', 'lib/reputation/', 'lib/deliverability/', 'lib/live/', 'lib/deps.ts'],
  ['lib/verdict/'],
  ['lib/analyze.ts', 'lib/stages/', 'lib/report.ts', 'lib/messages.ts', 'lib/analyze-port.ts', 'lib/handle-message.ts'],
  // Over a finished Report: the text, Markdown and JSON exports and the redacted share.
  ['lib/export/'],
];

/** Imports that run up a layer on purpose, each with its reason (the issue allows at most 2). */
const UPWARD_ALLOWED: ReadonlyMap<string, string> = new Map<string, string>([]);

/** Modules that may import report.ts: the orchestrator, the messaging built on the Report, and the exports of one. */
const REPORT_IMPORTERS = ['lib/analyze.ts', 'lib/stages/', 'lib/messages.ts', 'lib/analyze-port.ts', 'lib/handle-message.ts', 'lib/export/'];

function layerOf(file: string): number {
  const i = LAYERS.findIndex((layer) => layer.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p)));
  return i;
}

const files = sourceFiles('lib');
const graph = importGraph(files);

describe('lib/ import graph', () => {
  it('places every lib file in a layer', () => {
    expect(files.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('imports only downwards, apart from the listed exceptions', () => {
    const upward: string[] = [];
    for (const [from, targets] of graph) {
      for (const to of targets) if (layerOf(to) > layerOf(from)) upward.push(`${from} -> ${to}`);
    }
    expect(upward.filter((u) => !UPWARD_ALLOWED.has(u))).toEqual([]);
    expect(UPWARD_ALLOWED.size).toBeLessThanOrEqual(2);
  });

  it('keeps report.ts to the orchestrator: areas own their section types', () => {
    const offenders = [...graph].filter(([from, targets]) => targets.includes('lib/report.ts') && !REPORT_IMPORTERS.some((p) => (p.endsWith('/') ? from.startsWith(p) : from === p)));
    expect(offenders.map(([from]) => from)).toEqual([]);
  });

  it('resolves every relative import to a file (the graph misses nothing)', () => {
    const unresolved = [...graph].flatMap(([from, targets]) => targets.filter((t) => !/\.tsx?$/.test(t)).map((t) => `${from} -> ${t}`));
    expect(unresolved).toEqual([]);
  });

  it('never leaves lib/: no package, no components, entrypoints, host or cli (GUIDE rule 1)', () => {
    const outside: string[] = [];
    for (const file of files) {
      const text = readFileSync(path.join(repoRoot, file), 'utf8');
      for (const spec of specifiersOf(text)) if (!spec.startsWith('.')) outside.push(`${file} -> ${spec}`);
      for (const to of graph.get(file) ?? []) if (!to.startsWith('lib/')) outside.push(`${file} -> ${to}`);
    }
    expect(outside).toEqual([]);
  });

  it('answers the organisational domain in one place: only lib/psl/org-domain.ts reads the suffix list directly', () => {
    const readers = files.filter((f) => f !== 'lib/psl/org-domain.ts' && !f.startsWith('lib/psl/') && (graph.get(f) ?? []).includes('lib/psl/public-suffix.ts'));
    expect(readers).toEqual([]);
  });
});
