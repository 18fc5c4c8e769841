import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsView } from '../../components/OptionsView';
import { DEFAULT_SETTINGS, chosenProvider, parseSettings, type Settings } from '../../lib/settings';
import { loadSettings, SETTINGS_KEY } from '../background/settings-store';
import '../popup/style.css';

function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);

  const change = async (patch: Partial<Settings>) => {
    const next = parseSettings({ ...settings, ...patch });
    setStatus(null);
    if (next.live) {
      const provider = chosenProvider(next);
      if (!provider) {
        setStatus('The custom resolver must be an https:// URL.');
      } else {
        // Host access to the resolver is asked for here, on the user's click, and only for that resolver.
        const granted = await browser.permissions.request({ origins: [provider.origin] }).catch(() => false);
        if (!granted) {
          setStatus(`Live checks need access to ${new URL(provider.wire).host}; the browser did not grant it, so they stay off.`);
          next.live = false;
        }
      }
    }
    setSettings(next);
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
  };

  return <OptionsView settings={settings} status={status} onChange={(p) => void change(p)} />;
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
