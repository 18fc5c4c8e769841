/**
 * Bundle bench/bench.ts (and the lib/ code it measures) into .bench/bench.mjs for plain `node`.
 * Dependencies (mailparser, postal-mime) stay external and load from node_modules.
 * Usage: node scripts/build-bench.mjs   (npm run bench builds, then runs it)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  await build({
    absWorkingDir: root,
    entryPoints: ['bench/bench.ts'],
    outfile: '.bench/bench.mjs',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    bundle: true,
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
} catch {
  // esbuild has already printed the errors
  process.exitCode = 1;
}
