import { browser } from 'wxt/browser';
import { globalDohResolver } from '../../host/global-doh';
import { createDnsCache, type DnsCache } from '../../lib/dns';
import type { DohProvider } from '../../lib/settings';
import type { DnsResolver } from '../../lib/dns/types';
import { chosenProvider } from '../../lib/settings';
import { loadSettings } from './settings-store';
import { LIVE_QUERY_BUDGET } from '../../lib/stages/live-stage';
import { createHealthCache, type HealthCache } from '../../lib/reputation/types';

// One cache per resolver endpoint for the worker's life (a stopped worker simply starts cold); answers from one
// resolver are never served as another's.
const caches = new Map<string, DnsCache>();
function cacheFor(endpoint: string): DnsCache {
  let c = caches.get(endpoint);
  if (!c) {
    c = createDnsCache({ now: () => Date.now() });
    caches.set(endpoint, c);
  }
  return c;
}

// Blocklist health checks (RFC 5782 §5) per endpoint for the worker's life: asked once, not once per message.
const health = new Map<string, HealthCache>();
function healthFor(endpoint: string): HealthCache {
  let h = health.get(endpoint);
  if (!h) {
    h = createHealthCache();
    health.set(endpoint, h);
  }
  return h;
}

/** Test build only: the local DoH test server on http://127.0.0.1 (the shipped build accepts https only). */
function testProvider(url: string): DohProvider | null {
  if (!__HS_TEST_BUILD__ || !url.startsWith('http://127.0.0.1:')) return null;
  return { id: 'custom', label: 'local test resolver', wire: url, json: null, origin: 'http://127.0.0.1/*' };
}

export interface LiveChoice {
  dns: DnsResolver | null;
  label: string;
  /** The endpoint's blocklist health checks; absent when live checks are off. */
  health?: HealthCache;
}

/** The resolver the user chose, or none when live checks are off or the host permission was revoked. */
export async function liveResolver(): Promise<LiveChoice> {
  const settings = await loadSettings();
  if (!settings.live) return { dns: null, label: 'off' };
  const provider = chosenProvider(settings) ?? testProvider(settings.customUrl);
  if (!provider) return { dns: null, label: 'off' };
  const allowed = await browser.permissions.contains({ origins: [provider.origin] }).catch(() => false);
  if (!allowed) return { dns: null, label: 'off' };
  const format = settings.provider === 'custom' ? settings.customFormat : 'wire';
  const endpoint = format === 'json' && provider.json ? provider.json : provider.wire;
  // One resolver per message. analyze() spends at most LIVE_QUERY_BUDGET questions on every live check together
  // (verdicts first, blocklists last: lib/dns/lookup-budget.ts); this cap is only a backstop.
  const dns = globalDohResolver({ endpoint, format, cache: cacheFor(endpoint), maxQueries: LIVE_QUERY_BUDGET });
  return { dns, label: provider.label, health: healthFor(endpoint) };
}
