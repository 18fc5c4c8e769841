/**
 * X-Microsoft-Antispam (BCL, PCL; documented) and X-Microsoft-Antispam-Mailbox-Delivery (undocumented
 * by Microsoft; meanings community-observed, e.g. decode-spam-headers).
 */
import type { HeaderField } from '../mime';
import { codeMeaning, describeFields } from './describe-fields';
import { splitColonList } from './key-values';
import type { KeyDoc, Stamp } from './types';

function bclMeaning(value: string): { meaning: string } {
  const n = Number(value);
  const text =
    n === 0 ? 'not from a bulk sender'
    : n >= 1 && n <= 3 ? 'from a bulk sender that generates few complaints'
    : n >= 4 && n <= 7 ? 'from a bulk sender that generates a mixed number of complaints'
    : n >= 8 && n <= 9 ? 'from a bulk sender that generates many complaints'
    : 'not a valid BCL value';
  return { meaning: `Bulk complaint level ${value}: ${text}.` };
}

const ANTISPAM_KEYS: ReadonlyMap<string, KeyDoc> = new Map<string, KeyDoc>([
  ['bcl', { meaning: bclMeaning, confidence: 'documented' }],
  ['pcl', { meaning: (v) => ({ meaning: `Phishing confidence level ${v} (0-3 likely not phishing, 4-8 likely phishing).` }), confidence: 'documented' }],
  ['ara', { meaning: 'Internal anti-spam rule identifiers; not documented.', confidence: 'community' }],
]);

const DEST: Record<string, string> = {
  I: 'Inbox',
  J: 'Junk Email folder',
  C: 'a custom folder (an Inbox rule moved it)',
  D: 'Deleted Items',
};

const DELIVERY_KEYS: ReadonlyMap<string, KeyDoc> = new Map<string, KeyDoc>([
  ['dest', { meaning: codeMeaning(DEST, 'Delivered to'), confidence: 'community' }],
  ['ucf', { meaning: (v) => ({ meaning: v === '1' ? 'User custom filter (an Inbox rule or the user\'s junk settings) acted on the message.' : 'No user custom filter acted.' }), confidence: 'community' }],
  ['jmr', { meaning: (v) => ({ meaning: v === '1' ? 'The junk mail rule of the mailbox matched.' : 'The junk mail rule of the mailbox did not match.' }), confidence: 'community' }],
  ['auth', { meaning: (v) => ({ meaning: v === '1' ? 'The sender was authenticated (internal or authenticated submission).' : 'The sender was not an authenticated submitter.' }), confidence: 'community' }],
  ['ofr', { meaning: (v) => ({ meaning: `Organisational filter rule that decided the folder: ${v} (e.g. SpamFilterAuthJ = junked by spam filter, TrustedListsOnly = only safe senders go to Inbox, ExclusiveSettings = user's own lists).` }), confidence: 'community' }],
  ['rf', { meaning: (v) => ({ meaning: `Routed-to folder: ${v}.` }), confidence: 'community' }],
  ['eng', { meaning: 'Identifiers of the internal engines/rules that ran; not documented.', confidence: 'community' }],
]);

export function decodeMicrosoftAntispam(field: HeaderField, index: number): Stamp {
  const fields = describeFields(splitColonList(field.value), ANTISPAM_KEYS);
  const bcl = fields.find((f) => f.key.toUpperCase() === 'BCL')?.value;
  return { header: field.name, vendor: 'Microsoft 365', fieldIndex: index, fields, summary: bcl !== undefined ? `BCL ${bcl}` : null };
}

export function decodeMailboxDelivery(field: HeaderField, index: number): Stamp {
  const fields = describeFields(splitColonList(field.value), DELIVERY_KEYS);
  const dest = fields.find((f) => f.key.toLowerCase() === 'dest')?.value.toUpperCase();
  return {
    header: field.name,
    vendor: 'Microsoft 365',
    fieldIndex: index,
    fields,
    summary: dest !== undefined && Object.hasOwn(DEST, dest) ? `delivered to ${DEST[dest] ?? dest}` : null,
  };
}
