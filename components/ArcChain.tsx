import type { ArcInstance, ArcResult } from '../lib/arc';
import { showInvisible } from '../lib/text/visible';
import { useRegionLabel } from './region-scope';

const CHECK: Record<ArcInstance['result'], string> = {
  pass: 'verified',
  fail: 'failed',
  temperror: 'could not be checked',
  'not-checked': 'not checked',
  'not-evaluated': 'not evaluated (limit)',
};

function Intermediary({ x, brokeAt }: { x: ArcInstance; brokeAt: number | null }) {
  return (
    <li class={`arc-instance ${x.result}${brokeAt === x.i ? ' broke' : ''}`} data-instance={x.i}>
      <p>
        <strong>i={x.i}</strong> {showInvisible(x.domain ?? 'unknown sealer')}
        {x.selector !== null && <span class="muted"> (selector {showInvisible(x.selector)})</span>}
        {brokeAt === x.i && <strong class="bad"> ← broke here</strong>}
      </p>
      <p class="muted">
        seal: {CHECK[x.result]} · message signature: {CHECK[x.ams.result]} · received the chain as cv={showInvisible(x.cv ?? '?')}
      </p>
      {x.aarRaw !== null && (
        <details>
          <summary>What it saw{x.authservId !== null ? ` (${showInvisible(x.authservId)})` : ''}</summary>
          <pre class="aar">{showInvisible(x.aarRaw)}</pre>
        </details>
      )}
    </li>
  );
}

/** The ARC chain: verdict, then each intermediary oldest first with what it recorded. */
export function ArcChain({ arc }: { arc: ArcResult | null }) {
  const regionLabel = useRegionLabel('ARC chain');
  return (
    <section aria-label={regionLabel} class="arc">
      <h3>ARC chain</h3>
      {arc === null ? (
        <p class="muted">No ARC headers: no intermediary sealed this message.</p>
      ) : (
        <>
          <p class="outcome">
            <strong>arc={arc.result}</strong> {showInvisible(arc.reason)}
          </p>
          {arc.oldestPass !== null && arc.oldestPass > 0 && <p class="muted">Oldest intact message signature: i={arc.oldestPass}</p>}
          <ol class="arc-instances">
            {arc.instances.map((x) => (
              <Intermediary key={x.i} x={x} brokeAt={arc.brokeAt} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
