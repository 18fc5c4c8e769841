import { useRef } from 'preact/hooks';

export interface PasteBoxProps {
  value: string;
  busy: boolean;
  onChange: (text: string) => void;
  onAnalyse: () => void;
  onFile: (file: File) => void;
}

/** Paste a message source, or drop/open an .eml file. Ctrl+Enter analyses. */
export function PasteBox({ value, busy, onChange, onAnalyse, onFile }: PasteBoxProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <form
      class="paste"
      onSubmit={(e) => {
        e.preventDefault();
        onAnalyse();
      }}
    >
      <label for="raw">Message source or headers</label>
      <textarea
        id="raw"
        value={value}
        spellcheck={false}
        placeholder={'Paste the full source ("Show original" in Gmail, "View message source" in Outlook), or drop an .eml file here.'}
        onInput={(e) => {
          onChange(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onAnalyse();
          }
        }}
        onDragOver={(e) => {
          e.preventDefault();
        }}
        onDrop={(e) => {
          const file = e.dataTransfer?.files[0];
          if (file) {
            e.preventDefault();
            onFile(file);
          }
        }}
      />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy || value.trim() === ''}>
          {busy ? 'Analysing…' : 'Analyse'}
        </button>
        <button
          type="button"
          onClick={() => {
            fileInput.current?.click();
          }}
        >
          Open .eml file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".eml,.msg,.txt,message/rfc822,text/plain"
          hidden
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
            e.currentTarget.value = '';
          }}
        />
        <span class="muted hint">Ctrl+Enter</span>
      </div>
    </form>
  );
}
