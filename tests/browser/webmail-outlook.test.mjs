/* global chrome -- callbacks below run inside the browser (extension pages / worker), where chrome exists */
// One click in Outlook on the web (issue 8): fake Outlook at its three real origins from 127.0.0.1.
// Default: assisted capture from the "View message source" dialog. Opt-in: the app's own GetItem service.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startWebmailServer, CANARY, PHISH_SOURCE } from '../helpers/webmail-server.mjs';
import { launchWebmailBrowser } from '../helpers/webmail-browser.mjs';

const SUBJECT = 'Your account has been limited – action required';
const ITEM = 'AAMkADAwATM0MDAAMS1iNjQ4LWQwNWMtMDACLTAwCgBGAAADbCmMY3CE1E2eCyHp3%2BslAwcA';
/** Reports are cached per item id for the session: each test opens its own message. */
let serial = 0;
const item = () => `${ITEM.slice(0, -2)}${String.fromCharCode(66 + (serial++ % 26))}A`;
const CONV = 'AAQkADAwATM0MDAAMS1iNjQ4LWQwNWMtMDACLTAwChAAd9L5OTo2xEydvmQ8CRu2Gg%3D%3D';
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
beforeEach(async () => {
  Object.assign(srv.state, { outlookPage: 'outlook-reading-pane.html', outlookService: 'ok', outlookSource: PHISH_SOURCE });
  await b.worker.evaluate(() => chrome.storage.local.set({ 'hs.outlookService': false }));
});

async function outlookTab(url) {
  const page = await b.context.newPage();
  await page.goto(url);
  return page;
}

async function popupResult(tab) {
  const popup = await b.openPopupFor(tab);
  await popup.waitForSelector('.summary, p.error', { timeout: 15000 });
  return popup;
}

/** A message unique to one test, so the session cache of an earlier test does not answer. */
function uniqueSource(tag) {
  return Buffer.from(PHISH_SOURCE.toString('utf8').replace(/^Subject: .*$/m, `Subject: ${tag}`));
}

test('with "View message source" open, the popup analyses the dialog text', async () => {
  srv.state.outlookPage = 'outlook-source-dialog.html';
  const tab = await outlookTab(`https://outlook.office.com/mail/inbox/id/${item()}`);
  const popup = await popupResult(tab);
  try {
    assert.equal(await popup.textContent('.summary .subject'), SUBJECT);
    assert.match(await popup.textContent('[data-testid=capture-source]'), /Outlook, "View message source"/);
    // The opt-in is shown, explained, and off.
    assert.equal(await popup.isChecked('[data-testid=outlook-service]'), false);
    assert.match(await popup.textContent('.capture-optin'), /Outlook's own web service.*Nothing is stored or sent anywhere else/);
  } finally {
    await popup.close();
    await tab.close();
  }
});

test('without the dialog: the popup guides the user there, then the dialog offers the analysis', async () => {
  srv.state.outlookSource = uniqueSource('Assisted capture');
  const tab = await outlookTab(`https://outlook.office365.com/mail/inbox/id/${item()}`);
  const t0 = Date.now();
  const popup = await popupResult(tab);
  const error = await popup.textContent('p.error');
  assert.match(error, /^Open the message source in Outlook\./);
  assert.match(error, /View message source.*paste the headers/);
  assert.ok(await popup.isVisible('#raw'));
  await popup.close();
  // No request to Outlook's service without the opt-in.
  assert.equal(srv.requestsSince(t0, (e) => e.path.includes('service.svc')).length, 0);
  // The user follows the guidance; the dialog gets an "Analyse with headerscope" button.
  await tab.click('#moreActions');
  await tab.click('#viewSource');
  const offer = tab.locator('[role=dialog] [data-headerscope-offer]');
  await offer.waitFor({ timeout: 5000 });
  const [report] = await Promise.all([b.context.waitForEvent('page'), offer.click()]);
  await report.waitForSelector('.summary');
  assert.equal(await report.textContent('.summary .subject'), 'Assisted capture');
  await report.close();
  await tab.close();
});

test('opt-in: the app service (GetItem with the app canary) fetches the source; no token is kept', async () => {
  srv.state.outlookSource = uniqueSource('Fetched by GetItem');
  const tab = await outlookTab(`https://outlook.office.com/mail/inbox/id/${item()}`);
  const popup = await popupResult(tab);
  try {
    assert.match(await popup.textContent('p.error'), /^Open the message source in Outlook\./);
    const t0 = Date.now();
    await popup.check('[data-testid=outlook-service]');
    await popup.waitForSelector('.summary');
    assert.equal(await popup.textContent('.summary .subject'), 'Fetched by GetItem');
    assert.match(await popup.textContent('[data-testid=capture-source]'), /Outlook, the app's own service/);
    const calls = srv.requestsSince(t0, (e) => e.path.includes('service.svc'));
    assert.equal(calls.length, 1);
    assert.equal(calls[0].path, '/owa/service.svc?action=GetItem&app=Mail');
    assert.equal(calls[0].headers['x-owa-canary'], CANARY);
    assert.equal(calls[0].headers.authorization, undefined, 'no bearer token is sent');
    const stored = await b.worker.evaluate(async () => JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null)]));
    assert.ok(!stored.includes(CANARY), 'the canary is stored nowhere');
  } finally {
    await popup.close();
    await tab.close();
  }
});

test('opt-in on outlook.live.com with a mailbox index: /owa/0/service.svc', async () => {
  await b.worker.evaluate(() => chrome.storage.local.set({ 'hs.outlookService': true }));
  srv.state.outlookSource = uniqueSource('Live mailbox 0');
  const tab = await outlookTab(`https://outlook.live.com/mail/0/inbox/id/${item()}`);
  const t0 = Date.now();
  const popup = await popupResult(tab);
  try {
    assert.equal(await popup.textContent('.summary .subject'), 'Live mailbox 0');
    assert.equal(srv.requestsSince(t0, (e) => e.path.includes('service.svc'))[0]?.path, '/owa/0/service.svc?action=GetItem&app=Mail');
  } finally {
    await popup.close();
    await tab.close();
  }
});

const failures = [
  ['a conversation id in the address', () => `https://outlook.office.com/mail/inbox/id/${CONV}`, 'ok', /^Outlook shows a conversation\./],
  ['session expired (HTTP 440)', () => `https://outlook.office.com/mail/inbox/id/${item()}`, 'refused', /^Outlook refused the request\. .*\(HTTP 440\)/],
  ['the service answers HTML', () => `https://outlook.office.com/mail/inbox/id/${item()}`, 'html', /^Outlook answered unexpectedly\. .*answered with HTML/],
];
for (const [name, url, service, re] of failures) {
  test(`opt-in failure: ${name}`, async () => {
    await b.worker.evaluate(() => chrome.storage.local.set({ 'hs.outlookService': true }));
    srv.state.outlookService = service;
    srv.state.outlookSource = uniqueSource(name);
    const tab = await outlookTab(url());
    const popup = await popupResult(tab);
    try {
      const error = await popup.textContent('p.error');
      assert.match(error, re);
      assert.match(error, /View message source.*paste the headers/);
      assert.ok(await popup.isVisible('#raw'));
    } finally {
      await popup.close();
      await tab.close();
    }
  });
}
