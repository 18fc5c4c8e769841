import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, chosenProvider, parseSettings } from '../../lib/settings';

describe('parseSettings', () => {
  it('defaults to live checks off: nothing is sent until the user turns them on', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.live).toBe(false);
  });

  it.each([
    ['live not a boolean', { live: 'yes' }, 'live', false],
    ['unknown provider', { provider: 'evil' }, 'provider', 'cloudflare'],
    ['bad format', { customFormat: 'xml' }, 'customFormat', 'wire'],
    ['key with punctuation', { dqsKey: 'abc;rm -rf' }, 'dqsKey', ''],
    ['oversized url', { customUrl: 'x'.repeat(5000) }, 'customUrl', ''],
  ] as const)('falls back to the default for %s', (_n, raw, key, expected) => {
    expect(parseSettings(raw)[key]).toBe(expected);
  });

  it('keeps valid values and ignores __proto__', () => {
    const s = parseSettings(JSON.parse('{"live":true,"provider":"quad9","__proto__":{"live":false}}') as unknown);
    expect(s.live).toBe(true);
    expect(s.provider).toBe('quad9');
  });
});

describe('chosenProvider', () => {
  it('gives the preset', () => {
    expect(chosenProvider({ ...DEFAULT_SETTINGS, provider: 'google' })?.wire).toBe('https://dns.google/dns-query');
  });
  it('accepts an https custom endpoint and refuses http', () => {
    expect(chosenProvider({ ...DEFAULT_SETTINGS, provider: 'custom', customUrl: 'https://doh.example/dns-query' })?.origin).toBe('https://doh.example/*');
    expect(chosenProvider({ ...DEFAULT_SETTINGS, provider: 'custom', customUrl: 'http://doh.example/dns-query' })).toBeNull();
  });
});
