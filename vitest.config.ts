import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

process.env.TZ = 'UTC';

export default defineConfig({
  plugins: [preact()],
  // Shipped builds define it false (wxt.config.ts); so do the unit tests.
  define: { __HS_TEST_BUILD__: 'false' },
  // As in the extension build (wxt.config.ts): the .msg reader decodes with TextDecoder, not iconv-lite.
  resolve: {
    alias: { 'iconv-lite': fileURLToPath(new URL('./entrypoints/popup/msg/iconv-lite-textdecoder.ts', import.meta.url)) },
  },
  test: {
    // The CLI's data wiring: the compiled Public Suffix List (lib/psl/rules.ts).
    setupFiles: ['tests/helpers/install-psl.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'lib', environment: 'node', include: ['tests/lib/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/conformance/**/*.test.ts', 'tests/entrypoints/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'components', environment: 'happy-dom', include: ['tests/components/**/*.test.tsx'] },
      },
    ],
  },
});
