/**
 * `authentic`, `unauthenticated` or `unknown`, from the provider's trusted recorded results (RFC 8601; the
 * provider's result at delivery decides over a live re-check, whose difference is a reason), then the live
 * checks when the provider recorded nothing. Authentic names who really sent it, never that it is safe.
 */
import { trustedForwarding } from '../authresults/forwarding';
import { organizationalDomain } from '../psl/org-domain';
import { linked, type Facts } from './facts';
import { isAuthenticatedInternal } from './internal-mail';
import type { Decision, VerdictInput, VerdictReason } from './types';

function org(facts: Facts): string {
  const d = facts.fromDomain;
  return d === null ? 'the sender' : (organizationalDomain(d) ?? d);
}

/** Where the live re-check disagrees with what the provider recorded: a reason, never a new kind. */
function liveDifferences(facts: Facts): VerdictReason[] {
  const out: VerdictReason[] = [];
  if (facts.findingIds.has('compare.dkim'))
    out.push({
      text: `Re-checked now, DKIM differs from what ${facts.provider} recorded at delivery (a key rotated since, or a changed copy); the result at delivery stands.`,
      findingId: 'compare.dkim',
    });
  if (facts.findingIds.has('compare.dmarc'))
    out.push({
      text: `Re-checked now, DMARC differs from what ${facts.provider} recorded; the result at delivery stands.`,
      findingId: 'compare.dmarc',
    });
  return out;
}

function authentic(headline: string, reasons: VerdictReason[]): Decision {
  return { kind: 'authentic', headline, reasons };
}

function fromRecorded(input: VerdictInput, facts: Facts): Decision | null {
  const rec = facts.recorded;
  if (rec === null) return null;
  const from = facts.fromDomain ?? 'the From domain';
  const who = org(facts);
  const d = rec.dmarc;
  if (d?.result === 'pass') {
    return authentic(`Sent by ${who}'s mail system: ${facts.provider} verified ${from} (DMARC pass)`, [
      {
        text: `${facts.provider} recorded DMARC pass for ${from}: ${rec.alignment.alignedBy === 'both' ? 'SPF and DKIM' : (rec.alignment.alignedBy ?? 'SPF or DKIM').toUpperCase()} passed for a domain of ${who}.`,
        findingId: linked(facts, 'authres.dmarc.pass'),
      },
      ...liveDifferences(facts),
    ]);
  }
  if (d?.result === 'fail') {
    const fwd = input.auth ? trustedForwarding(rec, input.auth.arcChain, facts.listId) : null;
    if (fwd !== null) {
      return authentic(
        `Sent by ${who}'s mail system, forwarded by ${fwd.via}: ${facts.provider} accepted the forwarder's ARC seal`,
        [
          {
            text: `${fwd.via} changed the message on the way (a list footer or subject tag), so ${from}'s own DMARC check failed at ${facts.provider}.`,
            findingId: linked(facts, 'authres.dmarc.fail'),
          },
          {
            text:
              fwd.how === 'compauth-arc'
                ? `${facts.provider} passed it on the forwarder's ARC seal (compauth reason 130).`
                : fwd.how === 'policy-overridden'
                  ? `${facts.provider} verified the ARC chain and did not apply ${from}'s p=${d.policy ?? ''} policy: it trusts the forwarder.`
                  : `${facts.provider} verified the ARC chain; the list's seal records that ${from} passed before the list changed it.`,
            findingId: null,
          },
        ],
      );
    }
    const policy = d.policy ?? null;
    return {
      kind: 'unauthenticated',
      headline: `Not verified: ${from} failed ${facts.provider}'s DMARC check${policy === 'none' ? ' (the domain asks for no action)' : ''}`,
      reasons: [
        {
          text: `${facts.provider} recorded DMARC fail for ${from}: neither SPF nor DKIM passed for a domain of ${who}.${policy === null ? ` ${from}'s policy was not recorded.` : ` Its policy is p=${policy}.`}`,
          findingId: linked(facts, 'authres.dmarc.fail'),
        },
        ...(facts.listId !== null
          ? [
              {
                text: `It came through the list ${facts.listId}, which changes messages; no ARC seal vouches for it.`,
                findingId: null,
              },
            ]
          : []),
      ],
    };
  }
  if (d === null || d.result === 'none') {
    if (rec.fromAuthenticated) {
      const by = rec.alignment.alignedBy === 'both' ? 'SPF and DKIM' : (rec.alignment.alignedBy ?? '').toUpperCase();
      return authentic(`Sent by ${who}'s mail system: ${facts.provider} verified ${from} (${by} aligned)`, [
        {
          text: `${from} publishes no DMARC policy, but ${by} passed at ${facts.provider} for a domain of ${who}.`,
          findingId: linked(facts, 'authres.dmarc.none'),
        },
        ...liveDifferences(facts),
      ]);
    }
    if (rec.spf !== null || rec.dkim.length > 0 || d !== null) {
      return {
        kind: 'unauthenticated',
        headline: `Not verified: nothing ${facts.provider} checked ties this message to ${from}`,
        reasons: [
          {
            text: rec.alignment.summary,
            findingId: linked(facts, 'authres.from.unaligned') ?? linked(facts, 'authres.dmarc.none'),
          },
        ],
      };
    }
    return null;
  }
  return {
    kind: 'unknown',
    headline: `Can't tell: ${facts.provider}'s DMARC check for ${from} hit an error (${d.result})`,
    reasons: [
      {
        text: `DMARC ${d.result}: a DNS failure or a broken record at the time of delivery; a live re-check can decide.`,
        findingId: linked(facts, `authres.dmarc.${d.result}`),
      },
    ],
  };
}

function fromLive(input: VerdictInput, facts: Facts): Decision | null {
  const live = input.live?.enabled ? input.live : null;
  const d = live?.dmarc ?? null;
  if (d === null) return null;
  const from = facts.fromDomain ?? 'the From domain';
  const who = org(facts);
  if (d.result === 'pass')
    return authentic(`Sent by ${who}'s mail system: ${from} passes DMARC, checked now`, [
      { text: `Live check: ${d.reason}`, findingId: null },
      {
        text: `${facts.provider} recorded no results of its own in these headers.`,
        findingId: linked(facts, 'authres.none') ?? linked(facts, 'authres.no-trusted'),
      },
    ]);
  if (d.result === 'fail')
    return {
      kind: 'unauthenticated',
      headline: `Not verified: ${from} fails DMARC, checked now`,
      reasons: [{ text: `Live check: ${d.reason}`, findingId: null }],
    };
  return {
    kind: 'unknown',
    headline: `Can't tell: the live DMARC check for ${from} gave ${d.result}`,
    reasons: [{ text: `Live check: ${d.reason}`, findingId: null }],
  };
}

export function decideAuthentication(input: VerdictInput, facts: Facts): Decision {
  if (isAuthenticatedInternal(input)) {
    return authentic(
      `Internal mail of your organisation: Microsoft 365 authenticated ${facts.fromAddress ?? 'the sender'}`,
      [
        {
          text: 'Exchange stamped X-MS-Exchange-Organization-AuthAs: Internal above the point of entry: the sender signed in to your organisation.',
          findingId: null,
        },
      ],
    );
  }
  const decided = fromRecorded(input, facts) ?? fromLive(input, facts);
  if (decided !== null) return decided;
  const guessed = input.auth?.recorded !== null && input.auth?.recorded !== undefined && !input.auth.recorded.trusted;
  const reasons: VerdictReason[] = [];
  if (guessed)
    reasons.push({
      text: 'The authentication results here could not be tied to your provider: anyone on the way could have written them.',
      findingId: linked(facts, 'authres.trust.unknown-boundary'),
    });
  else
    reasons.push({
      text: 'No results written by a receiving provider are in these headers.',
      findingId: linked(facts, 'authres.none') ?? linked(facts, 'authres.no-trusted'),
    });
  reasons.push({
    text: input.live?.enabled
      ? 'The live check could not evaluate DMARC (no From domain or sending IP to check).'
      : 'Live checks are off: turning them on re-checks SPF, DKIM and DMARC now.',
    findingId: null,
  });
  if (!input.hasBody)
    reasons.push({
      text: 'Only headers were given: the body could not be checked.',
      findingId: linked(facts, 'intake.headers-only'),
    });
  return {
    kind: 'unknown',
    headline: "Can't tell who sent it: no provider's results to go on; paste the full source or turn on live checks",
    reasons,
  };
}
