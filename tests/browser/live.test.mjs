// Live checks in the real extension worker: the test build may reach a DoH server on 127.0.0.1 (wxt.config.ts).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { launchWithExtension } from './extension.mjs';

const ARTIFACTS = 'tests/browser/artifacts';
let ext;
let fixtures;

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  execSync('npx wxt build', { env: { ...process.env, HEADERSCOPE_TEST_BUILD: '1' }, stdio: 'ignore' });
  const out = resolve(ARTIFACTS, 'live-fixtures.mjs');
  await build({ entryPoints: ['tests/browser/live-fixtures.ts'], outfile: out, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  fixtures = await import('./artifacts/live-fixtures.mjs');
  ext = await launchWithExtension(resolve('.output-test/chrome-mv3'));
});
after(async () => {
  await ext?.close();
});

async function analyseLive(message, serverUrl) {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 1000 });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await page.evaluate(
    (url) => globalThis.chrome.storage.local.set({ settings: { live: true, provider: 'custom', customUrl: url, customFormat: 'wire', dqsKey: '', outlookService: false } }),
    serverUrl,
  );
  await page.fill('#raw', message);
  await page.click('button[type=submit]');
  await page.waitForSelector('.summary', { timeout: 20000 });
  return page;
}

test('DKIM, ARC, SPF and DMARC verified live in the worker, keys from the local DoH server', async () => {
  const { message, server } = await fixtures.liveFixture(false);
  try {
    const page = await analyseLive(message, server.url);
    const text = await page.textContent('.report');
    assert.doesNotMatch(text, /Live DNS checks are off/);
    // The worker really asked the DoH server for the keys and records.
    assert.ok(server.log.some((q) => q === 'TXT s1._domainkey.shop.example'), server.log.join(', '));
    assert.ok(server.log.some((q) => q === 'TXT arc1._domainkey.lists.example'));
    // Every verdict re-computed in the worker: SPF for the list's IP, DKIM by shop.example, the list's ARC seal,
    // and DMARC passing through DKIM alignment (SPF is the list's domain, not aligned).
    assert.equal(await page.locator('.live-spf.result-pass').count(), 1);
    assert.equal(await page.locator('.dkim-signature.pass').count(), 1);
    assert.match(await page.textContent('.dkim-signature.pass'), /shop\.example/);
    assert.equal(await page.locator('.arc-instance.pass').count(), 1);
    assert.equal(await page.locator('.live-dmarc.result-pass').count(), 1);
    await page.screenshot({ path: `${ARTIFACTS}/live-checks.png`, fullPage: true });
    await page.close();
  } finally {
    await server.stop();
  }
});

test('a DNS failure on the DKIM key is shown as temperror, never pass', async () => {
  const { message, server } = await fixtures.liveFixture(true);
  try {
    const page = await analyseLive(message, server.url);
    assert.equal(await page.locator('.dkim-signature.temperror').count(), 1);
    assert.equal(await page.locator('.dkim-signature.pass').count(), 0);
    // No aligned pass and a lookup that failed: DMARC cannot be decided, so it is temperror, not fail and not pass.
    assert.equal(await page.locator('.live-dmarc.result-temperror').count(), 1);
    await page.close();
  } finally {
    await server.stop();
  }
});

test('blocklists through the worker: a listing, a list that refuses public resolvers, and the checklist', async () => {
  const { message, server } = await fixtures.reputationFixture();
  try {
    const page = await analyseLive(message, server.url);
    await page.waitForSelector('.reputation');
    const listed = page.locator('.reputation [data-status="listed"]');
    assert.equal(await listed.count(), 1);
    assert.match(await listed.textContent(), /SpamCop/);
    assert.match(await listed.textContent(), /81\.2\.69\.160/);
    // Spamhaus answered its health check with the "public resolver refused" code: unknown, not clear.
    assert.match(await page.textContent('.reputation [data-status="unknown"]'), /Spamhaus/);
    await page.click('details.checklist > summary');
    assert.match(await page.textContent('details.checklist'), /Not on blocklists/);
    await page.locator('.reputation').screenshot({ path: `${ARTIFACTS}/reputation.png` });
    await page.close();
  } finally {
    await server.stop();
  }
});

test('domain check from the start screen, through the worker', async () => {
  const { server } = await fixtures.reputationFixture();
  try {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await page.evaluate(
      (url) => globalThis.chrome.storage.local.set({ settings: { live: true, provider: 'custom', customUrl: url, customFormat: 'wire', dqsKey: '', outlookService: false } }),
      server.url,
    );
    await page.click('text=Check a domain');
    await page.fill('input[aria-label="Domain to check"]', 'shop.example');
    await page.click('button:has-text("Check")');
    await page.waitForSelector('.domain-check dl, .domain-check li, .domain-check table', { timeout: 15000 });
    assert.match(await page.textContent('.domain-check'), /v=spf1 ip4:81\.2\.69\.160 -all/);
    await page.close();
  } finally {
    await server.stop();
  }
});
