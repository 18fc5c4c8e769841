// The export formats, in a chunk of their own: the popup loads them on the first click of the export menu.
import type { Report } from '../../lib/report';
import { summaryText } from '../../lib/export/summary-text';
import { reportMarkdown } from '../../lib/export/report-markdown';
import { redactReport, type Replacement } from '../../lib/export/redact/redact-report';

import type { ExportKind } from '../../components/ExportMenu';
import type { ShareFormat } from '../../components/SharePreview';

export interface ExportText {
  text: string;
  /** For a download: the file name and type. */
  filename: string;
  mime: string;
}

function baseName(report: Report, redacted: boolean): string {
  const day = report.message.dateIso?.slice(0, 10) ?? report.generatedAt.slice(0, 10);
  if (redacted) return `headerscope-redacted-${day}`;
  const words = (report.message.subject ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `headerscope-${day}${words ? `-${words}` : ''}`;
}

const json = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;

export function exportText(report: Report, kind: ExportKind): ExportText {
  const name = baseName(report, false);
  switch (kind) {
    case 'summary':
      return { text: summaryText(report), filename: `${name}.txt`, mime: 'text/plain' };
    case 'ticket':
      return {
        text: reportMarkdown(report, { detail: 'ticket', redacted: false }),
        filename: `${name}.md`,
        mime: 'text/markdown',
      };
    case 'json':
      return { text: json(report), filename: `${name}.json`, mime: 'application/json' };
    case 'markdown':
      return {
        text: reportMarkdown(report, { detail: 'full', redacted: false }),
        filename: `${name}.md`,
        mime: 'text/markdown',
      };
  }
}

export interface SharedText extends ExportText {
  replaced: Replacement[];
}

/** The redacted share: exactly the text the preview shows and the copy or download hands out. */
export function sharedText(report: Report, format: ShareFormat): SharedText {
  const { report: redacted, replaced } = redactReport(report);
  const name = baseName(report, true);
  return format === 'json'
    ? { text: json(redacted), filename: `${name}.json`, mime: 'application/json', replaced }
    : {
        text: reportMarkdown(redacted, { detail: 'full', redacted: true }),
        filename: `${name}.md`,
        mime: 'text/markdown',
        replaced,
      };
}
