/** decodeStamps: every vendor anti-spam / gateway stamp in the header block, decoded with meanings. */
import type { HeaderField } from '../mime';
import { decodeForefront } from './microsoft-forefront';
import { decodeMailboxDelivery, decodeMicrosoftAntispam } from './microsoft-antispam';
import { decodeSpamAssassin } from './spamassassin';
import { decodeProofpoint } from './proofpoint';
import { decodeMimecast } from './mimecast';
import { decodeIronPort } from './ironport';
import { decodeSingleValue } from './single-value';
import type { Stamp } from './types';

/** At most this many stamps are decoded (the rest are ordinary headers in the header table). */
export const MAX_STAMPS = 200;

function decodeOne(f: HeaderField, i: number): Stamp | null {
  const k = f.key;
  if (k === 'x-forefront-antispam-report' || k === 'x-forefront-antispam-report-untrusted') return decodeForefront(f, i);
  if (k === 'x-microsoft-antispam' || k === 'x-microsoft-antispam-untrusted') return decodeMicrosoftAntispam(f, i);
  if (k === 'x-microsoft-antispam-mailbox-delivery') return decodeMailboxDelivery(f, i);
  if (k.startsWith('x-spam-') || k === 'x-barracuda-spam-status' || k === 'x-barracuda-spam-report') {
    const sa = decodeSpamAssassin(f, i);
    if (sa) return sa;
  }
  if (k.startsWith('x-proofpoint-')) return decodeProofpoint(f, i);
  if (k.startsWith('x-mimecast-')) return decodeMimecast(f, i);
  if (k === 'x-sbrs' || k.startsWith('x-ironport-') || k.startsWith('x-amp-') || k === 'x-ipas-result') return decodeIronPort(f, i);
  return decodeSingleValue(f, i);
}

export function decodeStamps(fields: readonly HeaderField[]): Stamp[] {
  const out: Stamp[] = [];
  for (let i = 0; i < fields.length && out.length < MAX_STAMPS; i++) {
    const f = fields[i];
    if (f === undefined) continue;
    const s = decodeOne(f, i);
    if (s) out.push(s);
  }
  return out;
}
