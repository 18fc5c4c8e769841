import { showInvisible } from '../lib/text/visible';

export type BadgeTone = 'ok' | 'warn' | 'bad' | 'info';

/** Tone of a recorded result: pass is ok, fail/permerror bad, none info, everything else a warning. */
export function toneOf(result: string | null): BadgeTone {
  if (result === 'pass') return 'ok';
  if (result === 'fail' || result === 'permerror') return 'bad';
  if (result === null || result === 'none') return 'info';
  return 'warn';
}

/** One verdict badge: the method, its result, and a one-line reason. Render-only. */
export function VerdictBadge({ label, result, line, claimed }: { label: string; result: string | null; line: string; claimed: boolean }) {
  const tone = claimed && result === 'pass' ? 'warn' : toneOf(result);
  return (
    <div class={`verdict ${tone}`} data-method={label.toLowerCase()} data-result={result ?? 'missing'}>
      <span class="verdict-label">{label}</span> <span class={`pill ${tone}`}>{result === null ? 'not recorded' : showInvisible(claimed ? `${result} (claimed)` : result)}</span>
      <p class="verdict-line">{showInvisible(line)}</p>
    </div>
  );
}
