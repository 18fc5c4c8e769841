// Popup scenarios, shared by the Chromium and the Firefox harness (tests/browser/drivers/): the built extension,
// its popup page opened in a tab, a sample pasted or opened, what renders. `env.h` is the harness.
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { forgetLastReport } from './popup-product.mjs';

const PHISH = 'samples/phish-with-forged-results.eml';
const PHISH_SUBJECT = 'Your account has been limited – action required';
const shot = (h, name) => join(h.artifacts, name);

async function analysed(h, file, { viewport, colorScheme } = {}) {
  // The paste box, not the session's last report.
  await forgetLastReport(h);
  const page = await h.openExtensionPage('popup.html', { viewport, colorScheme });
  await page.fill('#raw', readFileSync(file, 'utf8'));
  await page.click('button[type=submit]');
  return page;
}

export const popupScenarios = [
  {
    name: 'pasted sample is analysed by the background and rendered',
    async run({ h }) {
      const page = await analysed(h, PHISH);
      await page.waitFor('.summary', { timeout: 10000 });
      // The answer comes first: the verdict banner is the report's first element, above the summary.
      const first = await page.evaluate(() => {
        const el = document.querySelector('article.report > :first-child');
        return el?.querySelector('[data-testid=verdict]')?.getAttribute('data-kind') ?? el?.className ?? null;
      });
      assert.equal(first, 'deceptive');
      assert.match(await page.text('[data-testid=verdict]'), /Not from paypal\.com/);
      assert.equal(await page.text('.summary .subject'), PHISH_SUBJECT);
      assert.equal(await page.text('.summary dd'), 'PayPal Service — Account Team <service@paypal.com>');
      assert.match(await page.text('[data-testid=tally]'), /20 headers/);
      // Header names link to their reference; values are plain text.
      const href = await page.evaluate(() =>
        [...document.querySelectorAll('a')]
          .find((a) => a.textContent === 'Authentication-Results')
          ?.getAttribute('href'),
      );
      assert.equal(href, 'https://www.rfc-editor.org/rfc/rfc8601#section-2');
      // In the popup the header list is one disclosure (one tab stop), opened on demand.
      await page.click('details.headers-box > summary');
      await page.fill('input.search', 'dmarc');
      assert.match(await page.text('.headers-box [role=status]'), /^\d+ of 20 match$/);
      await page.fill('input.search', '');
      await page.screenshot(shot(h, 'popup-report.png'), { fullPage: true });
      await page.close();
    },
  },
  {
    name: '"Full page ↗" opens the same report in a tab, from the session storage',
    async run({ h }) {
      const page = await analysed(h, 'samples/late-delivery-skewed-clock.eml');
      await page.waitFor('.summary', { timeout: 10000 });
      const subject = await page.text('.summary .subject');
      const full = await h.waitForNewPage(() => page.click('button[title="Open this report in a tab"]'));
      await full.waitFor('.summary', { timeout: 10000 });
      assert.match(await full.url(), /popup\.html\?view=full&report=hs\.report\.paste\./);
      assert.equal(await full.text('.summary .subject'), subject);
      await full.close();
      await page.close();
    },
  },
  {
    name: 'an .eml file opened with "Open .eml file…" is read as bytes and analysed',
    async run({ h }) {
      const page = await h.openExtensionPage('popup.html');
      await page.setFiles('input[type=file]', resolve(PHISH));
      await page.waitFor('.summary', { timeout: 10000 });
      assert.equal(await page.text('.summary .subject'), PHISH_SUBJECT);
      assert.match(await page.text('[data-testid=tally]'), /20 headers/);
      await page.close();
    },
  },
  {
    name: 'delivery path: one table, hop 1 first, the entry point and the clock that is off',
    async run({ h }) {
      const page = await analysed(h, 'samples/late-delivery-skewed-clock.eml', {
        viewport: { width: 400, height: 900 },
      });
      await page.waitFor('.path');
      assert.match(
        await page.text('.path-summary'),
        /Delivered in 40 min 54 s\. Slowest: hop 3 \(mx\.google\.com\), 40 min 48 s\./,
      );
      assert.match(
        await page.text('[data-testid=entry]'),
        /Entered Gmail \/ Google Workspace from mailgw\.example\.net \[192\.0\.2\.25\] at hop 3/,
      );
      assert.match(
        await page.text('.skew-notes'),
        /The clock of mailgw\.example\.net \(hop 2\) is probably 1 hour behind/,
      );
      // X-Received is a stamp of hop 3, not a hop; the wrong zone of hop 2 is corrected, so its delay is known.
      assert.deepEqual(
        await page.evaluate(() => [...document.querySelectorAll('tr.hop')].map((r) => r.getAttribute('data-hop'))),
        ['1', '2', '3', '4'],
      );
      assert.equal(await page.count('.delay-bar'), 3);
      assert.equal(await page.text('tr.hop[data-hop="2"] .c-delay'), '3 s');
      assert.equal(await page.text('tr.hop[data-hop="3"] .c-time'), '2025-10-14 01:43:02 -0700');
      assert.equal(await page.text('tr.hop[data-hop="3"] .c-tls'), 'TLS 1.3');
      // The hop number shows its header as written.
      await page.click('tr.hop[data-hop="3"] button.hop-n');
      assert.match(await page.text('tr.raw-row .hvalue'), /^Received: from mailgw\.example\.net/);
      await page.screenshot(shot(h, 'delivery-path-skew.png'), { selector: '.path' });
      await page.close();
    },
  },
  {
    name: 'a 6-hop path fits a 320 px popup as stacked rows and is a whole table on the full page',
    async run({ h }) {
      const file = 'samples/six-hops-to-microsoft-365.eml';
      const page = await analysed(h, file, { viewport: { width: 320, height: 1200 } });
      await page.waitFor('.path');
      assert.deepEqual(
        await page.evaluate(() => [...document.querySelectorAll('tr.hop')].map((r) => r.getAttribute('data-hop'))),
        ['1', '2', '3', '4', '5', '6'],
      );
      // Nothing scrolls sideways: not the page, not the table.
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        view: window.innerWidth,
        table: document.querySelector('.hop-table')?.scrollWidth ?? 0,
        path: document.querySelector('.path')?.clientWidth ?? 0,
      }));
      assert.ok(widths.page <= widths.view, `page ${String(widths.page)} px wide in a ${String(widths.view)} px popup`);
      assert.ok(widths.table <= widths.path, `table ${String(widths.table)} px in a ${String(widths.path)} px section`);
      // Stacked: no column headers, each hop one card with its time and delay.
      assert.equal(await page.isVisible('.hop-table thead'), false);
      assert.equal(await page.text('tr.hop[data-hop="3"] .c-time'), '2025-11-18 15:22:47 +0100');
      assert.equal(await page.text('tr.hop[data-hop="3"] .c-delay'), '26 s');
      await page.screenshot(shot(h, 'delivery-path-6-hops-320.png'), { selector: '.path' });
      await page.screenshot(shot(h, 'popup-6-hops-320.png'), { fullPage: true });
      await page.setViewport(1000, 900);
      const full = await h.waitForNewPage(() => page.click('button[title="Open this report in a tab"]'));
      await full.waitFor('.path', { timeout: 10000 });
      await full.setViewport(1000, 900);
      assert.equal(await full.isVisible('.hop-table thead'), true);
      assert.deepEqual(
        await full.evaluate(() => [...document.querySelectorAll('.hop-table th')].map((th) => th.textContent)),
        ['Hop', 'From (HELO / rDNS / IP)', 'By', 'With', 'Time', 'Delay', 'TLS'],
      );
      await full.screenshot(shot(h, 'delivery-path-6-hops-full.png'), { selector: '.path' });
      await full.close();
      await page.close();
    },
  },
  ...[
    ['samples/bounce-gmail-550-5.1.1.eml', 'userunknown', 'j.smiht@example.com', /Verify the recipient address/],
    ['samples/bounce-exchange-ndr-5.7.1.eml', 'blocked', 'buyer@fabrikam.example', /blocklists/],
  ].map(([file, reason, address, fix]) => ({
    name: `bounce card for ${file}`,
    async run({ h }) {
      const page = await analysed(h, file, { viewport: { width: 400, height: 900 } });
      await page.waitFor('.bounce');
      assert.equal(await page.count('.bounce-card'), 1);
      assert.equal(await page.attr('.bounce-card', 'data-reason'), reason);
      assert.ok((await page.text('.bounce-card')).includes(address));
      assert.match(await page.text('.bounce-card .fix'), fix);
      // The returned original is there to open.
      assert.match(await page.text('details.returned > summary'), /The returned message/);
      await page.screenshot(shot(h, `bounce-${reason}.png`), { selector: '.bounce' });
      await page.close();
    },
  })),
  {
    name: 'a message forwarded as an attachment is analysed on its own',
    async run({ h }) {
      const page = await analysed(h, 'samples/forwarded-phish-as-attachment.eml');
      await page.waitFor('details.attached');
      // A short forward is about the attached message: its verdict leads, labelled, before the forward's own.
      const kinds = await page.evaluate(() =>
        [...document.querySelectorAll('article.report > .verdicts [data-testid=verdict]')].map((b) =>
          b.getAttribute('data-kind'),
        ),
      );
      assert.deepEqual(kinds, ['deceptive', 'unknown']);
      assert.match(
        await page.text('article.report > .verdicts [data-testid=verdict]'),
        /^.*Attached message: Deceptive/,
      );
      assert.match(
        await page.text('details.attached > summary'),
        /Attached message Your account has been limited\.eml: Your account has been limited/,
      );
      await page.click('details.attached > summary');
      // The nested report has its own delivery path, entering Gmail from the phisher's server.
      assert.match(
        await page.text('details.attached [data-testid=entry]'),
        /mail\.paypa1-secure\.com \[203\.0\.113\.45\]/,
      );
      await page.close();
    },
  },
  {
    name: 'hostile header text renders inert and bidi controls are shown',
    async run({ h }) {
      const page = await h.openExtensionPage('popup.html', { colorScheme: 'dark' });
      const raw = [
        'From: "<img src=x onerror=alert(1)>" <a@example.com>',
        'Subject: invoice\u202Efdp.exe <script>alert(2)</script>',
        'To: b@example.com',
        'Date: Tue, 14 Oct 2025 09:17:36 +0000',
        '',
        'body',
      ].join('\r\n');
      await page.fill('#raw', raw);
      await page.click('#raw');
      await page.press('Control+Enter');
      await page.waitFor('.summary');
      assert.equal(await page.count('.report img, .report script'), 0);
      assert.equal(await page.text('.summary .subject'), 'invoice⟨U+202E⟩fdp.exe <script>alert(2)</script>');
      assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
      await page.screenshot(shot(h, 'popup-dark-hostile.png'), { fullPage: true });
      await page.close();
    },
  },
  {
    name: 'a stopped background (idle service worker, suspended event page) starts again for the next analysis',
    async run({ h }) {
      const first = await analysed(h, PHISH);
      await first.waitFor('.summary', { timeout: 10000 });
      await first.close();
      // Chromium stops an idle worker after ~30 s, Firefox suspends an idle event page: nothing in memory survives.
      await h.suspendBackground();
      const page = await analysed(h, 'samples/late-delivery-skewed-clock.eml');
      await page.waitFor('.summary', { timeout: 10000 });
      assert.match(await page.text('.path-summary'), /Delivered in 40 min 54 s/);
      await page.close();
    },
  },
  {
    name: 'non-mail input gets a clear message, not a report',
    async run({ h }) {
      const page = await h.openExtensionPage('popup.html');
      await page.fill('#raw', 'hello, this is just a note\nwith no headers at all');
      await page.click('button[type=submit]');
      await page.waitFor('.input-error');
      assert.equal(await page.text('.input-error h2'), 'No email headers found');
      await page.close();
    },
  },
  {
    name: 'a build whose packaged Public Suffix List cannot be read answers with an error, not silence',
    async run({ h }) {
      const broken = mkdtempSync(join(tmpdir(), 'headerscope-nopsl-'));
      cpSync(h.extDir, broken, { recursive: true });
      rmSync(join(broken, 'psl-rules.json'));
      const other = await h.launch({ extDir: broken });
      try {
        const page = await other.openExtensionPage('popup.html');
        await page.fill('#raw', readFileSync(PHISH, 'utf8'));
        await page.click('button[type=submit]');
        await page.waitFor('.error[role=alert]', { timeout: 10000 });
        assert.match(await page.text('.error[role=alert]'), /could not start the analysis: psl-rules\.json/);
      } finally {
        await other.close();
        rmSync(broken, { recursive: true, force: true });
      }
    },
  },
];
