/* global chrome -- callbacks below run inside the browser (extension pages), where chrome exists */
// Large files through the popup's "Open .eml file…" (Chromium and Firefox): the popup reads the file, the text goes
// to the worker over the analysis port in 1 Mi-character chunks (extension messages stop at 64 MiB), so a message
// at the 50 MiB cap is analysed and one byte more is refused with its size in bytes. The times are printed for the
// report (a 5 MB file against the same text pasted); nothing here asserts a time.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { forgetLastReport } from './popup-product.mjs';
import { LARGE_SUBJECT, largeEmlFile } from '../../helpers/large-eml.mjs';

const CAP = 50 * 1024 * 1024;
const FIVE_MB = 5_000_000;
const SLOW = 180_000;

/** The worker has stored the report as the session's last one (done after it answered the page). */
async function stored(h) {
  for (let i = 0; i < 600; i++) {
    const last = await h.extensionEval(() => chrome.storage.session.get('hs.report.last'));
    if (last['hs.report.last']) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the report was never stored as the last one');
}

async function openedFile(h, path) {
  await forgetLastReport(h);
  const page = await h.openExtensionPage('popup.html', { viewport: { width: 400, height: 900 } });
  await page.waitFor('#raw');
  const began = Date.now();
  await page.setFiles('input[type=file]', path);
  await page.waitFor('.summary, [role=alert]', { timeout: SLOW });
  return { page, ms: Date.now() - began };
}

const withFile = async (size, name, f) => {
  const path = largeEmlFile(size, name);
  try {
    await f(path);
  } finally {
    rmSync(dirname(path), { recursive: true, force: true });
  }
};

export const popupLargeFileScenarios = [
  {
    name: 'a 5 MB .eml opened in the popup is analysed; the same text pasted, for comparison',
    async run({ h }) {
      await withFile(FIVE_MB, 'five-mb.eml', async (path) => {
        const { page, ms } = await openedFile(h, path);
        assert.equal(await page.text('.summary .subject'), LARGE_SUBJECT);
        console.log(`# ${h.name}: 5 MB file open to report ${String(ms)} ms`);
        await page.close();
        await stored(h);
        await forgetLastReport(h);
        const pasted = await h.openExtensionPage('popup.html', { viewport: { width: 400, height: 900 } });
        await pasted.waitFor('#raw');
        // The text set as a paste sets it (Playwright's fill inserts 5 MB as typed text, which takes minutes).
        const pasteBegan = Date.now();
        await pasted.evaluate(
          (v) => {
            const box = document.querySelector('#raw');
            box.focus();
            box.value = v;
            box.dispatchEvent(new Event('input', { bubbles: true }));
          },
          readFileSync(path, 'latin1'),
        );
        // The page lays the text out before it answers again (Firefox: longer than a driver's default wait).
        await pasted.waitFor('button[type=submit]:not([disabled])', { timeout: SLOW });
        const pasteSetMs = Date.now() - pasteBegan;
        const began = Date.now();
        await pasted.click('button[type=submit]');
        await pasted.waitFor('.summary', { timeout: SLOW });
        const pasteMs = Date.now() - began;
        assert.equal(await pasted.text('.summary .subject'), LARGE_SUBJECT);
        await pasted.close();
        console.log(
          `# ${h.name}: 5 MB paste: text into the box ${String(pasteSetMs)} ms, then click to report ${String(pasteMs)} ms`,
        );
      });
    },
  },
  {
    name: 'a .eml of exactly 50 MiB opened in the popup is analysed; one byte more is refused with its size in bytes',
    async run({ h }) {
      await withFile(CAP, 'at-cap.eml', async (path) => {
        const { page, ms } = await openedFile(h, path);
        assert.equal(await page.count('[role=alert]'), 0, await page.text('[role=alert]').catch(() => ''));
        assert.equal(await page.text('.summary .subject'), LARGE_SUBJECT);
        await page.close();
        await stored(h);
        console.log(`# ${h.name}: 50 MiB file open to report ${String(ms)} ms`);
      });
      await withFile(CAP + 1, 'over-cap.eml', async (path) => {
        const { page } = await openedFile(h, path);
        assert.equal(
          await page.text('[role=alert]'),
          'over-cap.eml is 52,428,801 bytes (50.0 MiB); the limit is 52,428,800 bytes (50.0 MiB). Save only the headers and try again.',
        );
        assert.equal(await page.count('.summary'), 0);
        await page.close();
      });
    },
  },
];
