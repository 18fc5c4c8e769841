/**
 * evaluateSpf: pick the identity RFC 7208 checks for a message and run check_host() on it.
 * §2.4: the MAIL FROM identity; when the reverse-path is null, the HELO identity is used as
 * "postmaster@<helo>" (§2.4, §4.3). The HELO check itself is optional (§2.3) and not run separately.
 */
import type { SpfDeps, SpfResult } from './types';
import { checkHost } from './check-host';

export interface EvaluateSpfParams {
  ip: string;
  /** RFC5321.MailFrom, with or without angle brackets; '' or '<>' for the null reverse-path. */
  mailFrom: string;
  helo: string;
}

export interface EvaluatedSpf extends SpfResult {
  /** Which identity was checked. */
  identity: 'mailfrom' | 'helo';
}

export async function evaluateSpf(params: EvaluateSpfParams, deps: SpfDeps): Promise<EvaluatedSpf> {
  const mailFrom = params.mailFrom.trim().replace(/^<([^<>]*)>$/, '$1');
  const helo = params.helo.trim();
  if (mailFrom === '') {
    const r = await checkHost({ ip: params.ip, domain: helo, sender: `postmaster@${helo}`, helo }, deps);
    return { ...r, identity: 'helo' };
  }
  const at = mailFrom.lastIndexOf('@');
  const domain = at < 0 ? mailFrom : mailFrom.slice(at + 1);
  const r = await checkHost({ ip: params.ip, domain, sender: mailFrom, helo }, deps);
  return { ...r, identity: 'mailfrom' };
}
