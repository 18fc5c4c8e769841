/**
 * Write public/bounce-phrases.json from the bounce phrase tables (lib/bounce/phrases/*-phrases.ts, where each rule
 * cites its source): the extension's worker reads that file from its package on first use instead of bundling the
 * tables (lib/bounce/phrases/phrase-rules.ts). Run it after changing a phrase table; a unit test
 * (tests/lib/bounce/phrase-rules.test.ts) fails while the file and the tables differ.
 * Usage: node scripts/build-bounce-phrases.mjs
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The tables bundled with a two-line program that prints them; run by node from standard input.
const out = await build({
  absWorkingDir: root,
  stdin: {
    contents:
      "import { BUNDLED_PHRASE_RULES } from './lib/bounce/phrases/bundled-phrases';\n" +
      'process.stdout.write(JSON.stringify(BUNDLED_PHRASE_RULES.map((r) => ({ reason: r.reason, strength: r.strength, phrases: r.phrases }))));\n',
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const rules = JSON.parse(execFileSync(process.execPath, ['--input-type=module'], { input: out.outputFiles[0]?.text ?? '' }).toString('utf8'));
const json = `${JSON.stringify({ rules })}\n`;
writeFileSync(path.join(root, 'public', 'bounce-phrases.json'), json);
console.log(`public/bounce-phrases.json: ${String(rules.length)} rules, ${String(Buffer.byteLength(json))} bytes`);
