import type { Reputation, ReputationCheck } from '../lib/reputation/types';
import { showInvisible } from '../lib/text/visible';
import { useRegionLabel } from './region-scope';

/** Unknown checks grouped by list and reason: one explanation each, with the targets it applies to. */
function groupUnknown(checks: readonly ReputationCheck[]): { key: string; list: string; meaning: string; targets: string[] }[] {
  const groups: { key: string; list: string; meaning: string; targets: string[] }[] = [];
  for (const c of checks) {
    const key = `${c.listId}|${c.reason ?? ''}`;
    const g = groups.find((x) => x.key === key);
    if (g) {
      if (!g.targets.includes(c.target)) g.targets.push(c.target);
    } else groups.push({ key, list: c.list, meaning: c.meaning, targets: [c.target] });
  }
  return groups;
}

/** Clear checks per target: "81.2.69.160: SpamCop, PSBL". */
function groupClear(checks: readonly ReputationCheck[]): { target: string; lists: string[] }[] {
  const groups: { target: string; lists: string[] }[] = [];
  for (const c of checks) {
    const g = groups.find((x) => x.target === c.target);
    if (g) g.lists.push(c.list);
    else groups.push({ target: c.target, lists: [c.list] });
  }
  return groups;
}

/** Blocklist results: listings first, then what could not be checked and why, then the clear ones. Text only. */
export function ReputationCard({ reputation }: { reputation: Reputation | null }) {
  const regionLabel = useRegionLabel('Blocklists');
  if (!reputation) return null;
  const listed = reputation.checks.filter((c) => c.status === 'listed');
  const unknown = reputation.checks.filter((c) => c.status === 'unknown');
  const clear = reputation.checks.filter((c) => c.status === 'clear');
  return (
    <section aria-label={regionLabel} class="reputation">
      <h3>Blocklists</h3>
      <p class="tally" data-testid="reputation-tally">
        <span class={`pill ${listed.length > 0 ? 'bad' : 'ok'}`}>{listed.length} listed</span>{' '}
        <span class="pill ok">{clear.length} clear</span>{' '}
        <span class={`pill ${unknown.length > 0 ? 'warn' : 'info'}`}>{unknown.length} could not be checked</span>
      </p>
      {!reputation.live && <p class="muted">Live checks are off: no blocklist was asked.</p>}
      {reputation.checks.length === 0 && <p class="muted">No public IP or domain to check.</p>}
      {listed.length > 0 && (
        <ul class="findings" aria-label="Listed">
          {listed.map((c) => (
            <li key={`${c.listId}|${c.target}`} class="finding bad" data-status="listed">
              <strong>{showInvisible(c.target)}</strong> ({showInvisible(c.source)}) is listed on <strong>{showInvisible(c.list)}</strong>
              {c.code !== null ? ` [${showInvisible(c.code)}]` : ''}
              <p>{showInvisible(c.meaning)}</p>
              <p class="muted">How to get off it: {showInvisible(c.delist)}</p>
            </li>
          ))}
        </ul>
      )}
      {unknown.length > 0 && (
        <ul class="findings" aria-label="Could not check">
          {groupUnknown(unknown).map((g) => (
            <li key={g.key} class="finding warn" data-status="unknown">
              <strong>{showInvisible(g.list)}</strong>: could not check {g.targets.map(showInvisible).join(', ')}
              <p>{showInvisible(g.meaning)}</p>
            </li>
          ))}
        </ul>
      )}
      {clear.length > 0 && (
        <details class="reputation-clear" data-status="clear">
          <summary>Not listed ({clear.length} checks)</summary>
          <ul>
            {groupClear(clear).map((g) => (
              <li key={g.target}>
                {showInvisible(g.target)}: {g.lists.map(showInvisible).join(', ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      {reputation.notes.length > 0 && (
        <ul class="muted reputation-notes">
          {reputation.notes.map((n, i) => (
            <li key={`${String(i)} ${n}`}>{showInvisible(n)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
