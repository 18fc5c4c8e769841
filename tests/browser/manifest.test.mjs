// Least privilege (security goals G8 and G9, docs/security-goals.md): the built manifests ask for exactly these permissions and CSP.
// A change here needs a written justification in the commit and in ARCHITECTURE.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const path = `.output/${target}/manifest.json`;
  test(`${target} manifest permissions and CSP`, { skip: !existsSync(path) && `${path} not built` }, () => {
    const m = JSON.parse(readFileSync(path, 'utf8'));
    assert.equal(m.manifest_version, 3);
    // storage: the options (local) and the memory-only report cache (session).
    // activeTab + scripting: on the user's click, inject the capture script into a webmail tab that has none
    // (opened before install/update, or site access revoked in Firefox). No tabs, webRequest, <all_urls>.
    assert.deepEqual(m.permissions, ['storage', 'activeTab', 'scripting']);
    // The webmail origins only: the content scripts read the open message there (README "One click in Gmail
    // and Outlook"); outlook.cloud.microsoft is where Microsoft 365's Outlook on the web now lives.
    // mail-attachment.googleusercontent.com is not needed: the download stays in the content script, and when the
    // browser blocks it (CORS) the Show-original page is read instead (ARCHITECTURE.md, "Choices and why").
    assert.deepEqual(m.host_permissions, [
      'https://mail.google.com/*',
      'https://outlook.office.com/*',
      'https://outlook.cloud.microsoft/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
    ]);
    // DoH resolvers (live DNS checks): requested at run time only, for the resolver the user picks.
    assert.deepEqual(m.optional_host_permissions, ['https://cloudflare-dns.com/*', 'https://dns.google/*', 'https://dns.quad9.net/*', 'https://*/*']);
    // Two content scripts, idle until asked (tests/browser/webmail-quiet.test.mjs), on exactly those origins.
    assert.deepEqual(
      m.content_scripts.map((c) => [c.js, [...c.matches].sort(), c.run_at, c.world ?? 'ISOLATED', c.all_frames ?? false]),
      [
        [['content-scripts/gmail.js'], ['https://mail.google.com/*'], 'document_idle', 'ISOLATED', false],
        [['content-scripts/outlook.js'], ['https://outlook.cloud.microsoft/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'], 'document_idle', 'ISOLATED', false],
      ],
    );
    assert.equal(m.web_accessible_resources, undefined);
    assert.equal(m.content_security_policy.extension_pages, "script-src 'self'; object-src 'self'");
    assert.equal(m.action.default_popup, 'popup.html');
    if (target === 'firefox-mv3') assert.equal(m.browser_specific_settings.gecko.id, 'headerscope@headerscope.dev');
    else assert.equal(m.browser_specific_settings, undefined);
  });
}
