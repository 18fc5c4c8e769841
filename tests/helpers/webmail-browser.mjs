/* global chrome -- callbacks below run inside the browser (extension pages / worker), where chrome exists */
// Chromium with the built extension and every webmail host mapped to the fake server (Debian's chromium, no browser download).
// Headless Chromium cannot click the toolbar button, so tests open popup.html?tab=<id> in a tab: the popup
// then reads that tab instead of the active one (entrypoints/popup/main.tsx).
import { chromium } from 'playwright-core';
import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HOSTS } from './webmail-server.mjs';

export const EXT_DIR = resolve('.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchWebmailBrowser(port) {
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) throw new Error(`No build at ${EXT_DIR}: run npm run build first.`);
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (see .ci/run).`);
  const profile = mkdtempSync(join(tmpdir(), 'headerscope-webmail-'));
  const rules = HOSTS.map((h) => `MAP ${h} 127.0.0.1:${String(port)}`).join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1000, height: 700 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--host-resolver-rules=${rules}`, '--ignore-certificate-errors',
      `--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;

  /** The browser tab id of a page (looked up by URL from the extension's worker). */
  const tabIdOf = async (page) => {
    const url = page.url();
    const id = await worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({ url: u.split('#')[0] + '*' });
      // The newest tab with that URL (a test may have left another one open).
      const ids = tabs.filter((t) => t.url === u).map((t) => t.id);
      return ids.length === 0 ? null : Math.max(...ids);
    }, url);
    if (id === null) throw new Error(`no tab for ${url}`);
    return id;
  };
  /** Open the popup page for a tab, as a click on the toolbar icon would. */
  const openPopupFor = async (page, { viewport = { width: 400, height: 700 } } = {}) => {
    const tabId = page === null ? 999999 : await tabIdOf(page);
    const popup = await context.newPage();
    await popup.setViewportSize(viewport);
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${String(tabId)}`);
    return popup;
  };
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, extensionId, worker, tabIdOf, openPopupFor, close };
}
