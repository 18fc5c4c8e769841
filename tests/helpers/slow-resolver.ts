import type { DnsAnswer, DnsResolver, RRType } from '../../lib/dns/types';

/** Every answer arrives `ms` after the question (on the test's clock, fake or real). */
export class SlowResolver implements DnsResolver {
  constructor(
    private readonly inner: DnsResolver,
    private readonly ms: number,
  ) {}
  async query(name: string, type: RRType): Promise<DnsAnswer> {
    const a = await this.inner.query(name, type);
    await new Promise((r) => setTimeout(r, this.ms));
    return a;
  }
}
