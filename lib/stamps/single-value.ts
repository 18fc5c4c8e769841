/** Stamps that carry one value: Microsoft Exchange organisation headers, Barracuda, Google. */
import type { HeaderField } from '../mime';
import type { Confidence, Stamp } from './types';

interface SingleDoc {
  vendor: string;
  meaning: (value: string) => string;
  confidence: Confidence;
  summary?: (value: string) => string;
}

const fixed = (text: string) => () => text;

const EXCHANGE = 'Microsoft Exchange';
const AUTH_AS: Record<string, string> = {
  anonymous: 'the sender was not authenticated (ordinary Internet mail)',
  internal: 'an authenticated sender inside the organisation',
  partner: 'a partner organisation over a secured connector',
  external: 'an authenticated sender outside the organisation',
};

export const SINGLE_VALUE: ReadonlyMap<string, SingleDoc> = new Map<string, SingleDoc>([
  ['x-ms-exchange-organization-scl', { vendor: EXCHANGE, meaning: (v) => `Spam confidence level ${v} stamped inside Exchange (-1 trusted, 0-1 not spam, 5-6 spam, 9 high confidence spam).`, confidence: 'documented', summary: (v) => `SCL ${v}` }],
  ['x-ms-exchange-organization-pcl', { vendor: EXCHANGE, meaning: (v) => `Phishing confidence level ${v}.`, confidence: 'documented' }],
  ['x-ms-exchange-organization-authas', { vendor: EXCHANGE, meaning: (v) => `Authentication source: ${AUTH_AS[v.trim().toLowerCase()] ?? `"${v}" (not a documented value)`}.`, confidence: 'documented', summary: (v) => `AuthAs ${v}` }],
  ['x-ms-exchange-organization-authsource', { vendor: EXCHANGE, meaning: fixed('The server that evaluated how the sender authenticated.'), confidence: 'documented' }],
  ['x-ms-exchange-organization-authmechanism', { vendor: EXCHANGE, meaning: (v) => `Authentication mechanism code ${v} (04 = credentials, 10 = secured connector, as observed).`, confidence: 'community' }],
  ['x-ms-exchange-organization-messagedirectionality', { vendor: EXCHANGE, meaning: (v) => (v.trim().toLowerCase() === 'originating' ? 'Sent from inside the organisation.' : v.trim().toLowerCase() === 'incoming' ? 'Received from outside the organisation.' : `Direction "${v}".`), confidence: 'documented' }],
  ['x-ms-exchange-atpmessageproperties', { vendor: EXCHANGE, meaning: (v) => `Defender for Office 365 features that processed the message: ${v} (SA = Safe Attachments, SL = Safe Links).`, confidence: 'community' }],
  ['x-ms-exchange-transport-endtoendlatency', { vendor: EXCHANGE, meaning: (v) => `Time from Exchange receiving the message to delivering it: ${v} (hh:mm:ss).`, confidence: 'community' }],
  ['x-microsoft-antispam-message-info', { vendor: 'Microsoft 365', meaning: fixed('Encrypted anti-spam details; only Microsoft can read them.'), confidence: 'documented' }],
  ['x-ms-office365-filtering-correlation-id', { vendor: 'Microsoft 365', meaning: fixed('Identifier to find this message in message trace.'), confidence: 'documented' }],
  ['x-ms-exchange-organization-network-message-id', { vendor: EXCHANGE, meaning: fixed('Network message id used by message trace.'), confidence: 'documented' }],
  ['x-barracuda-spam-score', { vendor: 'Barracuda', meaning: (v) => `Barracuda spam score ${v} (compared with the tag, quarantine and block levels set by the admin).`, confidence: 'documented', summary: (v) => `score ${v}` }],
  ['x-barracuda-connect', { vendor: 'Barracuda', meaning: fixed('Host and IP the appliance received the message from.'), confidence: 'documented' }],
  ['x-barracuda-start-time', { vendor: 'Barracuda', meaning: (v) => `Scan start time as a Unix timestamp (${v}).`, confidence: 'documented' }],
  ['x-barracuda-url', { vendor: 'Barracuda', meaning: fixed('Link to the message in the appliance\'s log.'), confidence: 'documented' }],
  ['x-barracuda-brts-status', { vendor: 'Barracuda', meaning: (v) => `Barracuda Real-Time System (cloud fingerprint) check: ${v === '1' ? 'ran' : v}.`, confidence: 'community' }],
  ['x-barracuda-envelope-from', { vendor: 'Barracuda', meaning: fixed('Envelope sender (MAIL FROM) as the appliance saw it.'), confidence: 'documented' }],
  ['x-barracuda-effective-source-ip', { vendor: 'Barracuda', meaning: fixed('The IP the appliance treated as the real source (after trusted forwarders).'), confidence: 'community' }],
  ['x-barracuda-apparent-source-ip', { vendor: 'Barracuda', meaning: fixed('The IP that connected to the appliance.'), confidence: 'community' }],
  ['x-barracuda-rbl-trusted-forwarder', { vendor: 'Barracuda', meaning: fixed('IP treated as a trusted forwarder (skipped for blocklist checks).'), confidence: 'community' }],
  ['x-asg-debug-id', { vendor: 'Barracuda', meaning: fixed('Internal message identifier of the appliance.'), confidence: 'community' }],
  ['x-asg-orig-subj', { vendor: 'Barracuda', meaning: fixed('The subject before the appliance tagged it.'), confidence: 'documented' }],
  ['x-gm-spam', { vendor: 'Google', meaning: (v) => (v.trim() === '0' ? 'Google did not classify the message as spam.' : `Google spam flag ${v}.`), confidence: 'community' }],
  ['x-gm-phishy', { vendor: 'Google', meaning: (v) => (v.trim() === '0' ? 'Google did not flag the message as phishing.' : `Google phishing flag ${v}.`), confidence: 'community' }],
  ['x-spam-checked-in-group', { vendor: 'Google Groups', meaning: fixed('Address of the Google Group whose spam check the message passed.'), confidence: 'community' }],
  ['x-original-authentication-results', { vendor: 'Google Groups', meaning: fixed('Authentication results recorded before a Google Group re-sent the message. Written by the list, not by your provider.'), confidence: 'community' }],
  ['x-original-sender', { vendor: 'Google Groups', meaning: fixed('The original author\'s address before the group re-sent the message.'), confidence: 'community' }],
  ['x-google-smtp-source', { vendor: 'Google', meaning: fixed('Opaque Google-internal tracking token; it carries no verdict.'), confidence: 'community' }],
  ['x-gm-message-state', { vendor: 'Google', meaning: fixed('Opaque Google-internal state added by Gmail when sending; it carries no verdict.'), confidence: 'community' }],
  ['x-spam-score', { vendor: 'spam filter', meaning: (v) => `Spam score ${v} written by a filter (vendor not stated).`, confidence: 'community' }],
  ['x-rspamd-score', { vendor: 'Rspamd', meaning: (v) => `Rspamd total score ${v}.`, confidence: 'documented', summary: (v) => `score ${v}` }],
  ['x-rspamd-action', { vendor: 'Rspamd', meaning: (v) => `Action Rspamd chose: ${v} (no action, greylist, add header, rewrite subject, soft reject, reject).`, confidence: 'documented' }],
]);

export function decodeSingleValue(field: HeaderField, index: number): Stamp | null {
  const doc = SINGLE_VALUE.get(field.key);
  if (doc === undefined) return null;
  return {
    header: field.name,
    vendor: doc.vendor,
    fieldIndex: index,
    fields: [{ key: field.name, value: field.value, meaning: doc.meaning(field.value), confidence: doc.confidence }],
    summary: doc.summary ? doc.summary(field.value) : null,
  };
}
