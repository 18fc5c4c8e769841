/* global chrome -- callbacks below run inside the browser (extension pages), where chrome exists */
// The popup's first analysis in the real extension (Chromium, headless): time from the Analyse click to the
// report's first paint, for the ~6 KB header block of bench/inputs.ts (a Microsoft 365 message delivered to Gmail).
// cold: the first analysis after the extension started (fresh browser profile: the worker has just started and has
//   read nothing yet) and the first after the worker was stopped as Chromium stops an idle one;
// warm: the analyses after that, worker and popup loaded.
// Each round is a fresh browser launch. Usage: npm run bench:browser [-- ROUNDS]   (build first: npm run build)
import { build } from 'esbuild';
import { launchChromium } from '../tests/browser/drivers/chromium.mjs';

const rounds = Number(process.argv[2] ?? 5);
await build({
  entryPoints: ['bench/inputs.ts'],
  outfile: '.bench/inputs.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});
const { typicalHeaderBlock } = await import('../.bench/inputs.mjs');
const headers = typicalHeaderBlock();

/** Click Analyse, wait for the summary; the time is measured inside the page (performance.now). */
async function firstPaint(h, text) {
  await h.extensionEval(() => chrome.storage.session.remove('hs.report.last'));
  const page = await h.openExtensionPage('popup.html', { viewport: { width: 400, height: 800 } });
  await page.fill('#raw', text);
  const ms = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const seen = new MutationObserver(() => {
          if (document.querySelector('.summary') === null) return;
          seen.disconnect();
          // The frame that shows it.
          requestAnimationFrame(() => {
            resolve(performance.now() - t0);
          });
        });
        seen.observe(document.body, { childList: true, subtree: true });
        document.querySelector('button[type=submit]').click();
      }),
  );
  // The worker stores the report as the session's last one after answering: wait for it, so that the next round's
  // popup does not open on it.
  for (let i = 0; i < 100; i++) {
    const last = await h.extensionEval(
      async () => (await chrome.storage.session.get('hs.report.last'))['hs.report.last'],
    );
    if (last !== undefined) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  await page.close();
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cold = [];
const restarted = [];
const warm = [];
for (let i = 0; i < rounds; i++) {
  const h = await launchChromium();
  try {
    cold.push(await firstPaint(h, headers));
    for (let j = 0; j < 3; j++) warm.push(await firstPaint(h, headers));
    await h.suspendBackground();
    restarted.push(await firstPaint(h, headers));
  } finally {
    await h.close();
  }
}
const row = (name, xs) =>
  `  ${name.padEnd(40)} median ${median(xs).toFixed(0).padStart(4)} ms   min ${Math.min(...xs)
    .toFixed(0)
    .padStart(4)} ms   (${String(xs.length)} runs)`;
const [l1, l5] = (await import('node:os')).loadavg();
console.log(
  `popup: Analyse click -> report painted, ${String(headers.length)}-character header block, Chromium headless`,
);
console.log(row('cold (first after the extension started)', cold));
console.log(row('cold (first after the worker was stopped)', restarted));
console.log(row('warm', warm));
console.log(`  goal: cold <= 100 ms; load average ${l1.toFixed(1)} / ${l5.toFixed(1)} (1 / 5 min)`);
