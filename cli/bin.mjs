#!/usr/bin/env node
// The CLI is bundled from cli/run.ts by `npm run build:cli` (scripts/build-cli.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('./dist/headerscope.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('headerscope: the CLI is not built yet: run `npm run build:cli`\n');
  process.exit(2);
}
await import('./dist/headerscope.mjs');
