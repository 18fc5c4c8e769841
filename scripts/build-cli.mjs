// Bundle the CLI (cli/run.ts + lib/) into one Node ESM file.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/run.ts'],
  outfile: 'cli/dist/headerscope.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
