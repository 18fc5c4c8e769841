/* global chrome -- callbacks below run inside the browser (extension pages), where chrome exists */
// The Firefox harness of the shared browser scenarios: Debian's Firefox ESR, headless, driven by puppeteer-core
// over WebDriver BiDi, with the built Firefox extension installed as a temporary add-on (BiDi webExtension.install).
// Fresh profile per launch, with these preferences:
// - extensions.webextensions.uuids: the add-on's moz-extension:// host is chosen here, so pages can be opened by URL;
// - extensions.webextOptionalPermissionPrompts=false: permissions.request() is granted without the doorhanger
//   (Firefox's own switch for automation: toolkit/components/extensions/parent/ext-permissions.js);
// - with `webmailPort`: a PAC script sends the webmail hosts through a local CONNECT proxy to the fake server
//   (tests/helpers/webmail-proxy.mjs), and the session accepts its throw-away certificate (acceptInsecureCerts).
// As in Chromium, the popup is opened as popup.html?tab=<id> in a tab: headless Firefox has no toolbar to click.
import puppeteer from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startWebmailProxy } from '../../helpers/webmail-proxy.mjs';
import { puppeteerPage } from './puppeteer-page.mjs';
import { grantActiveTab, navigateTo, setPref, suspendBackground } from './firefox-bidi.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve('.output/firefox-mv3');
const ADDON_ID = 'headerscope@headerscope.dev';
const COLOR_PREF = 'layout.css.prefers-color-scheme.content-override'; // 0 dark, 1 light

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function launchFirefox({ extDir = FIREFOX_BUILD, webmailPort = null } = {}) {
  if (!existsSync(join(extDir, 'manifest.json')))
    throw new Error(`No build at ${extDir}: run npm run build:firefox first.`);
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr (see .ci/run).`);
  const artifacts = 'tests/browser/artifacts/firefox';
  mkdirSync(artifacts, { recursive: true });
  const uuid = randomUUID();
  const proxy = webmailPort === null ? null : await startWebmailProxy(webmailPort);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: proxy !== null,
    defaultViewport: { width: 1000, height: 700 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      'extensions.webextOptionalPermissionPrompts': false,
      [COLOR_PREF]: 1,
      ...(proxy === null ? {} : { 'network.proxy.type': 2, 'network.proxy.autoconfig_url': proxy.pacUrl }),
    },
  });
  const closeAll = async () => {
    await browser.close();
    await proxy?.close();
  };
  try {
    const id = await browser.installExtension(extDir);
    if (id !== ADDON_ID) throw new Error(`installed ${id}, expected ${ADDON_ID}`);
  } catch (e) {
    await closeAll();
    throw e;
  }
  const extensionUrl = (path) => `moz-extension://${uuid}/${path}`;

  // A quiet extension page (the options page only reads settings) to run extension calls in.
  const control = await browser.newPage();
  await navigateTo(control, extensionUrl('options.html'));
  const extensionEval = (fn, arg) => control.evaluate(fn, arg);
  const tabIds = () => extensionEval(async () => (await chrome.tabs.query({})).map((t) => t.id));
  /** Tab ids of the pages this harness opened: read when the tab appears, so no host permission is needed. */
  const ids = new WeakMap();

  /** A tab in a window of its own (windows.create): the tab it is opened next to stays its window's visible tab. */
  const newWindow = async () => {
    const known = new Set(await browser.pages());
    await extensionEval(() => chrome.windows.create({ url: 'about:blank', width: 420, height: 760 }));
    for (let i = 0; i < 100; i++) {
      const page = (await browser.pages()).find((p) => !known.has(p));
      if (page !== undefined) return page;
      await sleep(50);
    }
    throw new Error('no page in the new window');
  };
  const newTab = async (create = () => browser.newPage()) => {
    const before = new Set(await tabIds());
    const page = await create();
    const fresh = (await tabIds()).filter((t) => !before.has(t));
    if (fresh.length !== 1) throw new Error(`expected one new tab, found ${String(fresh.length)}`);
    ids.set(page, fresh[0]);
    return page;
  };

  const openExtensionPage = async (
    path,
    { viewport = { width: 400, height: 600 }, colorScheme = 'light', earlyScript = null, ownWindow = false } = {},
  ) => {
    const page = await newTab(ownWindow ? newWindow : undefined);
    await page.setViewport(viewport);
    await setPref(control, COLOR_PREF, colorScheme === 'dark' ? 0 : 1);
    if (earlyScript === null) {
      await navigateTo(page, extensionUrl(path));
      return puppeteerPage(page);
    }
    // No preload scripts in extension pages over BiDi: run the script as soon as the new document exists.
    await navigateTo(page, extensionUrl(path), 'none');
    for (let i = 0; i < 200; i++) {
      const done = await page
        .evaluate(`location.protocol === 'moz-extension:' && ((${earlyScript.toString()})(), true)`)
        .catch(() => false);
      if (done) break;
      await sleep(10);
    }
    return puppeteerPage(page);
  };
  const tabIdOf = (ui) => {
    const id = ids.get(ui.raw);
    if (id === undefined) throw new Error('not a tab this harness opened');
    return id;
  };

  return {
    name: 'firefox',
    artifacts,
    extDir,
    launch: launchFirefox,
    extensionUrl,
    openExtensionPage,
    openPage: async (url, { initScript = null } = {}) => {
      const page = await newTab();
      if (initScript !== null) await page.evaluateOnNewDocument(initScript);
      await page.goto(url, { waitUntil: 'load' });
      return puppeteerPage(page);
    },
    tabIdOf,
    /**
     * Open the popup page for a tab (null: a tab id that does not exist), as a click on the toolbar icon would: the
     * activeTab grant for that tab (`activeTab: false` leaves it out, to prove the extension's own permissions), and
     * the popup in a window of its own. A real popup is a panel over the tab, which stays visible; a popup page in
     * another tab of the same window would hide it, and Firefox clamps timers in hidden tabs to one per second
     * (dom.min_background_timeout_value), which turns a content script's short waits into seconds.
     */
    openPopupFor: async (ui, { viewport = { width: 400, height: 700 }, earlyScript = null, activeTab = true } = {}) => {
      const tabId = ui === null ? 999999 : tabIdOf(ui);
      if (ui !== null && activeTab) await grantActiveTab(control, ADDON_ID, tabId);
      return openExtensionPage(`popup.html?tab=${String(tabId)}`, { viewport, earlyScript, ownWindow: true });
    },
    waitForNewPage: async (action) => {
      const before = (await browser.pages()).length;
      await action();
      for (let i = 0; i < 100; i++) {
        const pages = await browser.pages();
        if (pages.length > before) return puppeteerPage(pages.at(-1));
        await sleep(100);
      }
      throw new Error('no new tab opened');
    },
    extensionEval,
    /** Suspends the event page, as Firefox does when it is idle; the next event starts it again. */
    suspendBackground: async () => {
      const state = await suspendBackground(control, ADDON_ID);
      if (state !== 'stopped') throw new Error(`the event page is ${String(state)}, not stopped`);
    },
    clearCookies: async () => {
      const cookies = await browser.cookies();
      if (cookies.length > 0) await browser.deleteCookie(...cookies);
    },
    /** Firefox lets the user (and the extension) take back host access per site: permissions.remove works. */
    canRevokeSiteAccess: true,
    /** Whether permissions.request() gets an answer without a person (see options scenarios). */
    answersPermissionPrompts: true,
    close: closeAll,
  };
}
