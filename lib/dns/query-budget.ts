/**
 * withQueryBudget: wrap any resolver so that at most `max` queries reach it; later ones answer BUDGET.
 * Used per message when a long-lived resolver (shared cache) serves many messages (NOTES-SECURITY G4).
 */
import type { DnsAnswer, DnsResolver, QueryOptions, RRType } from './types';

export interface BudgetedResolver extends DnsResolver {
  readonly used: number;
}

export function withQueryBudget(inner: DnsResolver, max: number): BudgetedResolver {
  let used = 0;
  return {
    query(name: string, type: RRType, options?: QueryOptions): Promise<DnsAnswer> {
      if (used >= max) return Promise.resolve({ status: 'BUDGET', records: [], ad: false, detail: `DNS query budget of ${max} used up` });
      used++;
      return inner.query(name, type, options);
    },
    get used() {
      return used;
    },
  };
}
