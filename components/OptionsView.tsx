import type { Settings } from '../lib/settings';
import { DOH_PROVIDERS } from '../lib/settings';

export interface OptionsViewProps {
  settings: Settings;
  /** Why the last change did not take effect (e.g. permission refused), or null. */
  status: string | null;
  onChange: (patch: Partial<Settings>) => void;
}

/** The options page: live checks, resolver, and what is sent where, in plain words. Renders props only. */
export function OptionsView({ settings, status, onChange }: OptionsViewProps) {
  const s = settings;
  return (
    <main class="app full options">
      <h1>headerscope options</h1>
      <section aria-labelledby="live-h">
        <h2 id="live-h">Live DNS checks</h2>
        <p>
          headerscope reads the message on your device. With live checks on, it also asks a DNS-over-HTTPS resolver about the
          domains and IP addresses in the headers (SPF, DMARC, DKIM keys, blocklists) to re-check them now. Only those DNS names
          leave your computer, and only to the resolver you pick here. Nothing else is ever sent.
        </p>
        <label class="row">
          <input
            type="checkbox"
            checked={s.live}
            onChange={(e) => {
              onChange({ live: e.currentTarget.checked });
            }}
          />{' '}
          Re-check SPF, DMARC, DKIM and blocklists live
        </label>
        <fieldset disabled={!s.live}>
          <legend>Resolver</legend>
          {DOH_PROVIDERS.map((p) => (
            <label class="row" key={p.id}>
              <input
                type="radio"
                name="provider"
                value={p.id}
                checked={s.provider === p.id}
                onChange={() => {
                  onChange({ provider: p.id });
                }}
              />{' '}
              {p.label} <span class="muted">({new URL(p.wire).host})</span>
            </label>
          ))}
          <label class="row">
            <input
              type="radio"
              name="provider"
              value="custom"
              checked={s.provider === 'custom'}
              onChange={() => {
                onChange({ provider: 'custom' });
              }}
            />{' '}
            Your own DNS-over-HTTPS endpoint (https)
          </label>
          {s.provider === 'custom' && (
            <div class="row indent">
              <input
                type="url"
                class="search"
                placeholder="https://doh.example.net/dns-query"
                value={s.customUrl}
                aria-label="Custom DoH endpoint"
                onChange={(e) => {
                  onChange({ customUrl: e.currentTarget.value.trim() });
                }}
              />
              <select
                aria-label="Format"
                value={s.customFormat}
                onChange={(e) => {
                  onChange({ customFormat: e.currentTarget.value === 'json' ? 'json' : 'wire' });
                }}
              >
                <option value="wire">RFC 8484 (application/dns-message)</option>
                <option value="json">JSON API (application/dns-json)</option>
              </select>
            </div>
          )}
        </fieldset>
        <label class="row">
          Spamhaus DQS key (optional; Spamhaus refuses public resolvers without one){' '}
          <input
            type="text"
            class="search"
            value={s.dqsKey}
            aria-label="Spamhaus DQS key"
            onChange={(e) => {
              onChange({ dqsKey: e.currentTarget.value.trim() });
            }}
          />
        </label>
      </section>
      {status && (
        <p class="error" role="alert">
          {status}
        </p>
      )}
    </main>
  );
}
