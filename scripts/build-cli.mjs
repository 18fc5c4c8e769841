// Bundle the CLI (cli/run.ts + lib/) and its worker thread (cli/analyse-worker.ts) into Node ESM files under cli/dist/.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const result = await build({
  absWorkingDir: root,
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
  metafile: true,
});

// Chunks of earlier builds (other hashes) are removed after the build, not before it: test files build the CLI
// in parallel and run it, and a chunk this build wrote is never missing for a moment.
const written = new Set(Object.keys(result.metafile.outputs).map((f) => path.resolve(root, f)));
const chunks = path.join(root, 'cli', 'dist', 'chunks');
for (const name of readdirSync(chunks)) {
  const file = path.join(chunks, name);
  if (!written.has(file)) rmSync(file, { force: true });
}
