import { classifyBounceSync, classifyWalked } from './decode';
import type { WalkedMessage } from '../mime/walk';
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

/** classifyBounce on a tree from walkMessage (lib/bounce/decode.ts), for callers that walk once. */
export function classifyWalkedBounce(msg: WalkedMessage): BounceClassification {
  return safely(() => classifyWalked(msg));
}

function safeClassify(raw: string): BounceClassification {
  return safely(() => classifyBounceSync(raw));
}

function safely(run: () => BounceClassification): BounceClassification {
  try {
    return run();
  } catch {
    // Parsers are total by construction; this is a last guard so a bug never breaks the report.
    return { bounce: null, notBounce: null };
  }
}
