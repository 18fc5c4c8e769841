/**
 * lib is pure, enforced by lint at every depth of lib/: a planted impure import or global in a nested lib
 * file fails `npm run lint`, and areas may not import the assembled Report.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/import-graph';

// The project's own config; type information is switched off because the planted files are not on disk.
const eslint = new ESLint({ cwd: repoRoot, overrideConfig: tseslint.configs.disableTypeChecked });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `parse: ${m.message}`);
}

describe('purity lint over lib/ at any depth', () => {
  // Loading the config and its plugins takes seconds on a busy machine: once, outside the tests' own time limit.
  beforeAll(async () => {
    await ruleIds('lib/warm-up.ts', 'export {};\n');
  }, 120_000);

  it.each([
    ['lib/dkim/planted.ts', "import { h } from '../../components/Summary';\nexport const x = h;\n"],
    ['lib/authresults/explain/planted.ts', "import { x } from '../../../entrypoints/popup/messaging';\nexport const y = x;\n"],
    ['lib/dkim/planted.ts', "import { run } from '../../cli/run';\nexport const y = run;\n"],
    ['lib/dns/planted.ts', "import { createGlobalDoh } from '../../host/global-doh';\nexport const y = createGlobalDoh;\n"],
    ['lib/bounce/catalog/providers/planted.ts', "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n"],
    ['lib/bounce/catalog/providers/planted.ts', "import { browser } from 'wxt/browser';\nexport const y = browser;\n"],
  ])('%s: an import from outside the core fails', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['lib/dkim/planted.ts', 'export const y = (): unknown => fetch("https://example.com/");\n', 'no-restricted-globals'],
    ['lib/authresults/explain/planted.ts', 'export const y = (): unknown => chrome.runtime.id;\n', 'no-restricted-globals'],
    ['lib/received/planted.ts', 'export const y = (): number => Date.now();\n', 'no-restricted-syntax'],
  ])('%s: a browser global or the clock fails', async (file, code, rule) => {
    expect(await ruleIds(file, code)).toContain(rule);
  });

  it('keeps areas off report.ts, and lets the orchestrator read it', async () => {
    const code = "import type { Report } from '../report';\nexport type R = Report;\n";
    expect(await ruleIds('lib/received/planted.ts', code)).toContain('no-restricted-imports');
    expect(await ruleIds('lib/stages/planted.ts', code)).not.toContain('no-restricted-imports');
  });

  it('passes a pure nested module (the rules do not fire on everything)', async () => {
    const code = "import type { Finding } from '../../findings';\nexport const none: Finding[] = [];\n";
    expect(await ruleIds('lib/authresults/explain/planted.ts', code)).toEqual([]);
  });
});
