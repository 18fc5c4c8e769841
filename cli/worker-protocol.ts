/** What the CLI's main thread and its worker threads send each other (structured-clone data only). */
import type { MessageOutcome, PrintOptions } from './analyse-message';
import type { ResolverOptions } from './resolver';

/** Given to every worker when it starts. */
export interface WorkerSetup {
  print: PrintOptions;
  resolver: ResolverOptions;
}

/** One message to analyse; `bytes` is transferred (its buffer is the message's own). */
export interface WorkerRequest {
  id: number;
  bytes: Uint8Array;
  where: string;
  several: boolean;
}

export interface WorkerReply {
  id: number;
  outcome: MessageOutcome;
}
