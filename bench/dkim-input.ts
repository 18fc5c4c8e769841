/**
 * The DKIM bench input: a deterministic ~25 MB multipart message (a text part with the whitespace relaxed
 * canonicalisation rewrites, and a base64 attachment of LCG bytes), signed rsa-sha256 relaxed/relaxed by
 * mailauth's dkimSign as tests/lib/dkim/signer.ts does, with a 2048-bit RSA key made once per run by node:crypto.
 * The key is the only part that differs between runs (node:crypto cannot seed key generation).
 */
import { generateKeyPairSync } from 'node:crypto';
import { dkimSign, type DKIMSignOptions } from 'mailauth';
import { base64Lines, lcgBytes } from './inputs';
import { txtRecord, type BenchZone } from './zone-resolver';

const CRLF = '\r\n';
const MiB = 1024 * 1024;

export const DKIM_DOMAIN = 'contoso.example';
export const DKIM_SELECTOR = 'bench2048';
/** t= of the signature; the verifiers' clock is one day later (no x=, so nothing expires). */
export const SIGN_TIME = Date.UTC(2024, 5, 1, 14, 2, 10);
export const VERIFY_TIME = SIGN_TIME + 86_400_000;

export interface DkimBenchInput {
  /** The signed message as bytes (all ASCII), the one input every contender gets. */
  bytes: Buffer<ArrayBuffer>;
  /** Key record name -> TXT record, for both resolvers. */
  zone: BenchZone;
}

/** Text lines with runs of spaces and tabs inside and at the end (RFC 6376 §3.4.4 rewrites both). */
function textPart(bytes: number): string {
  const lines = [
    'Quarterly figures  for the  EMEA region,\tsee the attached archive. \t',
    'Revenue:\t\t1,204,331   Costs:  988,102  \t  ',
    '',
    '> quoted reply line   with  trailing blanks    ',
    'Plain line without any extra whitespace at all, seventy-odd chars long.',
  ];
  const block = lines.join(CRLF) + CRLF;
  return block.repeat(Math.ceil(bytes / block.length));
}

/** The unsigned message: `textBytes` of text (default ~1.5 MiB) and a base64 attachment filling it up to about 25 MiB. */
export function unsignedMessage(textBytes = 1.5 * MiB): string {
  const boundary = '_bench_dkim_25mb_boundary_';
  const head =
    `From: Contoso Reports <reports@${DKIM_DOMAIN}>${CRLF}To: Alice <alice@example.net>${CRLF}` +
    `Subject: Q2 archive${CRLF}Date: Sat, 1 Jun 2024 14:02:10 +0000${CRLF}Message-ID: <q2-archive@${DKIM_DOMAIN}>${CRLF}` +
    `MIME-Version: 1.0${CRLF}Content-Type: multipart/mixed; boundary="${boundary}"${CRLF}${CRLF}` +
    `--${boundary}${CRLF}Content-Type: text/plain; charset="us-ascii"${CRLF}${CRLF}` +
    textPart(textBytes) +
    `${CRLF}--${boundary}${CRLF}Content-Type: application/octet-stream; name="q2.bin"${CRLF}` +
    `Content-Transfer-Encoding: base64${CRLF}${CRLF}`;
  const tail = `${CRLF}--${boundary}--${CRLF}`;
  // base64 in 76-character lines: 78 bytes on the wire per 57 raw bytes.
  const rawBytes = Math.floor(((25 * MiB - head.length - tail.length) / 78) * 57);
  return head + base64Lines(lcgBytes(rawBytes, 0xd1c1)) + tail;
}

export interface SignedInput {
  /** The signed message (all ASCII in the bench inputs), as a string. */
  signed: string;
  /** The key record's name and its TXT record. */
  zone: BenchZone;
}

/** Sign `message` (mailauth dkimSign, rsa-sha256, relaxed/relaxed) with a new 2048-bit key and publish the key in a zone. */
export async function signWithNewKey(message: string, domain: string, selector: string, headerList: string): Promise<SignedInput> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const p = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const data: DKIMSignOptions = { signingDomain: domain, selector, privateKey: pem, algorithm: 'rsa-sha256', canonicalization: 'relaxed/relaxed' };
  // As in tests/lib/dkim/signer.ts: the key and domain go in signatureData; mailauth wants headerList as a
  // colon-separated string at run time although its types say string[].
  const res = await dkimSign(message, {
    signingDomain: domain,
    selector,
    privateKey: pem,
    signTime: SIGN_TIME,
    headerList: headerList as unknown as string[],
    signatureData: [data],
  });
  if (res.errors.length > 0) throw new Error(`DKIM bench signer: ${JSON.stringify(res.errors)}`);
  return { signed: res.signatures + message, zone: { [`${selector}._domainkey.${domain}`]: [txtRecord(`v=DKIM1; k=rsa; p=${p}`)] } };
}

/** The 25 MB message signed, as bytes, and its key's zone. */
export async function signedDkimInput(textBytes = 1.5 * MiB): Promise<DkimBenchInput> {
  const { signed, zone } = await signWithNewKey(unsignedMessage(textBytes), DKIM_DOMAIN, DKIM_SELECTOR, 'from:to:subject:date:message-id:mime-version:content-type');
  return { bytes: Buffer.from(signed, 'latin1'), zone };
}
