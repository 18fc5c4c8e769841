/**
 * The receiving provider's own verdict, as its stamps say (decoded elsewhere): Microsoft SCL / BCL / SFV
 * (X-Forefront-Antispam-Report, X-Microsoft-Antispam) and the SpamAssassin score (X-Spam-Status).
 */
import { item } from './item';
import type { ChecklistInput, DeliverabilityItem, ItemStatus } from './types';
import { mapList } from '../list/map-list';

const TITLE = "The receiving provider's own spam verdict";

/** Microsoft SFV values (Defender for Office 365 anti-spam message headers). */
const SFV: Readonly<Record<string, [ItemStatus, string]>> = {
  SPM: ['fail', 'SFV:SPM: the spam filter marked it as spam'],
  BLK: ['fail', "SFV:BLK: the sender is on the recipient's blocked senders list"],
  SKS: ['fail', 'SFV:SKS: a mail flow rule marked it as spam before filtering'],
  SKB: ['fail', 'SFV:SKB: the sender is on a blocked list of the anti-spam policy'],
  SKQ: ['warn', 'SFV:SKQ: it was quarantined and then released'],
  NSPM: ['pass', 'SFV:NSPM: the spam filter found it not spam'],
  SFE: ['pass', "SFV:SFE: filtering skipped, the sender is on the recipient's safe senders list"],
  SKA: ['pass', 'SFV:SKA: filtering skipped, the sender is allowed by the anti-spam policy'],
  SKN: ['pass', 'SFV:SKN: a mail flow rule set SCL -1 (not spam)'],
  SKI: ['pass', 'SFV:SKI: filtering skipped, internal mail of the organisation'],
};

const RANK: Record<ItemStatus, number> = { unknown: 0, pass: 1, warn: 2, fail: 3 };

export function spamVerdictItem(input: ChecklistInput): DeliverabilityItem {
  const s = input.spam;
  const parts: [ItemStatus, string][] = [];
  if (s) {
    if (typeof s.scl === 'number') {
      const scl = s.scl;
      if (scl <= 1) parts.push(['pass', `SCL ${String(scl)}: ${scl === -1 ? 'filtering skipped (trusted sender)' : 'not spam'}`]);
      else if (scl <= 4) parts.push(['warn', `SCL ${String(scl)}: some spam signs`]);
      else parts.push(['fail', `SCL ${String(scl)}: ${scl >= 9 ? 'high-confidence spam' : 'spam'} (sent to Junk)`]);
    }
    if (typeof s.sfv === 'string' && s.sfv.trim() !== '') {
      const v = s.sfv.trim().toUpperCase();
      parts.push(Object.hasOwn(SFV, v) ? (SFV[v] ?? ['unknown', `SFV:${v}`]) : ['unknown', `SFV:${v} (not a value we know)`]);
    }
    if (typeof s.bcl === 'number') {
      parts.push(s.bcl >= 7 ? ['warn', `BCL ${String(s.bcl)}: a bulk sender with many complaints, at or above Microsoft's default bulk threshold (7)`] : ['pass', `BCL ${String(s.bcl)}: below Microsoft's default bulk threshold (7)`]);
    }
    if (s.spamAssassin) {
      const { score, required, flagged } = s.spamAssassin;
      const limit = required ?? 5;
      const text = `SpamAssassin score ${String(score)} (spam at ${String(limit)})`;
      if (flagged === true || score >= limit) parts.push(['fail', `${text}: marked as spam`]);
      else if (score >= limit / 2) parts.push(['warn', `${text}: close to the spam threshold`]);
      else parts.push(['pass', text]);
    }
  }
  if (parts.length === 0) return item('spam-verdict', 'unknown', TITLE, 'The headers carry no spam verdict we can read (no Microsoft SCL/SFV/BCL, no SpamAssassin score).', null);
  const status = parts.reduce<ItemStatus>((worst, [st]) => (RANK[st] > RANK[worst] ? st : worst), 'unknown');
  const fix =
    status === 'fail' || status === 'warn'
      ? 'Fix the authentication and reputation lines above first; the provider\'s verdict follows them. For Microsoft 365 recipients, the sender can check its reputation and submit a delisting at https://sender.office.com.'
      : null;
  return item('spam-verdict', status, TITLE, `${mapList(parts, ([, t]) => t).join('; ')}.`, fix);
}
