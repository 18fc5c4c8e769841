/* global chrome -- callbacks below run inside the browser (extension pages / worker), where chrome exists */
// The content scripts do nothing until the user asks, in both browsers: they are injected (the script's global is
// there in the extension's isolated world) but make no network request and no DOM change, and set no observer that
// would make one. Then, as a control that the test can fail, the user asks once and both happen.
import assert from 'node:assert/strict';

/** Requests the page (or a script in it) made, not the browser's own (favicon, Chrome sign-in probe). */
const pageRequests = (srv, since) =>
  srv.requestsSince(since, (e) => !e.path.startsWith('/favicon') && !e.path.startsWith('/ListAccounts'));

/** Main-world recorder: every DOM mutation after the parser is done. */
function mutationRecorder() {
  window.__mutations = [];
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) window.__mutations.push(`${r.type} ${r.target.nodeName}`);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/**
 * Whether the content script ran in the tab: scripting.executeScript runs in the same isolated world as the
 * extension's content scripts (Chrome and Firefox alike), where the bundle's top-level `var <name>` is a global
 * (WXT's content-script output). Reading it changes nothing on the page.
 */
const contentScriptLoaded = (h, tabId, name) =>
  h.extensionEval(
    async ([id, n]) =>
      (
        await chrome.scripting.executeScript({
          target: { tabId: id },
          func: (g) => typeof globalThis[g] !== 'undefined',
          args: [n],
        })
      )[0]?.result === true,
    [tabId, name],
  );

export const quietScenarios = [
  [
    'Gmail conversation',
    'gmail',
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMwBcdKkLfRrQpTwSzNvXjPd',
    (s) => {
      s.gmailPage = 'gmail-thread.html';
    },
  ],
  [
    'Outlook reading pane',
    'outlook',
    'https://outlook.office.com/mail/inbox/id/AAMkADAwATM0MDAAMS1iNjQ4LWQwNWMtMDACLTAwCgBGAAADbCmMY3CE1E2eCyHp3%2BslAwcQ',
    (s) => {
      s.outlookPage = 'outlook-reading-pane.html';
    },
  ],
].map(([name, script, url, setup]) => ({
  name: `${name}: no request and no DOM change until the user asks`,
  async run({ h, srv }) {
    setup(srv.state);
    const page = await h.openPage(url, { initScript: mutationRecorder });
    const loadedAt = Date.now();
    await new Promise((r) => setTimeout(r, 2500));
    const tabId = await h.tabIdOf(page);
    assert.ok(await contentScriptLoaded(h, tabId, script), `the ${script} content script is injected`);
    assert.deepEqual(
      pageRequests(srv, loadedAt).map((e) => e.path),
      [],
    );
    assert.deepEqual(await page.evaluate(() => window.__mutations), []);

    // Control: the user clicks the icon; now the page is read (a request for Gmail, the guidance for Outlook).
    const asked = Date.now();
    const popup = await h.openPopupFor(page);
    await popup.waitFor('.summary, p.error', { timeout: 15000 });
    if (script === 'gmail') {
      assert.ok(
        pageRequests(srv, asked).some((e) => e.path.includes('view=att')),
        'Gmail is asked once the user asks',
      );
      await page.waitFor('[data-headerscope-button]');
      assert.ok((await page.evaluate(() => window.__mutations)).length > 0, 'the toolbar button is a DOM change');
    } else {
      assert.match(await popup.text('p.error'), /^Open the message source in Outlook\./);
    }
    await popup.close();
    await page.close();
  },
}));
