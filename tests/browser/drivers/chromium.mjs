/* global chrome -- callbacks below run inside the browser (extension pages), where chrome exists */
// The Chromium harness of the shared browser scenarios: Debian's Chromium through playwright-core with the built
// extension loaded (Debian's chromium package, no browser download). With `webmailPort`, every webmail host is mapped to the fake
// server (--host-resolver-rules) and its throw-away certificate is accepted. Headless Chromium cannot click the
// toolbar button, so the popup is opened as popup.html?tab=<id> in a tab: it then reads that tab instead of the
// active one (entrypoints/popup/capture.ts).
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HOSTS } from '../../helpers/webmail-server.mjs';
import { playwrightPage } from './playwright-page.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_BUILD = resolve('.output/chrome-mv3');

export async function launchChromium({ extDir = CHROMIUM_BUILD, webmailPort = null } = {}) {
  if (!existsSync(join(extDir, 'manifest.json'))) throw new Error(`No build at ${extDir}: run npm run build first.`);
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (see .ci/run).`);
  const artifacts = 'tests/browser/artifacts';
  mkdirSync(artifacts, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'headerscope-profile-'));
  const webmail =
    webmailPort === null
      ? []
      : [
          `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1:${String(webmailPort)}`).join(', ')}`,
          '--ignore-certificate-errors',
        ];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: webmailPort !== null,
    viewport: { width: 1000, height: 700 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...webmail,
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;
  // Extension calls run in a quiet extension page (the options page only reads settings), not in the worker:
  // the worker may be stopped by a scenario (suspendBackground) and a page keeps working.
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/options.html`);

  const openExtensionPage = async (
    path,
    { viewport = { width: 400, height: 600 }, colorScheme = 'light', earlyScript = null } = {},
  ) => {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    if (earlyScript !== null) await page.addInitScript(earlyScript);
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return playwrightPage(page);
  };
  /** The browser tab id of a page (looked up by URL from an extension page, which has the webmail hosts). */
  const tabIdOf = async (ui) => {
    const url = ui.raw.url();
    const id = await control.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({ url: u.split('#')[0] + '*' });
      // The newest tab with that URL (a test may have left another one open).
      const ids = tabs.filter((t) => t.url === u).map((t) => t.id);
      return ids.length === 0 ? null : Math.max(...ids);
    }, url);
    if (id === null) throw new Error(`no tab for ${url}`);
    return id;
  };

  return {
    name: 'chromium',
    artifacts,
    extDir,
    launch: launchChromium,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    openExtensionPage,
    openPage: async (url, { initScript = null } = {}) => {
      const page = await context.newPage();
      if (initScript !== null) await page.addInitScript(initScript);
      await page.goto(url, { waitUntil: 'load' });
      return playwrightPage(page);
    },
    tabIdOf,
    /** Open the popup page for a tab (null: a tab id that does not exist), as a click on the toolbar icon would. */
    openPopupFor: async (ui, { viewport = { width: 400, height: 700 }, earlyScript = null } = {}) => {
      const tabId = ui === null ? 999999 : await tabIdOf(ui);
      return openExtensionPage(`popup.html?tab=${String(tabId)}`, { viewport, earlyScript });
    },
    /** Runs `action` and returns the tab it opened. */
    waitForNewPage: async (action) => {
      const [page] = await Promise.all([context.waitForEvent('page'), action()]);
      return playwrightPage(page);
    },
    /** Runs `fn(arg)` in an extension context (an extension page), where `chrome.*` is available. */
    extensionEval: (fn, arg) => control.evaluate(fn, arg),
    /** Stops the extension's service worker, as Chromium does when it is idle; the next event starts it again. */
    suspendBackground: async () => {
      const cdp = await context.newCDPSession(control);
      const status = new Map();
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions)
          if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) status.set(v.versionId, v.runningStatus);
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      // Playwright keeps listing a stopped worker; DevTools' own status says when it is stopped.
      const stopped = () => status.size > 0 && [...status.values()].every((s) => s === 'stopped');
      for (let i = 0; i < 50 && !stopped(); i++) await new Promise((r) => setTimeout(r, 100));
      await cdp.detach();
      if (!stopped()) throw new Error(`the service worker did not stop: ${[...status.values()].join(', ')}`);
    },
    clearCookies: () => context.clearCookies(),
    /** Chromium cannot take back a required host permission (only the user can, in its UI). */
    canRevokeSiteAccess: false,
    /** Whether permissions.request() gets an answer without a person (see options scenarios). */
    answersPermissionPrompts: false,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
