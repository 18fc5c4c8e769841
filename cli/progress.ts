/** "12/296 messages" on one terminal line, redrawn at most every `everyMs`, erased at the end. */
export class Progress {
  private last = -Infinity;
  private shown = false;

  constructor(
    private readonly total: number,
    private readonly write: (s: string) => void,
    private readonly now: () => number,
    private readonly everyMs = 200,
  ) {}

  /** `done` messages finished. */
  update(done: number): void {
    const t = this.now();
    if (t - this.last < this.everyMs && done < this.total) return;
    this.last = t;
    this.shown = true;
    this.write(`\rheaderscope: ${String(done)}/${String(this.total)} messages`);
  }

  /** Erase the line (so what follows starts at column 0 on a clean line). */
  end(): void {
    if (this.shown) this.write('\r\u001b[K');
    this.shown = false;
  }
}

/** The closing line for a file of several messages. */
export function mboxSummary(label: string, total: number, analysed: number): string {
  const unreadable = total - analysed;
  return `headerscope: ${label}: ${String(total)} messages, ${String(analysed)} analysed${unreadable > 0 ? `, ${String(unreadable)} unreadable (listed above)` : ''}`;
}
