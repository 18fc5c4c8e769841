// The page interface the shared scenarios use (tests/browser/scenarios/), over a puppeteer-core page driven
// through WebDriver BiDi (Firefox). Same methods and meaning as playwright-page.mjs: CSS selector, first match,
// waiting for it to be attached before acting.

const WAIT = 10000;

/** @param {import('puppeteer-core').Page} page */
export function puppeteerPage(page) {
  const el = async (sel, timeout = WAIT) => {
    const handle = await page.waitForSelector(sel, { timeout });
    if (handle === null) throw new Error(`no element for ${sel}`);
    return handle;
  };
  return {
    raw: page,
    /** puppeteer does not see navigations inside extension pages (BiDi sends no events for them): ask the page. */
    url: () => page.evaluate(() => location.href),
    /**
     * Sets the value and fires `input`, as Playwright's fill does; typing key by key would take minutes for a
     * 20 kB message. Setting a textarea's value normalises CRLF to LF as a paste does (HTML "API value").
     */
    fill: async (sel, value) => {
      const h = await el(sel);
      await h.evaluate((node, v) => {
        node.focus();
        node.value = v;
        node.dispatchEvent(new Event('input', { bubbles: true }));
        node.dispatchEvent(new Event('change', { bubbles: true }));
      }, value);
    },
    click: async (sel) => (await el(sel)).click(),
    press: async (keys) => {
      const parts = keys.split('+');
      const key = parts.pop();
      for (const m of parts) await page.keyboard.down(m);
      await page.keyboard.press(key);
      for (const m of parts.reverse()) await page.keyboard.up(m);
    },
    text: async (sel) => (await el(sel)).evaluate((n) => n.textContent),
    texts: (sel) => page.$$eval(sel, (ns) => ns.map((n) => n.textContent ?? '')),
    attr: async (sel, name) => (await el(sel)).evaluate((n, a) => n.getAttribute(a), name),
    count: (sel) => page.$$eval(sel, (ns) => ns.length),
    isVisible: (sel) =>
      page
        .$eval(sel, (n) => n.getClientRects().length > 0 && getComputedStyle(n).visibility !== 'hidden')
        .catch(() => false),
    isChecked: async (sel) => (await el(sel)).evaluate((n) => n.checked === true),
    check: async (sel) => {
      const h = await el(sel);
      if (!(await h.evaluate((n) => n.checked === true))) await h.click();
    },
    setFiles: async (sel, path) => {
      const h = await el(sel);
      await h.uploadFile(path);
    },
    selectIndex: async (sel, index) => {
      const h = await el(sel);
      await h.evaluate((node, i) => {
        node.selectedIndex = i;
        node.dispatchEvent(new Event('input', { bubbles: true }));
        node.dispatchEvent(new Event('change', { bubbles: true }));
      }, index);
    },
    waitFor: async (sel, { timeout = WAIT, state = 'attached' } = {}) => {
      if (state === 'detached') {
        await page.waitForFunction((s) => document.querySelector(s) === null, { timeout, polling: 100 }, sel);
      } else await el(sel, timeout);
    },
    waitForFunction: (fn, arg, { timeout = WAIT } = {}) =>
      page.waitForFunction(fn, { timeout, polling: 100 }, arg).then(() => undefined),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path, { selector = null, fullPage = false } = {}) => {
      if (selector === null) await page.screenshot({ path, fullPage });
      else await (await el(selector)).screenshot({ path });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
