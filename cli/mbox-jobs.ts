import type { MessageJob } from './analyse-message';
import { MboxSplitter } from './mbox';

/** The messages of an mbox arriving in pieces (`head` already read, then the rest), one at a time. */
export async function* mboxMessages(
  head: readonly Uint8Array[],
  rest: AsyncIterator<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const splitter = new MboxSplitter();
  for (const piece of head) yield* splitter.push(piece);
  for (let r = await rest.next(); r.done !== true; r = await rest.next()) yield* splitter.push(r.value);
  yield* splitter.end();
}

/**
 * Messages as jobs named "LABEL #n". A file holding a single message prints as that message alone (no number,
 * indented JSON), so the first message waits until the second one, or the end of the file, has been seen.
 */
export async function* mboxJobs(messages: AsyncIterable<Uint8Array>, label: string): AsyncGenerator<MessageJob> {
  let first: Uint8Array | null = null;
  let n = 0;
  for await (const bytes of messages) {
    n++;
    if (n === 1) {
      first = bytes;
      continue;
    }
    if (first !== null) {
      yield { bytes: first, where: `${label} #1`, several: true };
      first = null;
    }
    yield { bytes, where: `${label} #${String(n)}`, several: true };
  }
  if (first !== null) yield { bytes: first, where: label, several: false };
}
