/**
 * Bundle bench/bench.ts (and the lib/ code it measures) into .bench/bench.mjs for plain `node`, the mailparser
 * yardstick of the CLI bench into .bench/mailparser-mbox.mjs, and the CLI itself (the bench runs cli/bin.mjs).
 * Dependencies (mailparser, postal-mime, mailauth) stay external and load from node_modules.
 * Usage: node scripts/build-bench.mjs   (npm run bench builds, then runs it)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const common = { absWorkingDir: root, platform: 'node', format: 'esm', target: 'node20', bundle: true, packages: 'external', logLevel: 'warning' };

try {
  await build({ ...common, entryPoints: ['bench/bench.ts'], outfile: '.bench/bench.mjs', sourcemap: 'linked' });
  await build({ ...common, entryPoints: ['bench/mailparser-mbox.ts'], outfile: '.bench/mailparser-mbox.mjs' });
  await import('./build-cli.mjs');
} catch {
  // esbuild has already printed the errors
  process.exitCode = 1;
}
