import type { InputInfo } from '../mime/types';
import type { CaptureVia } from './upload-protocol';

/**
 * What a capture says about its input that the text alone cannot: the Report's `input.source` and, for
 * Outlook's "View message details", that there is no body (a Microsoft 365 work account shows the transport
 * headers only, OfficeDev/office-js issue #6591). The worker applies it to the analysed report. Null: the
 * source the analysis read from the text stands (Gmail's byte-exact download, a paste).
 */
export interface CaptureInputMark {
  source: 'gmail-show-original' | 'outlook-source' | 'outlook-details';
  headersOnly: boolean;
}

export function captureInputMark(via: CaptureVia): CaptureInputMark | null {
  switch (via) {
    case 'gmail-show-original':
    case 'gmail-page':
      return { source: 'gmail-show-original', headersOnly: false };
    case 'outlook-dialog':
      return { source: 'outlook-source', headersOnly: false };
    case 'outlook-details':
      return { source: 'outlook-details', headersOnly: true };
    default:
      return null;
  }
}

/** The report's `input` with the capture's mark applied; an input the analysis could not read stays as it is. */
export function markCapturedInput(input: InputInfo, via: CaptureVia): InputInfo {
  const mark = captureInputMark(via);
  if (mark === null || input.status !== 'ok') return input;
  return { ...input, source: mark.source, hasBody: mark.headersOnly ? false : input.hasBody };
}
