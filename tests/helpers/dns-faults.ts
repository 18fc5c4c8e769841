/**
 * The DNS faults of security goal G4 (docs/security-goals.md), one row each, as the local DoH test server
 * (tests/helpers/doh-server.ts) serves them: the unit matrix (tests/lib/spf/fault-matrix.test.ts) and the bench's
 * real-time matrix (bench/fault-matrix-bench.ts) read the same list. 'zone' rows are faults of the zone itself.
 */
import type { DohFault } from './doh-server';

export const DNS_FAULTS: Readonly<Record<string, DohFault | 'zone'>> = {
  timeout: { timeout: true },
  servfail: { rcode: 'SERVFAIL' },
  refused: { rcode: 'REFUSED' },
  formerr: { rcode: 'FORMERR' },
  'http-500': { http: 500 },
  'http-404': { http: 404 },
  'truncated-body': { truncated: true },
  'malformed-bytes': { malformed: true },
  'tc-bit': { tc: true },
  'wrong-name': { wrongName: true },
  'two-records': 'zone',
  nxdomain: { rcode: 'NXDOMAIN' },
};
