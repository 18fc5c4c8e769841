/**
 * DNS query messages (RFC 1035 §4.1) for DoH (RFC 8484). The id is 0 by default, as RFC 8484 §4.1 asks
 * for cache friendliness. The AD bit is set to ask for the authentic-data flag (RFC 6840 §5.7), and an
 * EDNS(0) OPT record (RFC 6891 §6.1.2) advertises a 4096-octet payload.
 */
import type { RRType } from './types';
import { RR_CODE } from './rr-codes';
import { encodeName } from './wire-name';

export interface QueryMessageOptions {
  id?: number;
  /** Set the DO bit in the OPT record (asks for RRSIGs; off by default). */
  dnssecOk?: boolean;
  /** Set the AD bit in the query (default true). */
  ad?: boolean;
  /** Add the EDNS(0) OPT record (default true). */
  edns?: boolean;
}

/** The query bytes, or null when `name` is not a valid wire name. */
export function encodeQuery(name: string, type: RRType, options: QueryMessageOptions = {}): Uint8Array<ArrayBuffer> | null {
  const qname = encodeName(name);
  if (qname === null) return null;
  const id = (options.id ?? 0) & 0xffff;
  const edns = options.edns ?? true;
  const header = [id >> 8, id & 0xff, 0x01 /* RD */, options.ad === false ? 0 : 0x20 /* AD */, 0, 1, 0, 0, 0, 0, 0, edns ? 1 : 0];
  const code = RR_CODE[type];
  const question = [code >> 8, code & 0xff, 0, 1 /* IN */];
  // OPT: root name, TYPE 41, CLASS = payload size, TTL = ext-rcode/version/flags, RDLEN 0.
  const opt = edns ? [0, 0, 41, 0x10, 0x00, 0, 0, options.dnssecOk === true ? 0x80 : 0, 0, 0, 0] : [];
  const out = new Uint8Array(header.length + qname.length + question.length + opt.length);
  out.set(header, 0);
  out.set(qname, header.length);
  out.set(question, header.length + qname.length);
  out.set(opt, header.length + qname.length + question.length);
  return out;
}
