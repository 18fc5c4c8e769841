import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

/** lib/ is the pure analysis core: no browser, network, clock or WXT (GUIDE rule 1). */
const PURE_CORE = {
  'no-restricted-globals': [
    'error',
    ...['chrome', 'browser', 'fetch', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'XMLHttpRequest', 'WebSocket', 'setTimeout', 'setInterval', 'process', 'require'].map(
      (name) => ({ name, message: 'lib/ is pure: pass effects in through Deps.' }),
    ),
  ],
  'no-restricted-imports': [
    'error',
    {
      paths: ['fs', 'path', 'os', 'child_process', 'http', 'https', 'dns', 'net', 'crypto', 'buffer'].map((name) => ({ name, message: 'lib/ must run in a browser: no Node built-ins.' })),
      patterns: [
        { group: ['wxt', 'wxt/*', '#imports', 'preact', 'preact/*', 'webextension-polyfill'], message: 'lib/ must not depend on the browser or UI.' },
        { group: ['node:*'], message: 'lib/ must run in a browser: no Node built-ins.' },
        { group: ['../components/*', '../entrypoints/*', '../cli/*'], message: 'lib/ is the core: nothing outside it.' },
      ],
    },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Use deps.now().' },
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use deps.now().' },
    { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'lib/ is deterministic.' },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.bench/**', 'cli/dist/**', 'tests/browser/artifacts/**'] },
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
  { files: ['lib/**/*.ts'], rules: PURE_CORE },
  { files: ['components/**/*.tsx', 'components/**/*.ts'], rules: { 'no-restricted-globals': ['error', 'chrome', 'browser', 'fetch'] } },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
