// Bundle the CLI (cli/run.ts + lib/) into one Node ESM file.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

await build({
  absWorkingDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
  entryPoints: ['cli/run.ts'],
  outfile: 'cli/dist/headerscope.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
