import { classifyBounceSync } from './decode';
import type { BounceClassification, BounceResult } from './types';

/**
 * The bounce a message is, or null (ordinary mail, read receipts). Auto-replies come back as
 * kind "autoreply", success DSNs as kind "dsn" with reason "delivered". Never throws.
 */
export function decodeBounce(raw: string): Promise<BounceResult | null> {
  return Promise.resolve(safeClassify(raw).bounce);
}

/** decodeBounce plus why a mail-system message is not a failure ("read-receipt", "autoreply", ...). */
export function classifyBounce(raw: string): Promise<BounceClassification> {
  return Promise.resolve(safeClassify(raw));
}

function safeClassify(raw: string): BounceClassification {
  try {
    return classifyBounceSync(raw);
  } catch {
    // Parsers are total by construction; this is a last guard so a bug never breaks the report.
    return { bounce: null, notBounce: null };
  }
}
