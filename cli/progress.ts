/**
 * "1234 messages (45%)" on one terminal line while a long mbox is read: first drawn once the run has taken
 * `afterMs` (a short file shows nothing), redrawn at most every `everyMs`, erased at the end. The share is of
 * the file's bytes read; standard input has no known size and shows the count alone.
 */
export class Progress {
  private readonly started: number;
  private last = -Infinity;
  private shown = false;

  constructor(
    private readonly totalBytes: number | null,
    private readonly write: (s: string) => void,
    private readonly now: () => number,
    private readonly everyMs = 200,
    private readonly afterMs = 500,
  ) {
    this.started = now();
  }

  /** `done` messages printed, `bytesRead` of the input read so far. */
  update(done: number, bytesRead: number): void {
    const t = this.now();
    if (t - this.started < this.afterMs || t - this.last < this.everyMs) return;
    this.last = t;
    this.shown = true;
    const share = this.totalBytes
      ? ` (${String(Math.min(100, Math.floor((100 * bytesRead) / this.totalBytes)))}%)`
      : '';
    this.write(`\rheaderscope: ${String(done)} messages${share}`);
  }

  /** Erase the line (so what follows starts at column 0 on a clean line). */
  end(): void {
    if (this.shown) this.write('\r\u001b[K');
    this.shown = false;
  }
}

/** The closing line for a file of several messages. */
export function mboxSummary(label: string, total: number, analysed: number, failed = 0): string {
  const unreadable = total - analysed - failed;
  return (
    `headerscope: ${label}: ${String(total)} messages, ${String(analysed)} analysed` +
    (unreadable > 0 ? `, ${String(unreadable)} unreadable (listed above)` : '') +
    (failed > 0 ? `, ${String(failed)} failed (internal error, listed above)` : '')
  );
}
