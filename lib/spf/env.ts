/** Everything one check_host() run needs besides the domain: the message's identities and the lookup state. */
import type { SpfIp } from './ip-address';
import type { LookupState } from './lookup-state';
import type { MacroContext } from './macro-expand';
import type { SpfCode } from './codes';
import { skippedDetail } from '../dns/skipped';
import type { DnsStatus } from '../dns/types';

export interface SpfEnv {
  state: LookupState;
  ip: SpfIp;
  sender: string;
  localPart: string;
  senderDomain: string;
  helo: string;
  receiver: string;
  timestamp: number;
  prefetch: boolean;
}

/** Outcome of one mechanism (§4.6.2): it matched, did not, or ended the evaluation with an error. */
export type Outcome =
  | { kind: 'match'; path: string[] }
  | { kind: 'nomatch' }
  | { kind: 'error'; result: 'temperror' | 'permerror'; code: SpfCode; detail: string };

export function macroContext(env: SpfEnv, domain: string, validatedName: () => Promise<string>): MacroContext {
  return { sender: env.sender, localPart: env.localPart, senderDomain: env.senderDomain, domain, ip: env.ip, helo: env.helo, receiver: env.receiver, timestamp: env.timestamp, validatedName };
}

export function dnsError(status: DnsStatus, name: string, detail: string | null): Outcome {
  const code: SpfCode = `spf.dns.${status.toLowerCase() as Lowercase<DnsStatus>}`;
  const skipped = skippedDetail({ status, detail });
  return { kind: 'error', result: 'temperror', code, detail: skipped !== null ? `${skipped}; ${name} was not looked up` : `DNS lookup of ${name} failed (${status}${detail ? `: ${detail}` : ''})` };
}
