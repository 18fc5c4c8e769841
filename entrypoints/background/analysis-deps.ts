import type { Deps } from '../../lib/deps';
import { liveResolver } from './live-resolver';
import { ensurePslRules } from './psl-rules';
import { ensureUnicodeTables } from './unicode-tables';
import { ensureBouncePhrases } from './bounce-phrases';

/** security goal G4, docs/security-goals.md: all live DNS work for one message ends within this time. */
const LIVE_DEADLINE_SECONDS = 8;

/** Effects for one analysis: the clock, and the user's resolver when live checks are on. */
export async function analysisDeps(): Promise<Deps> {
  await Promise.all([ensurePslRules(), ensureUnicodeTables(), ensureBouncePhrases()]);
  const live = await liveResolver();
  return {
    now: () => Date.now(),
    dns: live.dns,
    resolverLabel: live.label,
    ...(live.health ? { health: live.health } : {}),
    signal: AbortSignal.timeout(LIVE_DEADLINE_SECONDS * 1000),
    deadlineSeconds: LIVE_DEADLINE_SECONDS,
  };
}
