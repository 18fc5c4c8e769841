/* global chrome -- callbacks below run inside the browser (extension pages), where chrome exists */
// The popup as a product, shared by the Chromium and the Firefox harness: keyboard focus, the report kept across
// close and reopen, export and the redacted share, drag and drop, Outlook .msg files, widths, and axe-core.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PHISH = 'samples/phish-with-forged-results.eml';
const PHISH_SUBJECT = 'Your account has been limited – action required';
const SIX_HOPS = 'samples/six-hops-to-microsoft-365.eml';
// Written by scripts/make-msg-fixture.mjs from the six-hop sample.
const MSG = 'tests/fixtures/msg/six-hops.msg';
const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const shot = (h, name) => join(h.artifacts, name);

/** The session's last report is forgotten, so a popup opens on the paste box. */
export const forgetLastReport = (h) => h.extensionEval(() => chrome.storage.session.remove('hs.report.last'));

async function analysed(h, file, { viewport = { width: 400, height: 900 }, path = 'popup.html' } = {}) {
  const page = await h.openExtensionPage(path, { viewport });
  await page.fill('#raw', readFileSync(file, 'utf8'));
  await page.click('button[type=submit]');
  await page.waitFor('.summary', { timeout: 10000 });
  return page;
}

/** axe-core over the page with every disclosure open; returns "rule (impact): targets" lines. */
async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const r = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(
      (v) => `${v.id} (${String(v.impact)}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

const noSideScroll = (page) =>
  page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));

export const popupProductScenarios = [
  {
    name: 'keyboard: focus in the paste box on open, on the report heading after analysis, skip links to sections',
    async run({ h }) {
      await forgetLastReport(h);
      const page = await h.openExtensionPage('popup.html', { viewport: { width: 400, height: 900 } });
      await page.waitForFunction(() => document.activeElement?.id === 'raw');
      await page.fill('#raw', readFileSync(PHISH, 'utf8'));
      await page.press('Control+Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'report-heading');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), PHISH_SUBJECT);
      // The first screen, as the README shows it.
      await page.setViewport(400, 600);
      await page.screenshot(shot(h, 'popup-first-screen.png'));
      await page.setViewport(400, 900);
      // The skip links lead to the sections and are the first stops after the bar.
      assert.deepEqual(await page.texts('nav.skip a'), [
        'Summary',
        'Authentication',
        'Findings',
        'Delivery path',
        'Headers',
      ]);
      await page.evaluate(() => document.querySelector('nav.skip a[href="#sec-path"]').focus());
      await page.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'sec-path');
      // Severity icons are hidden from screen readers; the words are there.
      assert.equal(await page.count('.finding .sev:not([aria-hidden=true])'), 0);
      assert.match(await page.text('.finding .sr-only'), /^(Problem|Warning|Note|OK): $/);
      await page.close();
    },
  },
  {
    name: 'the last report survives closing and reopening the popup; "New" forgets it',
    async run({ h }) {
      await forgetLastReport(h);
      const page = await analysed(h, PHISH);
      await page.close();
      const again = await h.openExtensionPage('popup.html', { viewport: { width: 400, height: 900 } });
      await again.waitFor('.summary', { timeout: 10000 });
      assert.equal(await again.text('.summary .subject'), PHISH_SUBJECT);
      // The full page opened on its own shows it too.
      const full = await h.openExtensionPage('popup.html?view=full', { viewport: { width: 1200, height: 900 } });
      await full.waitFor('.summary', { timeout: 10000 });
      assert.equal(await full.text('.summary .subject'), PHISH_SUBJECT);
      await full.close();
      await again.evaluate(() =>
        [...document.querySelectorAll('.bar-actions button')].find((b) => b.textContent === 'New').click(),
      );
      await again.waitFor('#raw');
      await again.close();
      const fresh = await h.openExtensionPage('popup.html');
      await fresh.waitFor('#raw');
      await fresh.waitForFunction(() => document.activeElement?.id === 'raw');
      assert.equal(await fresh.count('.summary'), 0);
      await fresh.close();
    },
  },
  {
    name: 'export: download JSON and Markdown, and a redacted share whose preview holds no recipient token',
    async run({ h }) {
      await forgetLastReport(h);
      const page = await analysed(h, SIX_HOPS);
      assert.deepEqual(await page.texts('.menu-items button'), [
        'Copy summary',
        'Copy for a ticket (Markdown)',
        'Download JSON',
        'Download Markdown',
        'Share redacted…',
      ]);
      await page.click('details.menu > summary');
      await page.click('button[data-export=json]');
      await page.waitForFunction(() =>
        /Saved as headerscope-.*\.json\./.test(document.querySelector('.export-status')?.textContent ?? ''),
      );
      await page.click('details.menu > summary');
      await page.click('button[data-export=share]');
      await page.waitForFunction(() => document.activeElement?.id === 'share-h');
      await page.waitForFunction(() => !(document.querySelector('#share-text')?.value ?? '').startsWith('Preparing'));
      const shared = await page.evaluate(() => document.querySelector('#share-text').value);
      assert.match(shared, /^#+ /m);
      // The recipient, the receiving tenant's hosts and the subject are gone; the sender's side stays.
      for (const token of ['lee@contoso.example', 'Contract draft', 'DM6PR12MB4170.namprd12.prod.outlook.com'])
        assert.ok(!shared.includes(token), `${token} in the shared text`);
      assert.ok(shared.includes('recipient.invalid'));
      assert.ok(shared.includes('198.51.100.17'), 'the sending server stays');
      assert.match(await page.text('[data-testid=share-tally]'), /^Replaced: /);
      await page.click('.share-format input[value=json]');
      await page.waitForFunction(() => (document.querySelector('#share-text')?.value ?? '').startsWith('{'));
      const json = JSON.parse(await page.evaluate(() => document.querySelector('#share-text').value));
      assert.equal(json.schema.length > 0, true);
      assert.ok(!JSON.stringify(json).includes('lee@contoso.example'));
      await page.screenshot(shot(h, 'share-preview.png'), { selector: '.share' });
      await page.close();
    },
  },
  {
    name: 'a file dropped on the popup is analysed; an Outlook .msg gives its transport headers',
    async run({ h }) {
      await forgetLastReport(h);
      const page = await h.openExtensionPage('popup.html', { viewport: { width: 400, height: 900 } });
      await page.waitFor('#raw');
      const bytes = [...readFileSync(MSG)];
      await page.evaluate((b) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(b)], 'contract.msg', { type: 'application/vnd.ms-outlook' }));
        const target = document.querySelector('.app');
        target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
        target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
      }, bytes);
      await page.waitFor('.summary', { timeout: 10000 });
      assert.equal(await page.text('.summary .subject'), 'Contract draft, second round');
      assert.match(await page.text('[data-testid=source-note]'), /Outlook \.msg file.*no body-hash check/);
      assert.equal(await page.count('tr.hop'), 6);
      await page.close();
      // The same file through "Open .eml file…".
      await forgetLastReport(h);
      const picked = await h.openExtensionPage('popup.html');
      await picked.setFiles('input[type=file]', resolve(MSG));
      await picked.waitFor('.summary', { timeout: 10000 });
      assert.equal(await picked.text('.summary .subject'), 'Contract draft, second round');
      await picked.close();
    },
  },
  ...[320, 400, 800].map((width) => ({
    name: `${String(width)} px: the report fits without scrolling sideways`,
    async run({ h }) {
      await forgetLastReport(h);
      const page = await analysed(h, SIX_HOPS, { viewport: { width, height: 900 } });
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details:not(.menu)')) d.open = true;
      });
      const w = await noSideScroll(page);
      assert.ok(w.page <= w.view, `page ${String(w.page)} px wide in a ${String(w.view)} px window`);
      if (h.name !== 'firefox') await page.screenshot(shot(h, `popup-${String(width)}.png`));
      await page.close();
    },
  })),
  {
    name: 'the full page shows the report in two columns from 1100 px',
    async run({ h }) {
      await forgetLastReport(h);
      const page = await analysed(h, PHISH, { path: 'popup.html?view=full', viewport: { width: 1280, height: 900 } });
      const cols = await page.evaluate(
        () => getComputedStyle(document.querySelector('.report-cols')).gridTemplateColumns,
      );
      assert.equal(cols.split(' ').length, 2, cols);
      if (h.name !== 'firefox') await page.screenshot(shot(h, 'full-page-1280.png'));
      await page.close();
    },
  },
  ...[
    ['the empty popup', null, 'popup.html'],
    ['a phish', PHISH, 'popup.html'],
    ['a bounce', 'samples/bounce-gmail-550-5.1.1.eml', 'popup.html'],
    ['a forwarded message', 'samples/forwarded-phish-as-attachment.eml', 'popup.html'],
    ['the full page', SIX_HOPS, 'popup.html?view=full'],
    ['the options', null, 'options.html'],
  ].map(([what, file, path]) => ({
    name: `axe-core: no violations on ${what}`,
    async run({ h }) {
      await forgetLastReport(h);
      const page =
        file === null
          ? await h.openExtensionPage(path, { viewport: { width: 400, height: 900 } })
          : await analysed(h, file, { path, viewport: { width: path.includes('full') ? 1280 : 400, height: 900 } });
      if (file === null) await page.waitFor(path === 'options.html' ? 'main, form, h1' : '#raw');
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    },
  })),
];
