// The page interface the shared scenarios use (tests/browser/scenarios/), over a Playwright page (Chromium).
// Every method takes a CSS selector and acts on the first match, waiting for it like Playwright's own calls.

/** @param {import('playwright-core').Page} page */
export function playwrightPage(page) {
  const first = (sel) => page.locator(sel).first();
  return {
    raw: page,
    url: async () => page.url(),
    fill: (sel, value) => first(sel).fill(value),
    click: (sel) => first(sel).click(),
    /** A key combination on the focused element, Playwright notation ("Control+Enter"). */
    press: (keys) => page.keyboard.press(keys),
    text: (sel) => first(sel).textContent(),
    texts: (sel) => page.locator(sel).allTextContents(),
    attr: (sel, name) => first(sel).getAttribute(name),
    count: (sel) => page.locator(sel).count(),
    isVisible: (sel) => first(sel).isVisible(),
    isChecked: (sel) => first(sel).isChecked(),
    check: (sel) => first(sel).check(),
    /** Chooses a file in an <input type=file> (hidden or not), as the file picker would. */
    setFiles: (sel, path) => first(sel).setInputFiles(path),
    selectIndex: (sel, index) =>
      first(sel)
        .selectOption({ index })
        .then(() => undefined),
    /** state: 'attached' (default) or 'detached'. */
    waitFor: (sel, { timeout = 10000, state = 'attached' } = {}) =>
      state === 'detached'
        ? page.locator(sel).first().waitFor({ state, timeout })
        : page.waitForSelector(sel, { timeout, state }).then(() => undefined),
    waitForFunction: (fn, arg, { timeout = 10000 } = {}) =>
      page.waitForFunction(fn, arg, { timeout }).then(() => undefined),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    /** The whole page (fullPage) or one element. */
    screenshot: (path, { selector = null, fullPage = false } = {}) =>
      (selector === null ? page.screenshot({ path, fullPage }) : first(selector).screenshot({ path })).then(
        () => undefined,
      ),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
