// Writes tests/conformance/bounces-folds.json: the shared half of the Sisimai bounce corpus
// (../shared/corpora/bounces-sisimai) split into two folds BY GENERATOR, so a rule developed on one fold
// can be checked on generators it was not developed on.
// Method (deterministic, re-run gives the same file): group the corpus files by `sisimai_engine` (files with
// none, the not-a-bounce negatives, form the group "(none)"); order the groups by sha256 of the engine name;
// give each group in turn to the fold with fewer recipient results so far (ties to fold A).
// Fold A is the development fold (its misses are printed); fold B is the check fold (counts only).
// Usage: node scripts/bounce-folds.mjs [--check]   (--check: exit 1 when the committed file differs)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '..', 'shared', 'corpora', 'bounces-sisimai');
const out = path.join(root, 'tests', 'conformance', 'bounces-folds.json');

const { messages } = JSON.parse(readFileSync(path.join(corpus, 'expectations.json'), 'utf8'));
const groups = new Map();
for (const [file, m] of Object.entries(messages)) {
  const engine = m.sisimai_engine ?? '(none)';
  const g = groups.get(engine) ?? { engine, files: [], results: 0 };
  g.files.push(file);
  g.results += m.expected.length;
  groups.set(engine, g);
}
const sha = (s) => createHash('sha256').update(s).digest('hex');
const ordered = [...groups.values()].sort((a, b) => (sha(a.engine) < sha(b.engine) ? -1 : 1));
const folds = { A: { engines: [], files: 0, results: 0 }, B: { engines: [], files: 0, results: 0 } };
const files = {};
for (const g of ordered) {
  const to = folds.A.results <= folds.B.results ? 'A' : 'B';
  folds[to].engines.push(g.engine);
  folds[to].files += g.files.length;
  folds[to].results += g.results;
  for (const f of g.files) files[f] = to;
}
for (const f of Object.values(folds)) f.engines.sort();
const sortedFiles = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
const body = `${JSON.stringify({
  corpus: 'bounces-sisimai (shared half)',
  method: 'grouped by sisimai_engine; groups ordered by sha256(engine name); each group to the fold with fewer recipient results so far (ties: A). Written by scripts/bounce-folds.mjs.',
  development: 'A',
  check: 'B',
  folds,
  files: sortedFiles,
}, null, 2)}\n`;
if (process.argv.includes('--check')) {
  const now = readFileSync(out, 'utf8');
  if (now !== body) {
    console.error(`${out} differs from what scripts/bounce-folds.mjs writes`);
    process.exit(1);
  }
  console.log('fold file up to date');
} else {
  writeFileSync(out, body);
  console.log(`A: ${folds.A.engines.length} engines, ${folds.A.files} files, ${folds.A.results} results; B: ${folds.B.engines.length} engines, ${folds.B.files} files, ${folds.B.results} results`);
}
