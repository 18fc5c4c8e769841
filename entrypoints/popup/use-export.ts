import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../../lib/report';
import type { Replacement } from '../../lib/export/redact/placeholders';
import type { ExportKind, ExportMenuProps } from '../../components/ExportMenu';
import type { ShareFormat, SharePreviewProps } from '../../components/SharePreview';
import { copyText, downloadText } from './deliver-text';

interface ShareState {
  format: ShareFormat;
  text: string | null;
  filename: string;
  mime: string;
  replaced: Replacement[];
  status: string | null;
}

// The formats (lib/export, the redaction) are a chunk of their own, loaded on the first export.
const formats = () => import('./export-formats');

const COPIED: Partial<Record<ExportKind, string>> = {
  summary: 'Summary copied.',
  ticket: 'Markdown for a ticket copied.',
};
const REFUSED = 'The browser did not allow copying. Use Download instead.';

/** The export menu and the redacted-share preview of the report on screen. */
export function useExport(report: Report | null): {
  exportMenu: ExportMenuProps | null;
  share: SharePreviewProps | null;
  closeShare: () => void;
} {
  const [status, setStatus] = useState<string | null>(null);
  const [share, setShare] = useState<ShareState | null>(null);
  const format = share?.format ?? null;

  // The preview follows the report (live results arriving) and the chosen format.
  useEffect(() => {
    if (report === null || format === null) return;
    let current = true;
    void formats().then((f) => {
      if (!current) return;
      const out = f.sharedText(report, format);
      setShare((s) => (s === null ? null : { ...s, ...out, status: s.format === format ? s.status : null }));
    });
    return () => {
      current = false;
    };
  }, [report, format]);
  useEffect(() => {
    setStatus(null);
  }, [report]);

  if (report === null) return { exportMenu: null, share: null, closeShare: () => undefined };

  const onExport = (kind: ExportKind) => {
    void formats().then(async (f) => {
      const out = f.exportText(report, kind);
      if (kind === 'summary' || kind === 'ticket') {
        setStatus((await copyText(out.text)) ? (COPIED[kind] ?? null) : REFUSED);
      } else {
        downloadText(out.text, out.filename, out.mime);
        setStatus(`Saved as ${out.filename}.`);
      }
    });
  };
  const closeShare = () => {
    setShare(null);
  };
  const shareProps: SharePreviewProps | null =
    share === null
      ? null
      : {
          format: share.format,
          text: share.text,
          replaced: share.replaced,
          status: share.status,
          onFormat: (f) => {
            setShare((s) => (s === null ? null : { ...s, format: f, text: null }));
          },
          onCopy: () => {
            if (share.text === null) return;
            void copyText(share.text).then((ok) => {
              setShare((s) => (s === null ? null : { ...s, status: ok ? 'Redacted report copied.' : REFUSED }));
            });
          },
          onDownload: () => {
            if (share.text === null) return;
            downloadText(share.text, share.filename, share.mime);
            setShare((s) => (s === null ? null : { ...s, status: `Saved as ${share.filename}.` }));
          },
          onClose: closeShare,
        };
  return {
    exportMenu: {
      onExport,
      onShare: () => {
        setShare({ format: 'markdown', text: null, filename: '', mime: 'text/markdown', replaced: [], status: null });
      },
      status,
    },
    share: shareProps,
    closeShare,
  };
}
