// Bundle the CLI (cli/run.ts + lib/) and its worker thread (cli/analyse-worker.ts) into Node ESM files under cli/dist/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

await build({
  absWorkingDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
  entryPoints: { headerscope: 'cli/run.ts', 'analyse-worker': 'cli/analyse-worker.ts' },
  outdir: 'cli/dist',
  outExtension: { '.js': '.mjs' },
  // The main thread loads the analysis core only for a single message (an mbox is analysed in worker threads).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
