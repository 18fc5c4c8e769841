// The content scripts do nothing until the user asks: they are injected (their isolated world
// exists) but make no network request and no DOM change, and set no observer that would make one. Then, as
// a control that the test can fail, the user asks once and both happen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWebmailServer } from '../helpers/webmail-server.mjs';
import { launchWebmailBrowser } from '../helpers/webmail-browser.mjs';

let srv;
let b;
before(async () => {
  srv = await startWebmailServer();
  b = await launchWebmailBrowser(srv.port);
});
after(async () => {
  await b?.close();
  await srv?.close();
});

/** Requests the page (or a script in it) made, not the browser's own (favicon, Chrome sign-in probe). */
const pageRequests = (since) =>
  srv.requestsSince(since, (e) => !e.path.startsWith('/favicon') && !e.path.startsWith('/ListAccounts'));

async function quietPage(url) {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated') worlds.push(context.name);
  });
  await cdp.send('Runtime.enable');
  // Main-world recorder: every DOM mutation after the parser is done.
  await page.addInitScript(() => {
    window.__mutations = [];
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const r of records) window.__mutations.push(`${r.type} ${r.target.nodeName}`);
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  const loadedAt = Date.now();
  await page.waitForTimeout(2500);
  return { page, worlds, loadedAt };
}

for (const [name, url, setup] of [
  ['Gmail conversation', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMwBcdKkLfRrQpTwSzNvXjPd', (s) => { s.gmailPage = 'gmail-thread.html'; }],
  ['Outlook reading pane', 'https://outlook.office.com/mail/inbox/id/AAMkADAwATM0MDAAMS1iNjQ4LWQwNWMtMDACLTAwCgBGAAADbCmMY3CE1E2eCyHp3%2BslAwcQ', (s) => { s.outlookPage = 'outlook-reading-pane.html'; }],
]) {
  test(`${name}: no request and no DOM change until the user asks`, async () => {
    setup(srv.state);
    const { page, worlds, loadedAt } = await quietPage(url);
    assert.ok(worlds.includes('headerscope'), `the content script is injected (isolated worlds: ${worlds.join(', ') || 'none'})`);
    assert.deepEqual(pageRequests(loadedAt).map((e) => e.path), []);
    assert.deepEqual(await page.evaluate(() => window.__mutations), []);

    // Control: the user clicks the icon; now the page is read (a request for Gmail, the guidance for Outlook).
    const asked = Date.now();
    const popup = await b.openPopupFor(page);
    await popup.waitForSelector('.summary, p.error', { timeout: 15000 });
    if (name.startsWith('Gmail')) {
      assert.ok(pageRequests(asked).some((e) => e.path.includes('view=att')), 'Gmail is asked once the user asks');
      await page.locator('[data-headerscope-button]').waitFor();
      assert.ok((await page.evaluate(() => window.__mutations)).length > 0, 'the toolbar button is a DOM change');
    } else {
      assert.match(await popup.textContent('p.error'), /^Open the message source in Outlook\./);
    }
    await popup.close();
    await page.close();
  });
}
