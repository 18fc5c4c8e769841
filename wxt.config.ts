import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are least-privilege (NOTES-SECURITY G9) and snapshot-tested in tests/lib/manifest.test.ts.
export default defineConfig({
  // Explicit imports everywhere: lib/ must stay free of WXT, and explicit is easier to review.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'headerscope',
    description:
      'Email header analyser: delivery path, SPF/DKIM/DMARC verdicts and bounce explanations, privately in your browser.',
    permissions: ['storage'],
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
