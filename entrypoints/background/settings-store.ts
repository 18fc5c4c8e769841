import { browser } from 'wxt/browser';
import { parseSettings, type Settings } from '../../lib/settings';

export const SETTINGS_KEY = 'settings';

/** The user's settings, validated (storage is not trusted to hold what we wrote). */
export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(got[SETTINGS_KEY]);
}

/**
 * Settings earlier versions stored and this one no longer has: the Outlook service opt-in (its own key and
 * its copy in "settings"), removed because the service cannot work without the user's sign-in token. Run on
 * update so no dead setting stays on the user's disk.
 */
export async function dropRetiredSettings(): Promise<void> {
  try {
    await browser.storage.local.remove('hs.outlookService');
    const got = await browser.storage.local.get(SETTINGS_KEY);
    const stored: unknown = got[SETTINGS_KEY];
    if (typeof stored === 'object' && stored !== null && 'outlookService' in stored) {
      await browser.storage.local.set({ [SETTINGS_KEY]: parseSettings(stored) });
    }
  } catch {
    // Storage unavailable: nothing to clean.
  }
}
