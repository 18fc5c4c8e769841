/** The impersonation section: signs that the visible sender is not who it claims to be, and their findings. */
import type { Finding } from '../findings';

/**
 * A sign of pretending to be someone else:
 * - `brand-display-name`: the display name names a brand whose domains do not include the From domain;
 * - `display-name-address`: the display name shows an address of another organisation;
 * - `lookalike-domain`: the From domain reads like a brand's domain (UTS #39 confusable skeletons);
 * - `brand-in-domain`: the From domain carries a brand's name (or a confusable of it) as a word: paypal-secure.example;
 * - `mixed-script`: a label of the From domain mixes scripts (UTS #39 §5.2 Highly Restrictive fails).
 */
export type SignKind =
  'brand-display-name' | 'display-name-address' | 'lookalike-domain' | 'brand-in-domain' | 'mixed-script';

export interface ImpersonationSign {
  kind: SignKind;
  /** The brand imitated, or null (a mixed-script domain, an address of another organisation). */
  brand: string | null;
  /** What the reader sees: the brand's real domain, the address shown in the name, or the mixed label. */
  evidence: string;
  /** The finding that reports it. */
  findingId: string;
}

export interface ImpersonationSection {
  signs: ImpersonationSign[];
  findings: Finding[];
}
