/**
 * The PTR validation procedure (RFC 7208 §5.5), used by the "ptr" mechanism and the %{p} macro:
 * look up the PTR names of the IP (at most 10 are used, §4.6.4), then keep the names whose address
 * records include the IP. DNS errors here are ignored: the name simply does not validate.
 */
import type { SpfEnv } from './env';
import { anyAddressMatches, reverseName } from './ip-address';
import { isSubdomainOf, normalizeName } from '../dns/dns-name';

const MAX_PTR_NAMES = 10;

export async function validatedNames(env: SpfEnv): Promise<string[]> {
  const ptr = await env.state.query(reverseName(env.ip), 'PTR');
  if (ptr.status !== 'NOERROR') return [];
  const names = ptr.records.flatMap((r) => (r.type === 'PTR' ? [normalizeName(r.name)] : [])).slice(0, MAX_PTR_NAMES);
  const type = env.ip.v6 ? 'AAAA' : 'A';
  const checks = await Promise.all(
    names.map(async (name) => {
      const a = await env.state.query(name, type);
      if (a.status !== 'NOERROR') return false;
      return anyAddressMatches(a.records, env.ip, env.ip.v6 ? 128 : 32);
    }),
  );
  return names.filter((_, i) => checks[i] === true);
}

/** §7.3 %{p}: the target itself if validated, else a validated subdomain of it, else any, else "unknown". */
export async function validatedNameFor(env: SpfEnv, domain: string): Promise<string> {
  const names = await validatedNames(env);
  return names.find((n) => n === normalizeName(domain)) ?? names.find((n) => isSubdomainOf(n, domain)) ?? names[0] ?? 'unknown';
}
