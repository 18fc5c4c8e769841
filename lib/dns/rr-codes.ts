import type { RRType } from './types';

/** RFC 1035 §3.2.2 and RFC 3596 §2.1: numeric TYPE values of the record types we ask for. */
export const RR_CODE: Record<RRType, number> = { A: 1, NS: 2, CNAME: 5, PTR: 12, MX: 15, TXT: 16, AAAA: 28 };

const BY_CODE = new Map<number, RRType>(Object.entries(RR_CODE).map(([k, v]) => [v, k as RRType]));

/** The RRType for a numeric TYPE, or null for types we do not decode (SOA, RRSIG, OPT ...). */
export function rrTypeOf(code: number): RRType | null {
  return BY_CODE.get(code) ?? null;
}

/** RFC 1035 §4.1.1 RCODE values. */
export const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;
