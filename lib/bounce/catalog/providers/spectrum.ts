/**
 * Charter / Spectrum: "AUP#<n>" codes (AUP#I-<n> inbound, AUP#O-<n> outbound; the matcher drops the
 * direction letter), from Spectrum's list of email error codes.
 */
import { providerRules } from '../provider-rule';

const SOURCE = 'spectrumbusiness.net/support/internet/understanding-email-error-codes';

/** "aup#1020|aup#1030|..." for a documented range (the codes go in steps of ten). */
function range(from: number, to: number): string {
  const out: string[] = [];
  for (let n = from; n <= to; n += 10) out.push(`aup#${String(n)}`);
  return out.join('|');
}

export const SPECTRUM_RULES = providerRules(SOURCE, 'Spectrum', ['charter.net', 'spectrum.net'], [
  ['blocked', `aup#1000|${range(1200, 1250)}`, 'the IP is blocked, or listed by Cloudmark CSI or Spamhaus.', 'blocklist'],
  ['rejected', `aup#1010|${range(1020, 1080)}`, 'the account is blocked from sending for suspicious activity.', null, 0, 'Change passwords, then contact Spectrum.'],
  ['systemerror', 'aup#1090', 'the message cannot be processed now.'],
  ['requireptr', range(1100, 1150), 'full-circle DNS required: reverse DNS missing or not matching.'],
  ['policyviolation', `${range(1160, 1190)}|aup#1560`, 'against the sender domain\'s security policy (1560: too many invalid recipients).'],
  ['networkerror', 'aup#1260', 'IPv6 connections are not processed.', null, 0, 'Connect over IPv4.'],
  ['toomanyconn', range(1300, 1340), 'too many concurrent or total connections from the IP.'],
  ['speeding', `${range(1350, 1490)}|aup#1540|aup#1550|aup#1580`, 'too many messages, recipients or invalid recipients in a period.'],
  ['rejected', 'aup#1500|aup#1520', 'the From address is not the signed-in one or a hosted domain.', null, 0, 'Send from the address you signed in with.'],
  ['mesgtoobig', 'aup#1530', 'larger than the 20 MB limit.'],
]);
