// The WebDriver BiDi calls the Firefox harness makes below puppeteer-core's public API, kept in one place
// (puppeteer-core is pinned in package.json; a new version must be checked against these).
//
// 1. Opening moz-extension:// pages. Firefox's remote agent refuses to navigate to them unless Firefox runs with
//    --remote-allow-system-access (Firefox source: remote/shared/BrowsingContextUtils isWebdriverSafeNavigationURL,
//    checked in webdriver-bidi/modules/root/browsingContext navigate). With it the page loads, but puppeteer's
//    page.goto() then waits forever: BiDi reports no network response for an extension document. So we send
//    browsingContext.navigate ourselves and wait for the readiness state it returns.
// 2. Privileged calls while Firefox runs (a preference such as the colour scheme of the next page; the activeTab
//    grant a toolbar click gives): script.evaluate in the browser window's chrome context, which
//    `browsingContext.getTree` lists with the Firefox-specific "moz:scope": "chrome" (also allowed only with
//    --remote-allow-system-access).

/** @param {import('puppeteer-core').Page} page */
function coreContext(page) {
  const context = page.mainFrame().browsingContext;
  if (context === undefined) throw new Error('puppeteer-core internals changed: Frame.browsingContext is missing');
  return context;
}

/** Navigate a tab to an extension page; `wait`: 'none' | 'interactive' | 'complete'. */
export async function navigateTo(page, url, wait = 'complete') {
  await coreContext(page).navigate(url, wait);
}

/** Evaluate an expression in the browser window's chrome (privileged) context; returns BiDi's remote value. */
async function chromeEval(page, expression) {
  const session = coreContext(page).userContext.browser.session;
  const tree = await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chrome = tree.result.contexts.find((c) => c.url.startsWith('chrome://browser/'));
  if (chrome === undefined) throw new Error('no chrome://browser window to evaluate in');
  const reply = await session.send('script.evaluate', {
    expression,
    target: { context: chrome.context },
    awaitPromise: true,
  });
  if (reply.result.type !== 'success') throw new Error(`chrome-context script failed: ${JSON.stringify(reply.result)}`);
  return reply.result.result;
}

/** Set a Firefox preference (integer or boolean) in the running browser. */
export async function setPref(page, name, value) {
  const setter = typeof value === 'boolean' ? 'setBoolPref' : 'setIntPref';
  await chromeEval(page, `Services.prefs.${setter}(${JSON.stringify(name)}, ${JSON.stringify(value)})`);
}

/**
 * What a click on the add-on's toolbar button does to the tab it was clicked on: the activeTab grant for the tab's
 * current page (Firefox: browser/components/extensions/parent/ext-browserAction.js calls
 * tabManager.addActiveTabPermission). The popup itself is then opened in a tab by the caller.
 */
export async function grantActiveTab(page, addonId, tabId) {
  await chromeEval(
    page,
    `(() => { const tm = WebExtensionPolicy.getByID(${JSON.stringify(addonId)}).extension.tabManager; tm.addActiveTabPermission(tm.get(${String(Number(tabId))}).nativeTab); })()`,
  );
}

/**
 * Suspend the add-on's event page as its idle timeout does (Firefox: toolkit/components/extensions/parent/
 * ext-backgroundPage.js, extension.terminateBackground); the next event starts it again. Returns the state after.
 */
export async function suspendBackground(page, addonId) {
  const state = await chromeEval(
    page,
    `(async () => { const ext = WebExtensionPolicy.getByID(${JSON.stringify(addonId)}).extension; await ext.terminateBackground({ disableResetIdleForTest: true }); return ext.backgroundState; })()`,
  );
  return state.value;
}
