/**
 * Test signer: keys made at run time with node:crypto, signatures and ARC seals made by mailauth
 * (an independent implementation, dev dependency only), so our verifier is not checked against itself.
 */
import { generateKeyPairSync } from 'node:crypto';
import { dkimSign, sealMessage, type ARCSealOptions, type DKIMSignOptions } from 'mailauth';

export interface TestKey {
  privateKey: string;
  /** The TXT record to publish at <selector>._domainkey.<domain>. */
  record: string;
}

const cache = new Map<string, TestKey>();

export function rsaKey(bits: number, tags = 'v=DKIM1; k=rsa; '): TestKey {
  const k = `rsa${bits}`;
  let base = cache.get(k);
  if (!base) {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: bits });
    base = {
      privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      record: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    };
    cache.set(k, base);
  }
  return { privateKey: base.privateKey, record: `${tags}p=${base.record}` };
}

export function ed25519Key(): TestKey {
  let base = cache.get('ed25519');
  if (!base) {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const spki = publicKey.export({ type: 'spki', format: 'der' });
    base = { privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), record: spki.subarray(spki.length - 32).toString('base64') };
    cache.set('ed25519', base);
  }
  return { privateKey: base.privateKey, record: `v=DKIM1; k=ed25519; p=${base.record}` };
}

export interface SignOptions {
  domain: string;
  selector: string;
  key: TestKey;
  algorithm?: string;
  canonicalization?: string;
  /** Field names to sign; mailauth signs the instances present (no over-signing). */
  headerList?: string[];
  signTime?: number;
  expires?: number;
  maxBodyLength?: number;
}

/** The message with a DKIM-Signature (CRLF) prepended. Bytes (a Buffer) come back as a Latin-1 string. */
export async function signDkim(message: string | Buffer, o: SignOptions): Promise<string> {
  const data: DKIMSignOptions = {
    signingDomain: o.domain,
    selector: o.selector,
    privateKey: o.key.privateKey,
    canonicalization: o.canonicalization ?? 'relaxed/relaxed',
  };
  if (o.algorithm !== undefined) data.algorithm = o.algorithm;
  if (o.maxBodyLength !== undefined) data.maxBodyLength = o.maxBodyLength;
  const opts: DKIMSignOptions = { signingDomain: o.domain, selector: o.selector, privateKey: o.key.privateKey, signTime: o.signTime ?? Date.UTC(2023, 11, 31), signatureData: [data] };
  if (o.expires !== undefined) opts.expires = o.expires;
  if (o.headerList !== undefined) opts.headerList = o.headerList.join(':') as unknown as string[];
  const res = await dkimSign(message, opts);
  if (res.errors.length > 0) throw new Error(`test signer: ${JSON.stringify(res.errors)}`);
  return res.signatures + (typeof message === 'string' ? message : message.toString('latin1'));
}

export interface SealOptions {
  domain: string;
  selector: string;
  key: TestKey;
  authResults: string;
  cv: 'none' | 'pass' | 'fail';
}

/** The message with one more ARC set prepended (mailauth picks the next instance number). */
export async function sealArc(message: string, o: SealOptions): Promise<string> {
  // mailauth reads authResults and cv at run time; its type definitions do not list them.
  const opts: ARCSealOptions & { authResults: string; cv: string } = {
    signingDomain: o.domain,
    selector: o.selector,
    privateKey: o.key.privateKey,
    authResults: o.authResults,
    cv: o.cv,
    signTime: new Date(Date.UTC(2023, 11, 31)),
  };
  const headers = await sealMessage(message, opts);
  return headers.toString('utf8') + message;
}

/**
 * For tags mailauth cannot emit (l=0 prints as "l="; no over-signing): take a mailauth-signed message,
 * edit its DKIM-Signature text, and sign the header part again with our own header hash input and
 * node:crypto (bh= stays mailauth's). Used only where the property under test is not the
 * canonicalisation (which the mailauth-signed cases cover).
 */
export async function resign(signed: string, key: TestKey, edit: (field: string) => string): Promise<string> {
  let end = signed.indexOf('\r\n') + 2;
  while (signed[end] === ' ' || signed[end] === '\t') end = signed.indexOf('\r\n', end) + 2;
  const field = signed.slice(0, end);
  const blank = `${edit(field.slice(0, field.lastIndexOf(' b=')))} b=;\r\n`;
  return selfSign(blank + signed.slice(end), key);
}

/** Sign a message whose first field is a DKIM-Signature ending in an empty "b=;". */
export async function selfSign(message: string, key: TestKey): Promise<string> {
  const { headerHashInput } = await import('../../../lib/dkim/header-hash-input');
  const { parseDkimSignature } = await import('../../../lib/dkim/dkim-signature');
  const { createSign } = await import('node:crypto');
  const { messageOf } = await import('./message');
  const msg = messageOf(message);
  const first = msg.fields[0];
  const parsed = parseDkimSignature(first?.value.replace('b=;', 'b=AAAA;') ?? '');
  if (!first || !parsed.ok) throw new Error('selfSign: the first field must be a DKIM-Signature with "b=;"');
  const s = parsed.signature;
  const data = headerHashInput(msg.fields, 0, s.signedHeaders, { mode: s.headerCanon, crBreaks: false, form: 'utf-8' });
  const b = createSign('sha256').update(data).sign(key.privateKey, 'base64');
  return message.replace('b=;', `b=${b};`);
}
