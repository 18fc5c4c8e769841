import type { AlignmentDetail, IdentifierAlignment } from '../lib/authresults';
import { showInvisible } from '../lib/text/visible';

const ARROW: Record<IdentifierAlignment['aligned'], string> = { strict: '<=>', relaxed: '<~>', none: '<x>', unknown: '<?>' };
const WORD: Record<IdentifierAlignment['aligned'], string> = { strict: 'aligned (strict)', relaxed: 'aligned (relaxed)', none: 'not aligned', unknown: 'unknown' };

function Link({ x }: { x: IdentifierAlignment }) {
  const name = x.identifier === 'spf' ? 'MailFrom' : 'd=';
  return (
    <li class={`align ${x.aligned}`} data-identifier={x.identifier}>
      <span class="align-arrow" aria-hidden="true">{ARROW[x.aligned]}</span> <span class="align-name">{name}</span> <span class="mono">{showInvisible(x.domain ?? '(none)')}</span>{' '}
      <span class="muted">
        {WORD[x.aligned]}, {x.authenticated ? 'passed' : 'did not pass'}
      </span>
    </li>
  );
}

/** From <-> MailFrom <-> d= : which identifier aligned with the From domain (RFC 7489 §3.1). Render-only. */
export function AuthAlignment({ alignment }: { alignment: AlignmentDetail }) {
  return (
    <div class="alignment" aria-label="Alignment">
      <p>
        <span class="align-name">From</span> <span class="mono">{showInvisible(alignment.headerFrom ?? '(unknown)')}</span>
      </p>
      <ul>
        {alignment.spf ? <Link x={alignment.spf} /> : null}
        {alignment.dkim.map((d, i) => (
          <Link key={`dkim-${String(i)}`} x={d} />
        ))}
      </ul>
      <p class="muted">{showInvisible(alignment.summary)}</p>
    </div>
  );
}
