import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

/** lib/ is the pure analysis core: no browser, network, clock or WXT (GUIDE rule 1), at every depth of lib/. */
const IMPURE_GLOBALS = ['chrome', 'browser', 'fetch', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'XMLHttpRequest', 'WebSocket', 'setTimeout', 'setInterval', 'process', 'require'];
const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'dns', 'net', 'crypto', 'buffer'];
const PURE_IMPORT_PATTERNS = [
  { group: ['wxt', 'wxt/*', '#imports', 'preact', 'preact/*', 'webextension-polyfill'], message: 'lib/ must not depend on the browser or UI.' },
  { group: ['node:*'], message: 'lib/ must run in a browser: no Node built-ins.' },
  // Relative paths of any depth that leave lib/ for the layers above it.
  { group: ['**/components', '**/components/**', '**/entrypoints', '**/entrypoints/**', '**/cli', '**/cli/**', '**/host', '**/host/**', '**/tests/**'], message: 'lib/ is the core: nothing outside it.' },
];
/** Areas own their section types; only the orchestrator (analyze, stages, messages) reads the assembled Report. */
const REPORT_PATTERN = { group: ['**/report', '**/report.ts', './report'], message: 'Import the section type from its area (Finding from lib/findings); report.ts only assembles them.' };

function pureCore(extraPatterns) {
  return {
    'no-restricted-globals': ['error', ...IMPURE_GLOBALS.map((name) => ({ name, message: 'lib/ is pure: pass effects in through Deps.' }))],
    'no-restricted-imports': [
      'error',
      {
        paths: NODE_BUILTINS.map((name) => ({ name, message: 'lib/ must run in a browser: no Node built-ins.' })),
        patterns: [...PURE_IMPORT_PATTERNS, ...extraPatterns],
      },
    ],
    'no-restricted-syntax': [
      'error',
      { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Use deps.now().' },
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use deps.now().' },
      { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'lib/ is deterministic.' },
    ],
  };
}

/** The orchestrator, which may read the assembled Report, and the exports, which render and redact a finished one. */
const ORCHESTRATOR = ['lib/analyze.ts', 'lib/stages/**/*.ts', 'lib/messages.ts', 'lib/analyze-port.ts', 'lib/handle-message.ts', 'lib/report.ts', 'lib/export/**/*.ts'];

export default tseslint.config(
  { ignores: ['.output/**', '.output-test/**', '.wxt/**', 'node_modules/**', '.bench/**', 'cli/dist/**', 'tests/browser/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  regexp.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs', 'cli/*.mjs', 'tests/browser/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'no-unsanitized': nounsanitized },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  { files: ['lib/**/*.ts'], ignores: ORCHESTRATOR, rules: pureCore([REPORT_PATTERN]) },
  { files: ORCHESTRATOR, rules: pureCore([]) },
  { files: ['components/**/*.tsx', 'components/**/*.ts'], rules: { 'no-restricted-globals': ['error', 'chrome', 'browser', 'fetch'] } },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
