import type { Deps } from './deps';
import { analyze } from './analyze';
import { parseEnvelope, type Reply, type RequestOf } from './messages';
import { explainReply } from './bounce/explain-reply';
import { checkDomain } from './domain-health/check-domain';
import { liveBudget } from './stages/live-stage';

/**
 * The background's message handler, browser-free so it can be tested: validate, then dispatch.
 * `trustedSender` is decided by the entrypoint (our own extension id).
 */
export async function handleMessage(message: unknown, trustedSender: boolean, deps: Deps): Promise<Reply<unknown>> {
  if (!trustedSender) return { ok: false, code: 'forbidden-sender', message: 'Messages are accepted from this extension only.' };
  const parsed = parseEnvelope(message);
  if (!parsed.ok) return parsed;
  try {
    const { envelope } = parsed;
    if (envelope.type === 'checkDomain') {
      // The same allowance as an analysis: 30 questions, every one ended by the deadline (security goal G4, docs/security-goals.md).
      const budget = liveBudget(deps);
      if (!budget) return { ok: false, code: 'live-off', message: 'Turn on live checks in the options to look up DNS records.' };
      return { ok: true, value: await checkDomain((envelope.payload as RequestOf<'checkDomain'>).domain, { dns: budget.tier('verdicts') }) };
    }
    if (envelope.type === 'explainReply') return { ok: true, value: explainReply((envelope.payload as RequestOf<'explainReply'>).line) };
    return { ok: true, value: await analyze((envelope.payload as RequestOf<'analyze'>).raw, deps) };
  } catch (e) {
    return { ok: false, code: 'internal', message: e instanceof Error ? e.message : 'Analysis failed.' };
  }
}
