/**
 * X-Forefront-Antispam-Report (Exchange Online Protection). Meanings from Microsoft's "Anti-spam message
 * headers" documentation unless marked community (decode-spam-headers and admin reports).
 */
import type { HeaderField } from '../mime';
import { codeMeaning, describeFields } from './describe-fields';
import { splitColonList } from './key-values';
import type { KeyDoc, Stamp } from './types';

const SFV: Record<string, string> = {
  BLK: 'filtering skipped and message blocked: the sender is on the recipient\'s Blocked Senders list',
  NSPM: 'spam filtering ran and found the message not spam',
  SFE: 'filtering skipped: the sender is on the recipient\'s Safe Senders list',
  SKA: 'filtering skipped: the sender is on an allowed senders/domains list in the anti-spam policy',
  SKB: 'marked as spam: the sender is on a blocked senders/domains list in the anti-spam policy',
  SKI: 'intra-organisation message, filtering skipped',
  SKN: 'marked not spam before filtering (for example by a mail flow rule)',
  SKQ: 'released from quarantine and sent to the recipients',
  SKS: 'marked as spam before filtering (for example by a mail flow rule)',
  SPM: 'spam filtering marked the message as spam',
};

const IPV: Record<string, string> = {
  CAL: 'filtering skipped: the source IP is on the connection filter\'s IP Allow List',
  NLI: 'the source IP is not on any IP reputation list',
};

const CAT: Record<string, string> = {
  AMP: 'anti-malware',
  BIMP: 'brand impersonation',
  BULK: 'bulk mail',
  DIMP: 'domain impersonation',
  FTBP: 'anti-malware common attachments filter',
  GIMP: 'mailbox intelligence impersonation',
  HPHSH: 'high confidence phishing',
  HPHISH: 'high confidence phishing',
  HSPM: 'high confidence spam',
  INTOS: 'intra-organisation phishing',
  MALW: 'malware',
  OSPM: 'outbound spam',
  PHSH: 'phishing',
  SAP: 'Safe Attachments',
  SPM: 'spam',
  SPOOF: 'spoofing',
  UIMP: 'user impersonation',
  NONE: 'no protection policy category applied',
};

const DIR: Record<string, string> = { INB: 'inbound (from outside the organisation)', OUT: 'outbound', INT: 'internal (within the organisation)' };

function sclMeaning(value: string): { meaning: string } {
  const n = Number(value);
  const text =
    n === -1 ? 'filtering skipped; delivered to the Inbox (trusted sender or rule)'
    : n >= 0 && n <= 1 ? 'not spam; delivered to the Inbox'
    : n >= 5 && n <= 6 ? 'spam; delivered to Junk or quarantined by policy'
    : n >= 7 && n <= 9 ? 'high confidence spam'
    : n >= 2 && n <= 4 ? 'not used by Exchange Online (treated as not spam)'
    : 'not a valid SCL value';
  return { meaning: `Spam confidence level ${value}: ${text}.` };
}

const SFTY: Record<string, string> = {
  '9.19': 'domain impersonation (the sender domain looks like a protected domain)',
  '9.20': 'user impersonation (the sender name looks like a protected user)',
  '9.25': 'first contact safety tip (first message from this sender)',
};

export const FOREFRONT_KEYS: ReadonlyMap<string, KeyDoc> = new Map<string, KeyDoc>([
  ['arc', { meaning: 'ARC protocol fields (AAR, AMS, AS) Microsoft recorded.', confidence: 'documented' }],
  ['cat', { meaning: codeMeaning(CAT, 'Category of the protection policy applied'), confidence: 'documented' }],
  ['cip', { meaning: 'Connecting IP address: the server that handed the message to Microsoft.', confidence: 'documented' }],
  ['ctry', { meaning: 'Country of the connecting IP address.', confidence: 'documented' }],
  ['dir', { meaning: codeMeaning(DIR, 'Direction'), confidence: 'documented' }],
  ['h', { meaning: 'HELO/EHLO name the connecting server announced.', confidence: 'documented' }],
  ['ipv', { meaning: codeMeaning(IPV, 'IP reputation'), confidence: 'documented' }],
  ['lang', { meaning: 'Language the message was detected to be written in.', confidence: 'documented' }],
  ['ptr', { meaning: 'Reverse DNS (PTR) name of the connecting IP.', confidence: 'documented' }],
  ['scl', { meaning: sclMeaning, confidence: 'documented' }],
  ['sfp', { meaning: 'Spam filter property code; Microsoft does not document the values.', confidence: 'community' }],
  ['sfs', { meaning: 'Identifiers of the spam rules that matched; Microsoft does not publish what each number means.', confidence: 'documented' }],
  ['sfty', { meaning: (v) => (Object.hasOwn(SFTY, v) ? { meaning: `Safety tip: ${SFTY[v] ?? ''}.` } : { meaning: `Phishing safety level ${v}.`, confidence: 'community' }), confidence: 'documented' }],
  ['sfv', { meaning: codeMeaning(SFV, 'Spam filter verdict'), confidence: 'documented' }],
  ['srv', { meaning: (v) => ({ meaning: v.toUpperCase() === 'BULK' ? 'Identified as bulk mail by spam filtering (BCL over the policy threshold).' : v === '' ? 'No service verdict.' : `Service verdict ${v}.` }), confidence: 'documented' }],
  ['pcl', { meaning: (v) => ({ meaning: `Phishing confidence level ${v} (0-3 likely not phishing, 4-8 likely phishing).` }), confidence: 'documented' }],
  ['mlv', { meaning: 'Malware level; not documented by Microsoft.', confidence: 'community' }],
  ['rd', { meaning: 'Seen in older EOP headers; reported to carry the reverse DNS of the connecting IP.', confidence: 'community' }],
  ['efv', { meaning: 'Seen in EOP headers; meaning not documented.', confidence: 'community' }],
]);

function summaryOf(stamp: Stamp): string | null {
  const get = (k: string) => stamp.fields.find((f) => f.key.toUpperCase() === k)?.value;
  const parts: string[] = [];
  const sfv = get('SFV');
  if (sfv) parts.push(`verdict ${sfv}`);
  const scl = get('SCL');
  if (scl) parts.push(`SCL ${scl}`);
  const cat = get('CAT');
  if (cat && cat.toUpperCase() !== 'NONE') parts.push(`category ${cat}`);
  return parts.length > 0 ? parts.join(', ') : null;
}

export function decodeForefront(field: HeaderField, index: number): Stamp {
  const stamp: Stamp = {
    header: field.name,
    vendor: 'Microsoft Exchange Online Protection',
    fieldIndex: index,
    fields: describeFields(splitColonList(field.value), FOREFRONT_KEYS),
    summary: null,
  };
  stamp.summary = summaryOf(stamp);
  return stamp;
}
