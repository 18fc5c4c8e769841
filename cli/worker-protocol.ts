/** What the CLI's main thread and its worker threads send each other (structured-clone data only). */
import type { MessageOutcome, PrintOptions } from './analyse-message';
import type { OutputSlots } from './output-slots';
import type { ResolverOptions } from './resolver';

/** Given to every worker when it starts. */
export interface WorkerSetup {
  print: PrintOptions;
  resolver: ResolverOptions;
  /** Where reports are encoded (stdout is a file or a device); absent: workers post the rendered text. */
  slots?: OutputSlots | undefined;
  /** Messages the main thread keeps in each worker's hands: the window divided among the workers. */
  share: number;
}

/** One message to analyse; `bytes` is transferred (its buffer is the message's own). */
export interface WorkerRequest {
  id: number;
  /** The message's place in the output (0, 1, 2 ...), which names its output slot. */
  seq: number;
  bytes: Uint8Array;
  where: string;
  several: boolean;
}

/**
 * What a message came to: as cli/analyse-message.ts says, or 'encoded': the report is the first `length` bytes of
 * the message's output slot, the invisible-character pass made (cli/printable.ts).
 */
export type ReplyOutcome = MessageOutcome | { kind: 'encoded'; length: number };

/** Posted by a worker in batches (WorkerReply[]). */
export interface WorkerReply {
  id: number;
  outcome: ReplyOutcome;
}
