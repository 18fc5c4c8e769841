import { browser } from 'wxt/browser';
import { parseSettings, type Settings } from '../../lib/settings';

export const SETTINGS_KEY = 'settings';

/** The user's settings, validated (storage is not trusted to hold what we wrote). */
export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(got[SETTINGS_KEY]);
}
