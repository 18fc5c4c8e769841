/**
 * Shared memory between the CLI's main thread and its workers for an mbox written to a file or a device: the
 * worker encodes a message's report (UTF-8) into the message's slot and posts back only its length; the main
 * thread writes the bytes from there. The main thread then neither receives a copy of the text nor encodes it.
 * Slot of message n = n mod count, with count = the run's window (cli/ordered-run.ts: message n + count starts
 * only after message n has been written), so two messages in flight never share a slot, and the slot's bytes are
 * handed over by the messages between the threads (postMessage orders the memory accesses).
 */

export interface OutputSlots {
  buffer: SharedArrayBuffer;
  /** Bytes per slot; a report longer than this is posted as text instead. */
  slotBytes: number;
  count: number;
}

/** 128 KiB: the bench mbox's reports are at most 28.5 KB. */
export const SLOT_BYTES = 128 * 1024;

export function createOutputSlots(count: number, slotBytes = SLOT_BYTES): OutputSlots {
  return { buffer: new SharedArrayBuffer(count * slotBytes), slotBytes, count };
}

/** Message `seq`'s slot: `length` bytes of it (all of it when omitted). */
export function slotOf(slots: OutputSlots | undefined, seq: number, length?: number): Uint8Array {
  if (slots === undefined) throw new Error('a report was put in an output slot, but this run has none');
  return new Uint8Array(slots.buffer, (seq % slots.count) * slots.slotBytes, length ?? slots.slotBytes);
}

const encoder = new TextEncoder();
// eslint-disable-next-line no-control-regex -- every character from U+0000 to U+007F is ASCII, the controls included
const NON_ASCII = /[^\u0000-\u007f]/;

/** Encode `text` into message `seq`'s slot: the byte length, or null when it does not fit. */
export function encodeIntoSlot(slots: OutputSlots, seq: number, text: string): number | null {
  const slot = slotOf(slots, seq);
  // All ASCII (most reports): the UTF-8 bytes are the characters' codes (RFC 3629 §3), copied as Latin-1, which
  // is many times faster than the UTF-8 encoder (~1 us against ~13 us for a 35 KB report).
  if (!NON_ASCII.test(text)) {
    if (text.length > slot.length) return null;
    return Buffer.from(slot.buffer, slot.byteOffset, slot.length).write(text, 0, 'latin1');
  }
  const { read, written } = encoder.encodeInto(text, slot);
  return read === text.length ? written : null;
}
