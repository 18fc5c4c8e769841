import type { Deps } from '../lib/deps';
import { nodeDecodeBytes } from './node-decode';
import { nodeFindByte } from './node-find-byte';
import { nodeHash } from './node-hash';
import { chooseResolver, type ResolverOptions } from './resolver';
import { createHealthCache } from '../lib/reputation/types';

/**
 * The CLI's effects for lib/: the clock, the chosen resolver (or none), the live checks' deadline, Node's decoder,
 * hash and byte search. A string: why not.
 */
export function cliDeps(resolver: ResolverOptions): Deps | string {
  const choice = chooseResolver(resolver);
  if (typeof choice === 'string') return choice;
  return {
    now: () => Date.now(),
    dns: choice.dns,
    resolverLabel: choice.label,
    decodeBytes: nodeDecodeBytes,
    hash: nodeHash,
    findByte: nodeFindByte,
    deadlineSeconds: resolver.timeoutSeconds ?? 8,
    // Blocklist health checks (RFC 5782 §5) once per thread, not once per message of an mbox.
    health: createHealthCache(),
  };
}
