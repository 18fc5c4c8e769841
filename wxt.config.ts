import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

/**
 * HEADERSCOPE_TEST_BUILD=1 makes a separate build in .output-test/ for the live-DNS browser test only: it may
 * reach a DoH test server on http://127.0.0.1 (a host permission the real build never has). Never shipped.
 */
const TEST_BUILD = process.env.HEADERSCOPE_TEST_BUILD === '1';

// Permissions are least-privilege (security goal G9, docs/security-goals.md) and snapshot-tested in tests/browser/manifest.test.mjs.
export default defineConfig({
  outDir: TEST_BUILD ? '.output-test' : '.output',
  // Explicit imports everywhere: lib/ must stay free of WXT, and explicit is easier to review.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // The .msg reader's iconv-lite (charset tables) is replaced by the browser's TextDecoder.
    resolve: { alias: { 'iconv-lite': fileURLToPath(new URL('./entrypoints/popup/msg/iconv-lite-textdecoder.ts', import.meta.url)) } },
    define: { __HS_TEST_BUILD__: JSON.stringify(TEST_BUILD) },
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'headerscope',
    description:
      'Email header analyser: delivery path, SPF/DKIM/DMARC verdicts and bounce explanations, privately in your browser.',
    // storage: settings + memory-only session cache; activeTab + scripting: inject the capture script on the
    // user's click into a webmail tab that has none (opened before install/update, or site access revoked).
    permissions: ['storage', 'activeTab', 'scripting'],
    // The webmail origins only (the content scripts read the open message there; README "One click").
    // outlook.cloud.microsoft: Microsoft 365's Outlook on the web moved there (lib/webmail/sites.ts).
    host_permissions: [
      'https://mail.google.com/*',
      'https://outlook.office.com/*',
      'https://outlook.cloud.microsoft/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
      ...(TEST_BUILD ? ['http://127.0.0.1/*'] : []),
    ],
    // DoH resolvers: asked for at run time, only for the one the user picks in the options (live checks are off by default).
    optional_host_permissions: ['https://cloudflare-dns.com/*', 'https://dns.google/*', 'https://dns.quad9.net/*', 'https://*/*'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'headerscope@headerscope.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
