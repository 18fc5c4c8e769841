// Bundle the CLI (cli/run.ts + lib/) and its worker thread (cli/analyse-worker.ts) into Node ESM files under cli/dist/.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
  write: false,
});

// Each file is written beside its place and renamed into it (rename(2) replaces atomically): test files build the
// CLI in parallel and run it, and a CLI starting meanwhile reads every file whole, the old or the new one.
for (const out of result.outputFiles) {
  mkdirSync(path.dirname(out.path), { recursive: true });
  const temp = `${out.path}.${String(process.pid)}.tmp`;
  writeFileSync(temp, out.contents);
  renameSync(temp, out.path);
}

// Chunks of earlier builds (other hashes) are removed after the build, not before it, so a chunk this build wrote
// is never missing for a moment; a parallel build's temporary files (".tmp") are left to it.
const written = new Set(result.outputFiles.map((f) => f.path));
const chunks = path.join(root, 'cli', 'dist', 'chunks');
for (const name of readdirSync(chunks)) {
  const file = path.join(chunks, name);
  if (!written.has(file) && !name.endsWith('.tmp')) rmSync(file, { force: true });
}
