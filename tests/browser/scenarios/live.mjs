/* global chrome -- callbacks below run inside the browser (extension pages / worker), where chrome exists */
// Live checks in the real extension background (Chromium's service worker, Firefox's event page), shared by both
// harnesses. The test build (HEADERSCOPE_TEST_BUILD=1, wxt.config.ts) may reach a DoH server on 127.0.0.1.
// `env.fixtures` is tests/browser/live-fixtures.ts bundled for Node (liveTestEnv below).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/** Builds the test extension (HEADERSCOPE_TEST_BUILD=1) for `browser` ('chrome' | 'firefox'); returns its directory. */
export function buildTestExtension(browser) {
  const args = browser === 'firefox' ? ['wxt', 'build', '-b', 'firefox', '--mv3'] : ['wxt', 'build'];
  execFileSync('npx', args, { env: { ...process.env, HEADERSCOPE_TEST_BUILD: '1' }, stdio: 'ignore' });
  return resolve(`.output-test/${browser}-mv3`);
}

/** Builds the test extension for `browser` ('chrome' | 'firefox') and the Node fixtures; returns its directory. */
export async function prepareLiveBuild(browser) {
  buildTestExtension(browser);
  const dir = resolve('tests/browser/artifacts');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `live-fixtures-${browser}.mjs`);
  await build({
    entryPoints: ['tests/browser/live-fixtures.ts'],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  // Literal specifiers (no-unsanitized): one bundle per browser, so both suites may run at once.
  const fixtures =
    browser === 'firefox'
      ? await import('../artifacts/live-fixtures-firefox.mjs')
      : await import('../artifacts/live-fixtures-chrome.mjs');
  return { extDir: resolve(`.output-test/${browser}-mv3`), fixtures };
}

const settingsFor = (url) => ({
  settings: { live: true, provider: 'custom', customUrl: url, customFormat: 'wire', dqsKey: '' },
});

async function analyseLive(h, message, serverUrl, { settled = true } = {}) {
  await h.extensionEval((s) => chrome.storage.local.set(s), settingsFor(serverUrl));
  // A popup without the session's last report: the paste box.
  await h.extensionEval(() => chrome.storage.session.remove('hs.report.last'));
  const page = await h.openExtensionPage('popup.html', { viewport: { width: 400, height: 1000 } });
  await page.fill('#raw', message);
  await page.click('button[type=submit]');
  await page.waitFor('.summary', { timeout: 20000 });
  // The offline report paints first; the live sections fill in as their DNS answers arrive.
  if (settled) await page.waitFor('[data-pending]', { state: 'detached', timeout: 20000 });
  return page;
}

export const liveScenarios = [
  {
    name: 'DKIM, ARC, SPF and DMARC verified live in the background, keys from the local DoH server',
    async run({ h, fixtures }) {
      const { message, server } = await fixtures.liveFixture(false);
      try {
        const page = await analyseLive(h, message, server.url);
        assert.doesNotMatch(await page.text('.report'), /Live DNS checks are off/);
        // The background really asked the DoH server for the keys and records.
        assert.ok(
          server.log.some((q) => q === 'TXT s1._domainkey.shop.example'),
          server.log.join(', '),
        );
        assert.ok(server.log.some((q) => q === 'TXT arc1._domainkey.lists.example'));
        // Every verdict re-computed in the background: SPF for the list's IP, DKIM by shop.example, the list's ARC
        // seal, and DMARC passing through DKIM alignment (SPF is the list's domain, not aligned).
        assert.equal(await page.count('.live-spf.result-pass'), 1);
        assert.equal(await page.count('.dkim-signature.pass'), 1);
        assert.match(await page.text('.dkim-signature.pass'), /shop\.example/);
        assert.equal(await page.count('.arc-instance.pass'), 1);
        assert.equal(await page.count('.live-dmarc.result-pass'), 1);
        await page.screenshot(join(h.artifacts, 'live-checks.png'), { fullPage: true });
        await page.close();
      } finally {
        await server.stop();
      }
    },
  },
  {
    name: 'progressive: the offline report paints before the DNS answers; each live part fills in as they arrive',
    async run({ h, fixtures }) {
      // Every DNS answer is held back 700 ms, as a slow resolver would.
      const { message, server } = await fixtures.liveFixture(false, 700);
      try {
        const page = await analyseLive(h, message, server.url, { settled: false });
        // The report is on screen while the live checks still run, each with its own progress line.
        assert.equal(await page.text('.summary .subject'), 'Your order 7731 has shipped');
        assert.equal(await page.count('[data-pending=authentication]'), 1);
        assert.match(await page.text('[data-pending=authentication]'), /Checking SPF, DKIM, ARC and DMARC/);
        assert.equal(await page.count('.live-spf'), 0);
        await page.screenshot(join(h.artifacts, 'live-progress.png'), { fullPage: true });
        await page.waitFor('[data-pending=authentication]', { state: 'detached', timeout: 30000 });
        assert.equal(await page.count('.live-spf.result-pass'), 1);
        await page.waitFor('[data-pending]', { state: 'detached', timeout: 30000 });
        assert.equal(await page.count('.dkim-signature.pass'), 1);
        await page.close();
      } finally {
        await server.stop();
      }
    },
  },
  {
    name: 'a DNS failure on the DKIM key is shown as temperror, never pass',
    async run({ h, fixtures }) {
      const { message, server } = await fixtures.liveFixture(true);
      try {
        const page = await analyseLive(h, message, server.url);
        assert.equal(await page.count('.dkim-signature.temperror'), 1);
        assert.equal(await page.count('.dkim-signature.pass'), 0);
        // No aligned pass and a lookup that failed: DMARC cannot be decided, so it is temperror, not fail and not pass.
        assert.equal(await page.count('.live-dmarc.result-temperror'), 1);
        await page.close();
      } finally {
        await server.stop();
      }
    },
  },
  {
    name: 'blocklists through the background: a listing, a list that refuses public resolvers, and the checklist',
    async run({ h, fixtures }) {
      const { message, server } = await fixtures.reputationFixture();
      try {
        const page = await analyseLive(h, message, server.url);
        await page.waitFor('.reputation');
        assert.equal(await page.count('.reputation [data-status="listed"]'), 1);
        const listed = await page.text('.reputation [data-status="listed"]');
        assert.match(listed, /SpamCop/);
        assert.match(listed, /81\.2\.69\.160/);
        // Spamhaus answered its health check with the "public resolver refused" code: unknown, not clear.
        assert.match(await page.text('.reputation [data-status="unknown"]'), /Spamhaus/);
        await page.click('details.checklist > summary');
        assert.match(await page.text('details.checklist'), /Not on blocklists/);
        await page.screenshot(join(h.artifacts, 'reputation.png'), { selector: '.reputation' });
        await page.close();
      } finally {
        await server.stop();
      }
    },
  },
  {
    name: 'domain check from the start screen, through the background',
    async run({ h, fixtures }) {
      const { server } = await fixtures.reputationFixture();
      try {
        await h.extensionEval((s) => chrome.storage.local.set(s), settingsFor(server.url));
        await h.extensionEval(() => chrome.storage.session.remove('hs.report.last'));
        const page = await h.openExtensionPage('popup.html');
        await page.click('details.explain-box:last-of-type > summary');
        await page.fill('input[aria-label="Domain to check"]', 'shop.example');
        await page.click('.domain-check button[type=submit]');
        await page.waitFor('.domain-check dl, .domain-check li, .domain-check table', { timeout: 15000 });
        assert.match(await page.text('.domain-check'), /v=spf1 ip4:81\.2\.69\.160 -all/);
        await page.close();
      } finally {
        await server.stop();
      }
    },
  },
];
