import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupState } from '../../components/PopupApp';
import { decodeInputBytes } from '../../lib/mime/intake';
import { LIMITS } from '../../lib/limits';
import { send } from './messaging';
import './style.css';

const full = new URLSearchParams(location.search).get('view') === 'full';
const LAST_INPUT = 'lastInput';

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Memory-only storage for the last input, so the full-page view can show the same report. */
async function rememberInput(raw: string): Promise<void> {
  try {
    await browser.storage.session.set({ [LAST_INPUT]: raw });
  } catch {
    // storage.session is a convenience; the report is still shown.
  }
}

async function recallInput(): Promise<string | null> {
  try {
    const got = await browser.storage.session.get(LAST_INPUT);
    const v = got[LAST_INPUT];
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

function Popup() {
  const [state, setState] = useState<PopupState>({ raw: '', busy: false, progress: null, error: null, report: null });
  const patch = (p: Partial<PopupState>) => {
    setState((s) => ({ ...s, ...p }));
  };

  const analyse = async (raw: string, label: string) => {
    if (raw.trim() === '') return;
    patch({ busy: true, error: null, progress: `Analysing ${label}…` });
    const reply = await send({ type: 'analyze', payload: { raw } });
    if (reply.ok) {
      patch({ busy: false, progress: null, report: reply.value });
      void rememberInput(raw);
    } else {
      patch({ busy: false, progress: null, error: reply.message });
    }
  };

  const openFile = async (file: File) => {
    if (file.size > LIMITS.maxInputChars) {
      patch({ error: `${file.name} is ${mb(file.size)}; the limit is ${mb(LIMITS.maxInputChars)}. Save only the headers and try again.` });
      return;
    }
    patch({ busy: true, error: null, progress: `Reading ${file.name} (${mb(file.size)})…` });
    const raw = decodeInputBytes(new Uint8Array(await file.arrayBuffer()));
    patch({ raw });
    await analyse(raw, file.name);
  };

  // The full-page view opens on the popup's last input.
  useEffect(() => {
    if (!full) return;
    void recallInput().then((raw) => {
      if (raw !== null) {
        patch({ raw });
        void analyse(raw, 'the message');
      }
    });
  }, []);

  return (
    <PopupApp
      {...state}
      full={full}
      onChange={(raw) => {
        patch({ raw });
      }}
      onAnalyse={() => void analyse(state.raw, 'the message')}
      onFile={(file) => void openFile(file)}
      onOpenFull={
        full || !state.report
          ? null
          : () => {
              void browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?view=full` });
            }
      }
      onClear={() => {
        patch({ report: null, error: null });
      }}
    />
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
