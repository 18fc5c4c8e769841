/**
 * How a CLI worker sends its finished messages back: together, so the main thread wakes once per batch, but
 * never so late that the worker runs dry. The main thread keeps about `share` messages in each worker's hands
 * (the window divided among the workers) and refills them only as replies come in. A worker that waited until it
 * had finished everything it was given would then idle for the main thread's round trip every batch; posting once
 * half the share is done lets the main thread refill while the worker works on the other half.
 */
export class ReplyBatcher<R> {
  private readonly outbox: R[] = [];
  private scheduled = false;
  private readonly half: number;

  /**
   * `post` sends a batch; `later` runs a callback once the messages already queued for the worker have been
   * handled (setImmediate in a worker thread), so a short batch still goes out when the worker has nothing left.
   */
  constructor(
    share: number,
    private readonly post: (batch: R[]) => void,
    private readonly later: (run: () => void) => void,
  ) {
    this.half = Number.isFinite(share) && share > 2 ? Math.ceil(share / 2) : 1;
  }

  send(reply: R): void {
    this.outbox.push(reply);
    if (this.outbox.length >= this.half) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      this.later(() => {
        this.scheduled = false;
        this.flush();
      });
    }
  }

  private flush(): void {
    if (this.outbox.length > 0) this.post(this.outbox.splice(0));
  }
}
