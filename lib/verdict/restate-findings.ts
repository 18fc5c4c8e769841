/**
 * Findings restated where the verdict settles what they mean, so that no finding states as fact what the
 * verdict says is false (one truth per fact):
 * - on a deceptive message, a delivery-failure notice's "Delivery failed" is only what the notice claims (a
 *   fake NDR is a known phishing lure; the RFC 3464 report inside it proves nothing about its sender);
 * - on list mail (RFC 2919 List-Id), the author's address in the display name is the list's rewrite (Google
 *   Groups: "'a@x' via Group", https://support.google.com/groups/answer/2464975 ), not a disguise.
 * - on a deceptive message, the impersonation findings its reasons rest on are problems, whatever their
 *   severity alone (a brand in the display name is a warning while the sender's own domain passes DMARC).
 * Ids stay the same (the verdict's reasons and scripts match on them); only severity and words change.
 */
import type { Finding } from '../findings';
import type { Verdict } from './types';
import { mapList } from '../list/map-list';

function claimedFailure(f: Finding): Finding {
  return {
    ...f,
    severity: 'warn',
    title: f.title.replace(/^Delivery failed/, 'The notice claims delivery failed'),
    detail: `This message is not a genuine delivery report (see the verdict); what it claims: ${f.detail}`,
  };
}

function listRewrite(f: Finding, listId: string): Finding {
  return {
    ...f,
    severity: 'info',
    title: "Display name shows the author's address (mailing list)",
    detail: `${f.detail} This is mailing-list mail (List-Id: ${listId}): lists such as Google Groups send as themselves and show the author's address in the name.`,
  };
}

export function restateFindings(findings: readonly Finding[], verdict: Verdict, listId: string | null): Finding[] {
  const decisive = new Set(
    verdict.kind === 'deceptive'
      ? mapList(verdict.reasons, (r) => r.findingId).filter((id) => id?.startsWith('impersonation.'))
      : [],
  );
  return mapList(findings, (f) => {
    if (decisive.has(f.id) && f.severity !== 'bad') return { ...f, severity: 'bad' };
    if (f.id === 'bounce.failed' && verdict.kind === 'deceptive') return claimedFailure(f);
    if (f.id === 'impersonation.display-name-address' && listId !== null && verdict.kind !== 'deceptive')
      return listRewrite(f, listId);
    return f;
  });
}
