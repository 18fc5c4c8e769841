// Shared by the Gmail and Outlook content scripts.
import type { CaptureCause, CaptureErrorCode, CapturePath } from '../../lib/webmail/capture-errors';

/**
 * A capture that ended in one of the known ways (lib/webmail/capture-errors.ts); `detail` is short and plain,
 * `causes` say how each way failed when more than one was tried.
 */
export class CaptureFailure extends Error {
  constructor(
    readonly code: CaptureErrorCode,
    readonly detail = '',
    readonly causes: CaptureCause[] = [],
  ) {
    super(code);
  }

  /** This failure as the cause of one way (`path`) in a "both failed" report. */
  as(path: CapturePath): CaptureCause {
    return { path, code: this.code, detail: this.detail };
  }
}

export function failureOf(e: unknown): CaptureFailure {
  return e instanceof CaptureFailure ? e : new CaptureFailure('webmail.upload-failed', e instanceof Error ? e.message.slice(0, 120) : '');
}
