/** What is known about one refusal when its reason class is decided (gathered by classify-reason.ts). */
import type { Reason } from './types';

export interface ReasonEvidence {
  action: string | null;
  status: string | null;
  replyCode: string | null;
  command: string | null;
  /** The Diagnostic-Code type ("smtp", "x-unix"...), lower-case, when the report gave one. */
  diagnosticType: string | null;
  /** The diagnostic, lower-case and whitespace-collapsed. */
  lower: string;
  /** A provider's documented code or text (catalog/providers, Orange/La Poste causes), when one matched. */
  provider: Reason | null;
  /** A generator-level verdict from the notice (a Google Groups notice: the group refused the poster). */
  hint: Reason | null;
  filterGateway: boolean;
  /** The reporting MTA's comment on its Status field, lower-case. */
  statusNote: string | null;
  remoteMta: string | null;
}
