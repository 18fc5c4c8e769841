// Real Chromium: load the built extension, open its popup page, paste a sample, check what renders.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync, mkdtempSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXT_DIR, launchWithExtension } from './extension.mjs';

const ARTIFACTS = 'tests/browser/artifacts';
let ext;

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ext = await launchWithExtension();
});
after(async () => {
  await ext?.close();
});

async function openPopup(colorScheme = 'light') {
  const page = await ext.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  return page;
}

test('pasted sample is analysed by the worker and rendered', async () => {
  const page = await openPopup();
  const raw = readFileSync('samples/phish-with-forged-results.eml', 'utf8');
  await page.fill('#raw', raw);
  await page.click('button[type=submit]');
  await page.waitForSelector('.summary', { timeout: 10000 });
  assert.equal(await page.textContent('.summary .subject'), 'Your account has been limited – action required');
  const from = await page.locator('.summary dd').first().textContent();
  assert.equal(from, 'PayPal Service — Account Team <service@paypal.com>');
  const tally = await page.textContent('[data-testid=tally]');
  assert.match(tally, /20 headers/);
  // Header names link to their reference; values are plain text.
  const link = page.getByRole('link', { name: 'Authentication-Results', exact: true }).first();
  assert.equal(await link.getAttribute('href'), 'https://www.rfc-editor.org/rfc/rfc8601#section-2');
  await page.fill('input.search', 'dmarc');
  assert.match(await page.textContent('[role=status]'), /^\d+ of 20 match$/);
  await page.fill('input.search', '');
  await page.screenshot({ path: `${ARTIFACTS}/popup-report.png`, fullPage: true });
  await page.close();
});

test('delivery path shows the timeline, the entry point and the skewed clock', async () => {
  const page = await openPopup();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.fill('#raw', readFileSync('samples/late-delivery-skewed-clock.eml', 'utf8'));
  await page.click('button[type=submit]');
  await page.waitForSelector('.path');
  assert.match(await page.textContent('.path-summary'), /Delivered in 40 min 54 s\. Slowest: hop 3\./);
  assert.match(await page.textContent('[data-testid=entry]'), /Entered Gmail \/ Google Workspace from mailgw\.example\.net \[192\.0\.2\.25\] at hop 3/);
  assert.match(await page.textContent('.skew-notes'), /Hop 2's clock is about 60 minutes behind/);
  assert.equal(await page.locator('.hop-chart rect.chart-bar').count(), 3);
  assert.equal(await page.textContent('.hop[data-hop="2"] .delay'), 'clock off');
  // Clicking a hop shows its raw header.
  await page.click('.hop[data-hop="3"] summary');
  assert.match(await page.textContent('.hop[data-hop="3"] .hop-detail .hvalue'), /^Received: from mailgw\.example\.net/);
  await page.locator('.path').screenshot({ path: `${ARTIFACTS}/delivery-path-skew.png` });
  await page.close();
});

for (const [file, reason, address, fix] of [
  ['samples/bounce-gmail-550-5.1.1.eml', 'userunknown', 'j.smiht@example.com', /Verify the recipient address/],
  ['samples/bounce-exchange-ndr-5.7.1.eml', 'blocked', 'buyer@fabrikam.example', /blocklists/],
]) {
  test(`bounce card for ${file}`, async () => {
    const page = await openPopup();
    await page.setViewportSize({ width: 400, height: 900 });
    await page.fill('#raw', readFileSync(file, 'utf8'));
    await page.click('button[type=submit]');
    await page.waitForSelector('.bounce');
    const cards = page.locator('.bounce-card');
    assert.equal(await cards.count(), 1);
    assert.equal(await cards.first().getAttribute('data-reason'), reason);
    assert.match(await cards.first().textContent(), new RegExp(address.replace(/\./g, '\\.')));
    assert.match(await cards.first().locator('.fix').textContent(), fix);
    // The returned original is there to open.
    assert.match(await page.textContent('details.returned > summary'), /The returned message/);
    await page.locator('.bounce').screenshot({ path: `${ARTIFACTS}/bounce-${reason}.png` });
    await page.close();
  });
}

test('a message forwarded as an attachment is analysed on its own', async () => {
  const page = await openPopup();
  await page.fill('#raw', readFileSync('samples/forwarded-phish-as-attachment.eml', 'utf8'));
  await page.click('button[type=submit]');
  await page.waitForSelector('details.attached');
  assert.match(await page.textContent('details.attached > summary'), /Attached message Your account has been limited\.eml: Your account has been limited/);
  await page.click('details.attached > summary');
  // The nested report has its own delivery path, entering Gmail from the phisher's server.
  assert.match(await page.textContent('details.attached [data-testid=entry]'), /mail\.paypa1-secure\.com \[203\.0\.113\.45\]/);
  await page.close();
});

test('hostile header text renders inert and bidi controls are shown', async () => {
  const page = await openPopup('dark');
  const raw = [
    'From: "<img src=x onerror=alert(1)>" <a@example.com>',
    'Subject: invoice\u202Efdp.exe <script>alert(2)</script>',
    'To: b@example.com',
    'Date: Tue, 14 Oct 2025 09:17:36 +0000',
    '',
    'body',
  ].join('\r\n');
  await page.fill('#raw', raw);
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('.summary');
  assert.equal(await page.locator('.report img, .report script').count(), 0);
  assert.equal(await page.textContent('.summary .subject'), 'invoice⟨U+202E⟩fdp.exe <script>alert(2)</script>');
  await page.screenshot({ path: `${ARTIFACTS}/popup-dark-hostile.png`, fullPage: true });
  await page.close();
});

test('non-mail input gets a clear message, not a report', async () => {
  const page = await openPopup();
  await page.fill('#raw', 'hello, this is just a note\nwith no headers at all');
  await page.click('button[type=submit]');
  await page.waitForSelector('.input-error');
  assert.equal(await page.textContent('.input-error h2'), 'No email headers found');
  await page.close();
});

test('a build whose packaged Public Suffix List cannot be read answers with an error, not silence', async () => {
  const broken = mkdtempSync(join(tmpdir(), 'headerscope-nopsl-'));
  cpSync(EXT_DIR, broken, { recursive: true });
  rmSync(join(broken, 'psl-rules.json'));
  const other = await launchWithExtension(broken);
  try {
    const page = await other.context.newPage();
    await page.goto(`chrome-extension://${other.extensionId}/popup.html`);
    await page.fill('#raw', readFileSync('samples/phish-with-forged-results.eml', 'utf8'));
    await page.click('button[type=submit]');
    await page.waitForSelector('.error[role=alert]', { timeout: 10000 });
    assert.match(await page.textContent('.error[role=alert]'), /could not start the analysis: psl-rules\.json/);
  } finally {
    await other.close();
    rmSync(broken, { recursive: true, force: true });
  }
});
