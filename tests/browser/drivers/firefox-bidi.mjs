// The two WebDriver BiDi calls the Firefox harness makes below puppeteer-core's public API, kept in one place
// (puppeteer-core is pinned in package.json; a new version must be checked against these).
//
// 1. Opening moz-extension:// pages. Firefox's remote agent refuses to navigate to them unless Firefox runs with
//    --remote-allow-system-access (Firefox source: remote/shared/BrowsingContextUtils isWebdriverSafeNavigationURL,
//    checked in webdriver-bidi/modules/root/browsingContext navigate). With it the page loads, but puppeteer's
//    page.goto() then waits forever: BiDi reports no network response for an extension document. So we send
//    browsingContext.navigate ourselves and wait for the readiness state it returns.
// 2. Setting a preference while Firefox runs (the colour scheme of the next page): script.evaluate in the browser
//    window's chrome context, which `browsingContext.getTree` lists with the Firefox-specific "moz:scope": "chrome"
//    (also allowed only with --remote-allow-system-access).

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

/** Set a Firefox preference (integer or boolean) in the running browser. */
export async function setPref(page, name, value) {
  const session = coreContext(page).userContext.browser.session;
  const tree = await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chrome = tree.result.contexts.find((c) => c.url.startsWith('chrome://browser/'));
  if (chrome === undefined) throw new Error('no chrome://browser window to set a preference in');
  const setter = typeof value === 'boolean' ? 'setBoolPref' : 'setIntPref';
  const reply = await session.send('script.evaluate', {
    expression: `Services.prefs.${setter}(${JSON.stringify(name)}, ${JSON.stringify(value)})`,
    target: { context: chrome.context },
    awaitPromise: false,
  });
  if (reply.result.type !== 'success') throw new Error(`setting ${name} failed: ${JSON.stringify(reply.result)}`);
}
