// The popup's first screen (400 x 600 px, the toolbar popup's usual size) on realistic messages, shared by the
// Chromium and the Firefox harness: the verdict is the first block under the title bar and its headline is read
// inside the first 250 px with what it means for the reader; the SPF/DKIM/DMARC badge row naming the recorder (a
// bounce: the recipient's card) is on the first screen too.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forgetLastReport } from './popup-product.mjs';

const V = 'tests/fixtures/verdict';
export const FIRST_SCREENS = [
  { name: 'phish', file: 'samples/phish-with-forged-results.eml', kind: 'deceptive' },
  { name: 'newsletter', file: `${V}/esp-newsletter-aligned-dkim.eml`, kind: 'authentic' },
  { name: 'list-arc', file: `${V}/list-arc-trusted-gmail.eml`, kind: 'authentic' },
  { name: 'bounce', file: 'samples/bounce-gmail-550-5.1.1.eml', kind: 'bounce' },
  { name: 'forwarded-phish', file: 'samples/forwarded-phish-as-attachment.eml', kind: 'deceptive' },
];

/** Where the answer sits on the screen (CSS px from the top of the popup). */
function measure() {
  const box = (el) => (el ? el.getBoundingClientRect() : null);
  const report = document.querySelector('article.report');
  const banner = document.querySelector('article.report > .verdicts [data-testid=verdict]');
  const badges = report?.querySelector(':scope > .report-cols [data-testid=auth-badges]');
  return {
    firstIsVerdict: report?.firstElementChild?.classList.contains('verdicts') ?? false,
    kind: banner?.getAttribute('data-kind') ?? null,
    bannerTop: Math.round(box(banner)?.top ?? -1),
    bannerBottom: Math.round(box(banner)?.bottom ?? -1),
    headlineBottom: Math.round(box(banner?.querySelector('.verdict-headline'))?.bottom ?? -1),
    adviceBottom: Math.round(box(banner?.querySelector('.verdict-advice'))?.bottom ?? -1),
    badgesBottom: badges ? Math.round(box(badges).bottom) : null,
    bounceCardTop: Math.round(box(report?.querySelector('.bounce-card'))?.top ?? -1),
    sideScroll: document.documentElement.scrollWidth > window.innerWidth,
  };
}

export const firstScreenScenarios = [
  {
    name: 'first screen (400 x 600): the verdict under the title within 250 px, the badge row on screen',
    async run({ h }) {
      const seen = [];
      for (const s of FIRST_SCREENS) {
        await forgetLastReport(h);
        const page = await h.openExtensionPage('popup.html', { viewport: { width: 400, height: 600 } });
        await page.fill('#raw', readFileSync(s.file, 'utf8'));
        await page.click('button[type=submit]');
        await page.waitFor('.summary', { timeout: 10000 });
        await page.evaluate(() => window.scrollTo(0, 0));
        const m = await page.evaluate(measure);
        seen.push({ name: s.name, ...m });
        if (h.name !== 'firefox') await page.screenshot(join(h.artifacts, `first-screen-${s.name}.png`));
        await page.close();
      }
      // All five measured before any assertion, so that one run gives every number.
      console.log(`first screens (${h.name}): ${JSON.stringify(seen)}`);
      for (const [s, m] of FIRST_SCREENS.map((x, i) => [x, seen[i]])) {
        assert.equal(m.firstIsVerdict, true, `${s.name}: the verdict is the report's first block`);
        assert.equal(m.kind, s.kind, `${s.name}: the banner's kind`);
        assert.ok(
          m.bannerTop >= 0 && m.bannerTop < 80,
          `${s.name}: banner starts under the title (${String(m.bannerTop)} px)`,
        );
        assert.ok(m.bannerBottom <= 250, `${s.name}: banner within the first 250 px (${String(m.bannerBottom)} px)`);
        // A bounce leads with its recipient card; other mail with the SPF/DKIM/DMARC row.
        if (s.kind === 'bounce')
          assert.ok(
            m.bounceCardTop > 0 && m.bounceCardTop < 560,
            `${s.name}: bounce card on screen (${String(m.bounceCardTop)} px)`,
          );
        else
          assert.ok(
            m.badgesBottom !== null && m.badgesBottom <= 600,
            `${s.name}: badge row on screen (${String(m.badgesBottom)} px)`,
          );
        assert.equal(m.sideScroll, false, `${s.name}: no sideways scrolling`);
      }
    },
  },
];
