import { DOH_PROVIDERS, customDohProvider, dohProvider, type DohFormat, type DohProvider } from './doh-providers';

/** What the user chose in the options page. Stored as plain data; every read is validated. */
export interface Settings {
  /** Live DNS checks; off = no network at all. */
  live: boolean;
  /** A preset id (cloudflare, google, quad9) or "custom". */
  provider: string;
  customUrl: string;
  customFormat: DohFormat;
  /** Spamhaus Data Query Service key for blocklist checks through a public resolver ("" = none). */
  dqsKey: string;
}

export const DEFAULT_SETTINGS: Settings = {
  live: false,
  provider: 'cloudflare',
  customUrl: '',
  customFormat: 'wire',
  dqsKey: '',
};

function pick<T>(value: unknown, ok: (v: unknown) => v is T, fallback: T): T {
  return ok(value) ? value : fallback;
}

const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isString = (v: unknown): v is string => typeof v === 'string' && v.length <= 2048;
const isFormat = (v: unknown): v is DohFormat => v === 'wire' || v === 'json';
const isProvider = (v: unknown): v is string => v === 'custom' || (typeof v === 'string' && DOH_PROVIDERS.some((p) => p.id === v));
const isKey = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9]{0,64}$/i.test(v);

/** Settings from storage (or anything): unknown or invalid fields fall back to the defaults. */
export function parseSettings(raw: unknown): Settings {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    live: pick(r.live, isBool, DEFAULT_SETTINGS.live),
    provider: pick(r.provider, isProvider, DEFAULT_SETTINGS.provider),
    customUrl: pick(r.customUrl, isString, DEFAULT_SETTINGS.customUrl),
    customFormat: pick(r.customFormat, isFormat, DEFAULT_SETTINGS.customFormat),
    dqsKey: pick(r.dqsKey, isKey, DEFAULT_SETTINGS.dqsKey),
  };
}

/** The DoH provider the settings name, or null when the custom URL is not a valid https endpoint. */
export function chosenProvider(s: Settings): DohProvider | null {
  return s.provider === 'custom' ? customDohProvider(s.customUrl, s.customFormat) : dohProvider(s.provider);
}
