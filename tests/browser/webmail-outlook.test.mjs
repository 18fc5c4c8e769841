// One click in Outlook on the web: fake Outlook at its four real origins from 127.0.0.1. headerscope reads the
// dialog the user opened ("View message source", or "View message details" on Microsoft 365 work accounts) and
// never asks Outlook for anything. Dialog variants are data in webmail-scenarios.mjs (shared with other browsers'
// harnesses); the assisted flows (the user opens the dialog after the popup's guidance) are written out below.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startWebmailServer } from '../helpers/webmail-server.mjs';
import { launchWebmailBrowser } from '../helpers/webmail-browser.mjs';
import { arrange, outlookSource, runScenario } from '../helpers/webmail-scenario.mjs';
import { OUTLOOK_SCENARIOS, OUTLOOK_FAILURES, OUTLOOK_CONV } from './webmail-scenarios.mjs';

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
beforeEach(() => {
  arrange(srv, {});
});

for (const scenario of OUTLOOK_SCENARIOS) {
  test(scenario.name, () => runScenario(b, srv, scenario));
}
for (const failure of OUTLOOK_FAILURES) {
  test(`failure: ${failure.name}`, () => runScenario(b, srv, failure));
}

for (const [menu, subject, via] of [
  ['#viewSource', 'Assisted capture: source', /"View message source"/],
  ['#viewDetails', 'Assisted capture: details', /"View message details" \(headers only\)/],
]) {
  test(`without a dialog the popup guides the user; then ${menu} gets an "Analyse with headerscope" button`, async () => {
    srv.state.outlookSource = outlookSource({ subject });
    const tab = await b.context.newPage();
    await tab.goto(`https://outlook.office.com/mail/inbox/id/${OUTLOOK_CONV}`);
    const t0 = Date.now();
    const popup = await b.openPopupFor(tab);
    await popup.waitForSelector('p.error', { timeout: 15000 });
    assert.match(await popup.textContent('p.error'), /^Open the message source in Outlook\./);
    assert.equal(await popup.locator('[data-testid=outlook-service]').count(), 0, 'no opt-in any more');
    await popup.close();
    // The user follows the guidance; the dialog gets the button.
    await tab.click('#moreActions');
    await tab.click(menu);
    const offer = tab.locator('[role=dialog] [data-headerscope-offer]');
    await offer.waitFor({ timeout: 5000 });
    const [report] = await Promise.all([b.context.waitForEvent('page'), offer.click()]);
    await report.waitForSelector('.summary');
    assert.equal(await report.textContent('.summary .subject'), subject);
    assert.match(await report.textContent('[data-testid=capture-source]'), via);
    await report.close();
    // The only requests are the page's own (its fixture loads the dialog text); headerscope asked Outlook nothing.
    assert.deepEqual(srv.requestsSince(t0, (e) => e.host.startsWith('outlook.') && !e.path.startsWith('/__fixture/')).map((e) => e.path), []);
    await tab.close();
  });
}

test('the virtualised list is read in a tab that is in front too, and the scroll position is put back', async () => {
  arrange(srv, OUTLOOK_SCENARIOS.find((s) => s.state.outlookPage === 'outlook-source-virtual-dialog.html'));
  const tab = await b.context.newPage();
  await tab.goto(`https://outlook.live.com/mail/0/inbox/id/${OUTLOOK_CONV}`);
  await tab.evaluate(() => {
    document.querySelector('.scroller').scrollTop = 400;
  });
  const popup = await b.openPopupFor(tab);
  await tab.bringToFront();
  await popup.waitForSelector('.summary, p.error', { timeout: 20000 });
  assert.equal(await popup.locator('p.error').count(), 0, await popup.textContent('p.error').catch(() => ''));
  assert.equal(await popup.textContent('.summary .subject'), 'Long virtualised source');
  assert.equal(await tab.evaluate(() => document.querySelector('.scroller').scrollTop), 400);
  await popup.close();
  await tab.close();
});
