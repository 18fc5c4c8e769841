import { browser } from 'wxt/browser';
import { createDnsCache, createDohResolver } from '../../lib/dns';
import type { DnsResolver } from '../../lib/dns/types';
import { chosenProvider } from '../../lib/settings';
import { loadSettings } from './settings-store';

// One cache for the worker's life: a stopped worker simply starts cold.
const cache = createDnsCache({ now: () => Date.now() });

export interface LiveChoice {
  dns: DnsResolver | null;
  label: string;
}

/** The resolver the user chose, or none when live checks are off or the host permission was revoked. */
export async function liveResolver(): Promise<LiveChoice> {
  const settings = await loadSettings();
  if (!settings.live) return { dns: null, label: 'off' };
  const provider = chosenProvider(settings);
  if (!provider) return { dns: null, label: 'off' };
  const allowed = await browser.permissions.contains({ origins: [provider.origin] }).catch(() => false);
  if (!allowed) return { dns: null, label: 'off' };
  const format = settings.provider === 'custom' ? settings.customFormat : 'wire';
  const dns = createDohResolver({
    fetch: (url, init) => fetch(url, init),
    endpoint: format === 'json' && provider.json ? provider.json : provider.wire,
    format,
    timeoutMs: 3000,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (t) => {
      clearTimeout(t as ReturnType<typeof setTimeout>);
    },
    cache,
  });
  return { dns, label: provider.label };
}
