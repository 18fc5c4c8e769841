import type { Finding } from '../findings';
import { finding } from '../findings';
import type { BounceResult } from '../bounce';
import type { NotBounce } from '../bounce/types';
import { classifyWalkedBounce } from '../bounce/decode-bounce';
import type { WalkedMessage } from '../mime/walk';
import { mapList } from '../list/map-list';

/** The bounce section without the returned original (the orchestrator analyses that as a Report of its own). */
export type BounceCore = Omit<BounceResult, 'originalRaw'>;

export interface BounceStage {
  bounce: BounceCore | null;
  originalRaw: string | null;
  findings: Finding[];
  /** A mail-system message that is not a failure: a read receipt, an auto-reply, a success report. */
  notBounce: NotBounce | null;
}

/** Decode a delivery report, NDR, feedback report or auto-reply; say so when the message is none of those. */
export function bounceStage(walked: WalkedMessage): BounceStage {
  const { bounce, notBounce } = classifyWalkedBounce(walked);
  const findings: Finding[] = [];
  if (notBounce === 'read-receipt') {
    findings.push(finding('bounce.read-receipt', 'info', 'This is a read receipt, not a bounce', 'RFC 8098 disposition notification: the recipient’s program reports that the message was displayed (or deleted). Nothing failed.'));
  } else if (notBounce === 'delivery-success') {
    findings.push(finding('bounce.delivered', 'ok', 'Delivery report: the message was delivered', 'This delivery status notification reports success, not a failure.'));
  }
  if (!bounce) return { bounce: null, originalRaw: null, findings, notBounce };
  const failed = bounce.recipients.filter((r) => r.action === 'failed' || r.permanent);
  if (bounce.kind !== 'autoreply' && failed.length > 0) {
    findings.push(finding('bounce.failed', 'bad', `Delivery failed for ${String(failed.length)} recipient${failed.length === 1 ? '' : 's'}`, mapList(failed, (r) => `${r.address ?? '(unknown recipient)'}: ${r.status ?? r.replyCode ?? ''} ${r.reason}`.trim()).join('; ')));
  }
  if (bounce.omittedRecipients > 0) {
    findings.push(finding('bounce.recipients-omitted', 'info', `${String(bounce.omittedRecipients)} more recipients not decoded`, `The report lists ${String(bounce.recipients.length + bounce.omittedRecipients)} recipients; only the first ${String(bounce.recipients.length)} are decoded and explained (a bound on the work one message can cause).`));
  }
  const { originalRaw, ...core } = bounce;
  return { bounce: core, originalRaw, findings, notBounce };
}
