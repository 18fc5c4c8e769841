// Least privilege (NOTES-SECURITY G8, G9): the built manifests ask for exactly these permissions and CSP.
// A change here needs a written justification in the commit and in ARCHITECTURE.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const path = `.output/${target}/manifest.json`;
  test(`${target} manifest permissions and CSP`, { skip: !existsSync(path) && `${path} not built` }, () => {
    const m = JSON.parse(readFileSync(path, 'utf8'));
    assert.equal(m.manifest_version, 3);
    assert.deepEqual(m.permissions, ['storage']);
    assert.equal(m.host_permissions, undefined);
    assert.equal(m.optional_host_permissions, undefined);
    assert.equal(m.content_scripts, undefined);
    assert.equal(m.content_security_policy.extension_pages, "script-src 'self'; object-src 'self'");
    assert.equal(m.action.default_popup, 'popup.html');
    if (target === 'firefox-mv3') assert.equal(m.browser_specific_settings.gecko.id, 'headerscope@headerscope.dev');
    else assert.equal(m.browser_specific_settings, undefined);
  });
}
