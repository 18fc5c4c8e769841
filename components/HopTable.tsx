import type { Boundary, Hop } from '../lib/report';
import { formatDuration } from '../lib/text/duration';
import { showInvisible } from '../lib/text/visible';
import { LocalTime } from './LocalTime';

function who(h: Hop): string {
  const name = h.from.rdns ?? h.from.helo ?? h.from.name;
  if (name === null && h.from.ip === null) return '(internal)';
  if (name === null) return h.from.ip ?? '';
  return h.from.ip && !name.includes(h.from.ip) ? `${name} [${h.from.ip}]` : name;
}

function Tls({ hop }: { hop: Hop }) {
  if (hop.tls) {
    const detail = [hop.tls.version, hop.tls.cipher].filter(Boolean).join(' ');
    return (
      <span class="tls yes" title={detail === '' ? 'Encrypted (TLS)' : `Encrypted: ${detail}`}>
        TLS
      </span>
    );
  }
  return (
    <span class="tls no" title="No sign of TLS in this stamp" aria-label="no TLS recorded">
      ·
    </span>
  );
}

function Delay({ hop, skewed }: { hop: Hop; skewed: boolean }) {
  if (hop.delaySeconds !== null) return <span class="delay">{formatDuration(hop.delaySeconds)}</span>;
  if (skewed) return <span class="delay skew" title="This clock is off; see the clock note">clock off</span>;
  return <span class="delay muted">–</span>;
}

/** Hop table, newest at the top as in the message; the trust boundary drawn between provider and sender hops. */
export function HopTable({ hops, boundary, skewedHops }: { hops: readonly Hop[]; boundary: Boundary | null; skewedHops: ReadonlySet<number> }) {
  const newestFirst = [...hops].reverse();
  return (
    <ol class="hops" reversed>
      {newestFirst.map((h) => (
        <li key={h.index} class={`hop ${h.side}`} data-hop={h.index}>
          <details>
            <summary>
              <span class="hop-n">{h.index}</span>
              <span class="hop-route">
                {showInvisible(who(h))} <span class="muted">→</span> {showInvisible(h.by.host ?? h.by.ip ?? '(unnamed)')}
              </span>
              <Tls hop={h} />
              <Delay hop={h} skewed={skewedHops.has(h.index)} />
            </summary>
            <div class="hop-detail">
              <p>
                {h.timestamp ? <LocalTime iso={h.timestamp} original={h.zone ? `${h.timestamp} (zone ${h.zone})` : h.timestamp} /> : <span class="muted">no readable time</span>}
                {h.with ? ` · ${showInvisible(h.with)}` : ''}
                {h.authenticated ? ' · authenticated' : ''}
                {h.problem ? <span class="muted"> · {h.problem}</span> : null}
              </p>
              <div class="hvalue">{showInvisible(h.raw)}</div>
            </div>
          </details>
          {boundary && h.index === boundary.hop && (
            <p class="boundary-line" role="note">
              ▲ written by your provider ({showInvisible(boundary.provider)}) · ▼ written by the sender’s side: could be forged
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
