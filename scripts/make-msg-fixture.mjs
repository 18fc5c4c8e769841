// Writes tests/fixtures/msg/six-hops.msg: an Outlook .msg (MS-OXMSG, an MS-CFB compound file) holding the transport
// headers of samples/six-hops-to-microsoft-365.eml (PidTagTransportMessageHeaders, 0x007D001F), its subject
// (PidTagSubject, 0x0037001F) and a plain-text body (PidTagBody, 0x1000001F), as Outlook saves a received message.
// The compound file is written with @kenjiuno/msgreader's own CFB writer (burn), the reader the popup uses.
// Run: node scripts/make-msg-fixture.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { burn } from '@kenjiuno/msgreader/lib/Burner.js';

const eml = readFileSync('samples/six-hops-to-microsoft-365.eml', 'utf8').replace(/\r?\n/g, '\r\n');
const split = eml.indexOf('\r\n\r\n');
const headers = eml.slice(0, split + 2);
const subject = /^Subject: (.*)$/m.exec(headers)?.[1] ?? '';
const body = 'Outlook keeps its own plain-text copy of the body.\r\n';

const utf16 = (s) => new Uint8Array(Buffer.from(s, 'utf16le'));
// MS-OXMSG §2.4.1.1: the top-level property stream starts with a 32-byte header (8 reserved, next recipient id,
// next attachment id, recipient count, attachment count, 8 reserved); variable-length values live in their own
// __substg1.0_ streams, so this message lists none here.
const props = new Uint8Array(32);

const streams = [
  ['__properties_version1.0', props],
  ['__substg1.0_007D001F', utf16(headers)],
  ['__substg1.0_0037001F', utf16(subject)],
  ['__substg1.0_1000001F', utf16(body)],
];
// MS-CFB §2.6.1: object types 5 (root storage) and 2 (stream).
const entries = [
  { name: 'Root Entry', type: 5, length: 0, children: streams.map((_, i) => i + 1) },
  ...streams.map(([name, data]) => ({ name, type: 2, length: data.length, binaryProvider: () => data })),
];
writeFileSync('tests/fixtures/msg/six-hops.msg', burn(entries));
console.log(`tests/fixtures/msg/six-hops.msg: ${String(headers.length)} header characters, subject "${subject}"`);
