/**
 * Published policy and disposition of a recorded DMARC result. Sources, in order: RFC 8601 properties
 * (policy.published-domain-policy, policy.applied-disposition ... as Fastmail and others write them),
 * Microsoft's bare `action=`, then `p=`/`sp=`/`dis=` inside the comment (Gmail, Yahoo, OpenDMARC).
 * Only policy words are read from comments, never a result.
 */
import type { ResInfo } from './types';
import type { DmarcVerdict } from './auth-report';

type PolicyPart = Pick<DmarcVerdict, 'policy' | 'subdomainPolicy' | 'disposition' | 'policySource'>;

function prop(r: ResInfo, ptype: string, names: readonly string[]): string | null {
  const hit = r.properties.find((p) => p.ptype === ptype && names.includes(p.property.toLowerCase()));
  return hit ? hit.value.toLowerCase() : null;
}

/** `p=REJECT sp=NONE dis=QUARANTINE` words in a comment; tokenised on spaces, no regex backtracking. */
function fromComments(comments: readonly string[]): { p: string | null; sp: string | null; dis: string | null } {
  const out = { p: null as string | null, sp: null as string | null, dis: null as string | null };
  for (const comment of comments) {
    for (const word of comment.split(/[\s,;]+/)) {
      const eq = word.indexOf('=');
      if (eq <= 0) continue;
      const key = word.slice(0, eq).toLowerCase();
      const value = word.slice(eq + 1).toLowerCase();
      if (!/^[a-z.]{1,20}$/.test(value)) continue;
      if (key === 'p' && out.p === null) out.p = value;
      else if (key === 'sp' && out.sp === null) out.sp = value;
      else if (key === 'dis' && out.dis === null) out.dis = value;
    }
  }
  return out;
}

export function dmarcPolicy(r: ResInfo): PolicyPart {
  const p = prop(r, 'policy', ['published-domain-policy', 'dmarc', 'p']);
  const sp = prop(r, 'policy', ['published-subdomain-policy', 'sp']);
  const dis = prop(r, 'policy', ['applied-disposition', 'evaluated-disposition', 'disposition', 'dis']);
  if (p !== null || dis !== null) return { policy: p, subdomainPolicy: sp, disposition: dis, policySource: 'property' };
  const action = prop(r, '', ['action']);
  if (action !== null) return { policy: null, subdomainPolicy: null, disposition: action, policySource: 'action' };
  const c = fromComments(r.comments);
  if (c.p !== null || c.dis !== null || c.sp !== null) return { policy: c.p, subdomainPolicy: c.sp, disposition: c.dis, policySource: 'comment' };
  return { policy: null, subdomainPolicy: null, disposition: null, policySource: null };
}
