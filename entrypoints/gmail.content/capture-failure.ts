import type { CaptureErrorCode } from '../../lib/webmail/capture-errors';

/** A capture that ended in one of the known ways (lib/webmail/capture-errors.ts); `detail` is short and plain. */
export class CaptureFailure extends Error {
  constructor(
    readonly code: CaptureErrorCode,
    readonly detail = '',
  ) {
    super(code);
  }
}

export function failureOf(e: unknown): CaptureFailure {
  return e instanceof CaptureFailure ? e : new CaptureFailure('webmail.upload-failed', e instanceof Error ? e.message.slice(0, 120) : '');
}
