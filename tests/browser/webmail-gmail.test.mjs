/* global chrome -- callbacks below run inside the browser (extension pages / worker), where chrome exists */
// One click in Gmail: a fake Gmail served at https://mail.google.com from 127.0.0.1, the real extension build,
// the popup opened for the Gmail tab (popup.html?tab=<id>: headless Chromium cannot click the toolbar icon).
// Fixtures: tests/fixtures/dom/gmail-*.html. The page variants and fetch paths are data in webmail-scenarios.mjs
// (shared with other browsers' harnesses); the flows that need clicks or timing are written out below.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { startWebmailServer, bigSource, IK, PHISH_HEX } from '../helpers/webmail-server.mjs';
import { launchWebmailBrowser } from '../helpers/webmail-browser.mjs';
import { arrange, runScenario } from '../helpers/webmail-scenario.mjs';
import { GMAIL_SCENARIOS, GMAIL_FAILURES, THREAD, PHISH_SUBJECT as SUBJECT } from './webmail-scenarios.mjs';

const ARTIFACTS = 'tests/browser/artifacts';
let srv;
let b;

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  srv = await startWebmailServer();
  b = await launchWebmailBrowser(srv.port);
});
after(async () => {
  await b?.close();
  await srv?.close();
});
beforeEach(() => {
  arrange(srv, {});
});

for (const scenario of GMAIL_SCENARIOS) {
  test(scenario.name, () => runScenario(b, srv, scenario));
}
for (const failure of GMAIL_FAILURES) {
  test(`failure: ${failure.name}`, () => runScenario(b, srv, failure));
}

async function gmailTab(url = THREAD) {
  const page = await b.context.newPage();
  await page.goto(url);
  return page;
}

/** Open the popup for a tab and wait until it shows a report or an error. */
async function popupResult(tab) {
  const popup = await b.openPopupFor(tab);
  await popup.waitForSelector('.summary, p.error, .capture-note', { timeout: 15000 });
  return popup;
}

const gmailHits = (since, re) => srv.requestsSince(since, (e) => e.host === 'mail.google.com' && re.test(e.path));

test('popup on an open Gmail message analyses it from the byte-exact download, then from the session cache', async () => {
  const tab = await gmailTab();
  const t0 = Date.now();
  const popup = await popupResult(tab);
  assert.equal(await popup.textContent('.summary .subject'), SUBJECT);
  assert.match(await popup.textContent('[data-testid=capture-source]'), /Gmail, original download \(byte-exact\)/);
  // One request to Gmail for the click: the download URL with the legacy id, the account from the URL and a cache-buster.
  const hits = gmailHits(t0, /view=/);
  assert.equal(hits.length, 1);
  assert.match(hits[0].path, new RegExp(`^/mail/u/0/\\?view=att&th=${PHISH_HEX}&attid=0&disp=comp&safe=1&zw&cacheCounter=\\d+$`));
  assert.equal(srv.requestsSince(t0, (e) => e.host === 'mail-attachment.googleusercontent.com').length, 1);
  await popup.screenshot({ path: `${ARTIFACTS}/one-click-gmail.png` });
  await popup.close();

  // Re-opening is instant and costs Gmail nothing.
  const t1 = Date.now();
  const again = await popupResult(tab);
  assert.equal(await again.textContent('.summary .subject'), SUBJECT);
  assert.match(await again.textContent('[data-testid=capture-source]'), /from this session’s cache/);
  assert.equal(gmailHits(t1, /view=/).length, 0);
  await again.close();
  await tab.close();
});

test('the "Analyse headers" button appears after first use, opens the report, and follows navigation', async () => {
  const tab = await gmailTab();
  assert.equal(await tab.locator('[data-headerscope-button]').count(), 0, 'no button before the user used headerscope');
  const popup = await popupResult(tab);
  await popup.close();
  const button = tab.locator('div[gh="mtb"] [data-headerscope-button]');
  await button.waitFor();
  assert.equal(await button.textContent(), 'Analyse headers');
  await tab.locator('div[role="main"]').screenshot({ path: `${ARTIFACTS}/one-click-gmail-button.png` });
  const [report] = await Promise.all([b.context.waitForEvent('page'), button.click()]);
  await report.waitForSelector('.summary');
  assert.match(report.url(), /popup\.html\?view=full&report=/);
  assert.equal(await report.textContent('.summary .subject'), SUBJECT);
  await report.close();
  // Leaving the conversation (Gmail swaps the view and changes the hash): the button goes away.
  await tab.evaluate(() => {
    document.querySelector('div[role="main"] .nH.if')?.remove();
    location.hash = '#inbox';
  });
  await tab.locator('[data-headerscope-button]').waitFor({ state: 'detached', timeout: 4000 });
  await tab.close();
});

test('several views and toolbars: the button goes into the toolbar of the conversation on screen', async () => {
  srv.state.gmailPage = 'gmail-thread-hidden-views.html';
  srv.state.vars = { ...srv.state.vars, HEX: '19c0000000000101', SUBJECT: 'Button placement' };
  const tab = await gmailTab();
  assert.equal(await tab.locator('[gh="mtb"]').count(), 3);
  const popup = await popupResult(tab);
  assert.equal(await popup.textContent('.summary .subject'), 'Message 19c0000000000101');
  await popup.close();
  const button = tab.locator('[data-headerscope-button]');
  await button.waitFor();
  assert.equal(await button.count(), 1);
  assert.equal(await button.evaluate((el) => el.closest('[role="main"]')?.getAttribute('data-view')), 'thread');
  assert.ok(await button.isVisible());
  await tab.close();
});

test('multi-account session: /mail/u/1/ is used for the request', async () => {
  const tab = await gmailTab('https://mail.google.com/mail/u/1/#inbox/FMfcgzQZTMwBcdKkLfRrQpTwSzNvXjPd');
  const t0 = Date.now();
  const popup = await popupResult(tab);
  assert.equal(await popup.textContent('.summary .subject'), SUBJECT);
  const hits = gmailHits(t0, /view=att/);
  assert.equal(hits.length, 1);
  assert.match(hits[0].path, /^\/mail\/u\/1\/\?view=att/);
  await popup.close();
  await tab.close();
});

test('messages in Spam and Trash are read the same way (ids come from the DOM, never the URL hash)', async () => {
  for (const [folder, hex] of [['spam', '19b1000000000001'], ['trash', '19b1000000000002']]) {
    srv.state.vars = { HEX: hex, SUBJECT: `Message ${hex}` };
    const tab = await gmailTab(`https://mail.google.com/mail/u/0/#${folder}/FMfcgzQZTMwBcdKkLfRrQpTwSzNvXjPd`);
    const popup = await popupResult(tab);
    assert.equal(await popup.textContent('.summary .subject'), `Message ${hex}`, folder);
    await popup.close();
    await tab.close();
  }
});

test('a conversation of 20 messages: the last expanded one by default, the other expanded one on request', async () => {
  srv.state.gmailPage = 'gmail-thread-20.html';
  const tab = await gmailTab();
  const popup = await popupResult(tab);
  assert.equal(await popup.textContent('.summary .subject'), 'Message 19a0000000000014');
  const pick = popup.locator('[data-testid=capture-pick]');
  assert.deepEqual(await pick.locator('option').allTextContents(), ['Alex Chen <alex@example.com> — Oct 19, 2025, 9:28 AM', 'Dana Wright <dana.wright@example.org> — Oct 20, 2025, 9:29 AM']);
  await pick.selectOption({ index: 0 });
  await popup.waitForFunction(() => document.querySelector('.summary .subject')?.textContent === 'Message 19a0000000000013');
  await popup.close();
  await tab.close();
});

test('on the "Show original" page itself the source is read from the page, with no request', async () => {
  const hex = '19b5000000000001';
  const tab = await gmailTab(`https://mail.google.com/mail/u/0/?ik=${IK}&view=om&permmsgid=msg-f:${BigInt(`0x${hex}`).toString()}`);
  const t0 = Date.now();
  const popup = await popupResult(tab);
  assert.equal(await popup.textContent('.summary .subject'), `Message ${hex}`);
  assert.match(await popup.textContent('[data-testid=capture-source]'), /this "Show original" page/);
  assert.equal(gmailHits(t0, /view=/).length, 0);
  await popup.close();
  await tab.close();
});

test('a 12 MB message crosses to the worker in chunks, with progress', async () => {
  const hex = '19b3000000000001';
  srv.state.sources.set(hex, bigSource(12));
  srv.state.vars = { HEX: hex, SUBJECT: 'Quarterly report (large)' };
  srv.state.slowMs = 40;
  const tab = await gmailTab();
  const popup = await b.context.newPage();
  await popup.addInitScript(() => {
    window.__statuses = [];
    new MutationObserver(() => {
      const s = document.querySelector('.progress')?.textContent;
      if (s && window.__statuses.at(-1) !== s) window.__statuses.push(s);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${String(await b.tabIdOf(tab))}`);
  await popup.waitForSelector('.summary', { timeout: 30000 });
  assert.equal(await popup.textContent('.summary .subject'), 'Quarterly report (large)');
  const statuses = await popup.evaluate(() => window.__statuses);
  assert.ok(statuses.some((s) => /^Fetching the source… \d+\.\d of 12\.\d MB$/.test(s)), statuses.join(' | '));
  const pct = statuses.map((s) => /analyser… (\d+)%/.exec(s)?.[1]).filter(Boolean).map(Number);
  assert.ok(pct.some((p) => p > 0 && p < 100), `chunked upload progress: ${pct.join(',')}`);
  await popup.close();
  await tab.close();
});

test('failure: not signed in (the session is gone): the sign-in, not the download, is reported', async () => {
  srv.state.vars = { ...srv.state.vars, HEX: '19b4000000000001', SUBJECT: 'Signed out' };
  const tab = await b.context.newPage();
  await tab.goto(THREAD);
  await tab.context().clearCookies();
  const popup = await b.openPopupFor(tab);
  await popup.waitForSelector('p.error', { timeout: 15000 });
  assert.match(await popup.textContent('p.error'), /^Gmail wants you to sign in again\..*Show original.*paste the headers/);
  await popup.close();
  await tab.close();
});

test('not a webmail page: the popup stays on the paste box and says why', async () => {
  // Any other tab: its URL is not even visible to the extension (no host permission), like a tab that does not exist.
  const popup = await popupResult(null);
  assert.match(await popup.textContent('.capture-note'), /not Gmail or Outlook on the web.*paste/);
  assert.ok(await popup.isVisible('#raw'));
  assert.equal(await popup.locator('p.error').count(), 0);
  await popup.close();
});

test('site access revoked (Firefox lets users do this): a "grant access" button', async () => {
  const tab = await gmailTab();
  const popup = await b.context.newPage();
  // Stand-in for Firefox's revocable host permissions: the popup sees permissions.contains() === false.
  await popup.addInitScript(() => {
    window.__requested = [];
    let granted = false;
    chrome.permissions.contains = async () => granted;
    chrome.permissions.request = async (p) => {
      window.__requested.push(p);
      granted = true;
      return true;
    };
  });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${String(await b.tabIdOf(tab))}`);
  const grant = popup.locator('[data-testid=grant-access]');
  await grant.waitFor();
  assert.equal(await grant.textContent(), 'Grant access to mail.google.com');
  await grant.click();
  await grant.waitFor({ state: 'detached' });
  assert.deepEqual(await popup.evaluate(() => window.__requested), [{ origins: ['https://mail.google.com/*'] }]);
  await popup.waitForSelector('.summary');
  await popup.close();
  await tab.close();
});
