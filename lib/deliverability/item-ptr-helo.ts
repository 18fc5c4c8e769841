/**
 * The connecting server's identity: forward-confirmed reverse DNS of its IP (receivers' "iprev", RFC 8601 §3)
 * and a HELO/EHLO name that is a real host name (RFC 5321 §4.1.1.1: a FQDN, or an address literal when it has none).
 */
import { organizationalDomain } from '../psl/org-domain';
import { ipv4Octets } from '../reputation/query-name';
import { item } from './item';
import type { ChecklistInput, DeliverabilityItem } from './types';

const PTR_TITLE = 'Sending IP has reverse DNS that resolves back to it';
const HELO_TITLE = 'HELO/EHLO name is a real host name';

const PTR_FIX = 'Ask whoever runs the IP (hosting provider or ISP) to set its PTR record to the server\'s host name, and give that name an A (or AAAA) record pointing back to the IP.';

/** A name with the IP's four octets in it ("1-2-3-4.dyn.example.net") or a dial-up word: a generic, ISP-assigned name. */
function looksGeneric(name: string, ip: string): boolean {
  const tokens = name.toLowerCase().split(/[.-]/);
  const octets = ipv4Octets(ip)?.map(String);
  if (octets && octets.every((o) => tokens.includes(o))) return true;
  return tokens.some((t) => ['dynamic', 'dyn', 'dhcp', 'pool', 'ppp', 'dsl', 'adsl', 'cable', 'dialup', 'broadband', 'residential'].includes(t));
}

export function ptrItem(input: ChecklistInput): DeliverabilityItem {
  const b = input.boundary;
  if (!b?.ip) return item('ptr', 'unknown', PTR_TITLE, 'The connecting IP is not known (no trust boundary in the Received headers).', null);
  const f = input.fcrdns;
  if (!f || f.status === 'unknown') {
    const notRun = !f || f.code === 'fcrdns.live-off';
    const said = b.rdns?.toLowerCase() === 'unknown';
    const recorded = b.rdns === null ? '' : said ? ` The receiving server wrote "unknown" for ${b.ip} at hop ${String(b.hop)}, which usually means it found no PTR, or one that does not resolve back.` : ` The receiving server recorded the name ${b.rdns} for ${b.ip} at hop ${String(b.hop)} (not confirmed here).`;
    const head = notRun ? 'Not looked up (live checks are off).' : f.detail;
    if (notRun && said) return item('ptr', 'warn', PTR_TITLE, `${head}${recorded}`, PTR_FIX);
    return item('ptr', 'unknown', PTR_TITLE, `${head}${recorded}`, notRun ? 'Turn on live checks to look up the PTR record.' : 'Check again later.');
  }
  if (f.status === 'fail') return item('ptr', 'fail', PTR_TITLE, f.detail, PTR_FIX);
  const name = f.confirmed ?? f.names[0] ?? '';
  if (looksGeneric(name, f.ip)) {
    return item('ptr', 'warn', PTR_TITLE, `${f.detail} The name looks generic (an ISP's dynamic or residential pool), which filters score as spam-like.`, 'Send through a server whose PTR names it specifically (mail.example.com), or through your provider\'s relay.');
  }
  return item('ptr', 'pass', PTR_TITLE, f.detail, null);
}

export function heloItem(input: ChecklistInput): DeliverabilityItem {
  const b = input.boundary;
  if (!b) return item('helo', 'unknown', HELO_TITLE, 'The server that handed over the message is not known (no trust boundary).', null);
  const helo = b.helo;
  if (helo === null) return item('helo', 'unknown', HELO_TITLE, `The receiving server did not record the HELO name at hop ${String(b.hop)}.`, null);
  if (helo.startsWith('[')) {
    return item('helo', 'warn', HELO_TITLE, `The server greeted with the address literal ${helo} (hop ${String(b.hop)}). RFC 5321 allows it only for a host without a name; spam filters score it.`, 'Configure the sending server to greet with its fully-qualified host name, the one its PTR record points to.');
  }
  const org = organizationalDomain(helo);
  // A client greeting with the receiving server's own name or its bare domain: the bad HELO sendmail's
  // FEATURE(block_bad_helo) rejects (sendmail cf/README, V8.14); the boundary does not take it for the provider's.
  // A host handing mail to itself greets with its own name too (sendmail exempts local clients; an Exchange server's
  // own NDR): not when the reverse DNS the server recorded is that name, nor when its stamp records none.
  const greeting = helo.toLowerCase().replace(/\.$/, '');
  const receiver = b.by?.toLowerCase().replace(/\.$/, '') ?? null;
  const recorded = input.fcrdns?.confirmed?.toLowerCase().replace(/\.$/, '') ?? b.rdns?.toLowerCase().replace(/\.$/, '') ?? null;
  const claimsDomain = receiver !== null && greeting !== receiver && greeting === organizationalDomain(receiver);
  const claimsHost = greeting === receiver && recorded !== null && recorded !== greeting;
  if (receiver !== null && (claimsDomain || claimsHost)) {
    return item('helo', 'fail', HELO_TITLE, `The server greeted with "${helo}" (hop ${String(b.hop)}), the receiving server's own name or domain (${receiver}): receivers refuse or distrust a client that claims to be them.`, 'Configure the sending server to greet with its own fully-qualified host name (for Postfix: myhostname / smtp_helo_name), the one its PTR record points to.');
  }
  if (!helo.includes('.') || org === null || /^localhost/i.test(helo)) {
    return item('helo', 'fail', HELO_TITLE, `The server greeted with "${helo}" (hop ${String(b.hop)}), which is not a fully-qualified domain name (RFC 5321 §4.1.1.1).`, 'Configure the sending server to greet with its fully-qualified host name (for Postfix: myhostname / smtp_helo_name), the one its PTR record points to.');
  }
  const rdns = input.fcrdns?.confirmed ?? (b.rdns !== null && b.rdns.toLowerCase() !== 'unknown' ? b.rdns : null);
  if (rdns !== null && organizationalDomain(rdns) !== org) {
    return item('helo', 'warn', HELO_TITLE, `HELO ${helo} but the IP's reverse DNS is ${rdns}: different organisations. Common for shared senders; some filters score it.`, 'Make the HELO name and the PTR name the same host name.');
  }
  return item('helo', 'pass', HELO_TITLE, `HELO ${helo} (hop ${String(b.hop)})${rdns !== null ? `, matching the reverse DNS ${rdns}` : ''}.`, null);
}
