/* global chrome -- callbacks below run inside the browser (extension pages / worker), where chrome exists */
// Site access taken back for a webmail site: the popup offers "Grant access to …", and after the user grants it the
// capture works. Firefox lets the user switch host access off per site, and the extension can do the same with
// permissions.remove, so the Firefox run is the real thing: access removed before the Gmail tab loads (no content
// script there), the popup opened as a toolbar click would (activeTab), the grant answered by Firefox's automation
// preference. Chromium cannot take back a required host permission, so there the popup gets a stand-in
// permissions API that says "not granted" until asked.
// Run this last in its group: a permission taken back cannot be given back without a click.
import assert from 'node:assert/strict';
import { join } from 'node:path';

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMwBcdKkLfRrQpTwSzNvXjPd';
const PATTERN = 'https://mail.google.com/*';

function permissionStandIn() {
  window.__requested = [];
  let granted = false;
  chrome.permissions.contains = async () => granted;
  chrome.permissions.request = async (p) => {
    window.__requested.push(p);
    granted = true;
    return true;
  };
}

const contains = (h) => h.extensionEval((o) => chrome.permissions.contains({ origins: [o] }), PATTERN);

export const siteAccessScenarios = [
  {
    name: 'site access taken back: the popup offers "Grant access", and capture works after granting',
    async run({ h, srv }) {
      if (h.canRevokeSiteAccess) {
        await h.extensionEval((o) => chrome.permissions.remove({ origins: [o] }), PATTERN);
        assert.equal(await contains(h), false);
      }
      // A message no earlier scenario read, so the session cache cannot answer.
      srv.state.vars = { HEX: '19b6000000000001', SUBJECT: 'Site access' };
      const tab = await h.openPage(THREAD);
      const popup = await h.openPopupFor(tab, { earlyScript: h.canRevokeSiteAccess ? null : permissionStandIn });
      const grant = '[data-testid=grant-access]';
      await popup.waitFor(grant);
      assert.equal(await popup.text(grant), 'Grant access to mail.google.com');
      await popup.click(grant);
      await popup.waitFor(grant, { state: 'detached' });
      await popup.waitFor('.summary', { timeout: 15000 });
      assert.equal(await popup.text('.summary .subject'), 'Message 19b6000000000001');
      await popup.screenshot(join(h.artifacts, 'grant-access-granted.png'));
      const requested = h.canRevokeSiteAccess ? null : await popup.evaluate(() => window.__requested);
      await popup.close();
      await tab.close();
      if (!h.canRevokeSiteAccess) {
        assert.deepEqual(requested, [{ origins: [PATTERN] }]);
        return;
      }
      // The grant is the real, lasting permission: a Gmail tab loaded now gets the content script on its own, and
      // the popup reads it with no toolbar click (no activeTab) helping.
      assert.equal(await contains(h), true);
      srv.state.vars = { HEX: '19b6000000000002', SUBJECT: 'After the grant' };
      const later = await h.openPage(THREAD);
      const again = await h.openPopupFor(later, { activeTab: false });
      await again.waitFor('.summary, p.error, .capture-note', { timeout: 15000 });
      assert.equal(await again.text('.summary .subject'), 'Message 19b6000000000002');
      assert.match(await again.text('[data-testid=capture-source]'), /Gmail, original download \(byte-exact\)/);
      await again.close();
      await later.close();
    },
  },
];
