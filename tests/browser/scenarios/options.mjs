/* global chrome -- callbacks below run inside the browser (extension pages / worker), where chrome exists */
// Options page scenarios, shared by the Chromium and the Firefox harness: what the user sets is what the
// background reads (storage.local "settings"), and live checks ask for the resolver's host permission first.
import assert from 'node:assert/strict';
import { join } from 'node:path';

const storedSettings = (h) =>
  h.extensionEval(async () => (await chrome.storage.local.get('settings')).settings ?? null);

export const optionsScenarios = [
  {
    name: 'options: a Spamhaus DQS key typed in the options page is stored for the background',
    async run({ h }) {
      const page = await h.openExtensionPage('options.html', { viewport: { width: 700, height: 900 } });
      await page.waitFor('input[aria-label="Spamhaus DQS key"]');
      await page.fill('input[aria-label="Spamhaus DQS key"]', ' abcdefghijklmnopqrstuvwxyz ');
      await page.press('Tab');
      await page.waitForFunction(
        async () => (await chrome.storage.local.get('settings')).settings?.dqsKey !== undefined,
      );
      const s = await storedSettings(h);
      assert.equal(s.dqsKey, 'abcdefghijklmnopqrstuvwxyz');
      assert.equal(s.live, false, 'live checks stay off until the user turns them on');
      await page.screenshot(join(h.artifacts, 'options.png'), { fullPage: true });
      await page.close();
      await h.extensionEval(() => chrome.storage.local.remove('settings'));
    },
  },
  {
    name: 'options: turning live checks on asks for the resolver only, and is stored once granted',
    // Headless Chromium shows the permission prompt to nobody and never answers; Firefox's automation
    // preference (extensions.webextOptionalPermissionPrompts=false) grants it as an accepted prompt would.
    skip: (h) => !h.answersPermissionPrompts && 'headless Chromium cannot answer the permission prompt',
    async run({ h }) {
      const page = await h.openExtensionPage('options.html', { viewport: { width: 700, height: 900 } });
      const origin = 'https://cloudflare-dns.com/*';
      assert.equal(await h.extensionEval((o) => chrome.permissions.contains({ origins: [o] }), origin), false);
      await page.click('section[aria-labelledby=live-h] input[type=checkbox]');
      await page.waitForFunction(async () => (await chrome.storage.local.get('settings')).settings?.live === true);
      assert.equal(await h.extensionEval((o) => chrome.permissions.contains({ origins: [o] }), origin), true);
      // Only the chosen resolver: the other resolvers and "any https host" stay not granted.
      assert.equal(
        await h.extensionEval(() => chrome.permissions.contains({ origins: ['https://dns.google/*'] })),
        false,
      );
      assert.equal(await page.count('[role=alert]'), 0);
      await page.close();
      await h.extensionEval(async (o) => {
        await chrome.permissions.remove({ origins: [o] });
        await chrome.storage.local.remove('settings');
      }, origin);
    },
  },
];
