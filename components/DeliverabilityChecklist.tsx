import { Fragment } from 'preact';
import { checklistAsText } from '../lib/deliverability/checklist-text';
import type { DeliverabilityItem, ItemStatus } from '../lib/deliverability/types';
import type { Perspective } from '../lib/report';
import { showInvisible } from '../lib/text/visible';
import { useRegionLabel } from './region-scope';
import { TextWithLiveLink } from './LiveChecksLink';

const LABEL: Record<ItemStatus, string> = { fail: 'Fail', warn: 'Warning', unknown: 'Unknown', pass: 'Pass' };
const ICON: Record<ItemStatus, string> = { fail: '✖', warn: '▲', unknown: '?', pass: '✔' };
const CLASS: Record<ItemStatus, string> = { fail: 'bad', warn: 'warn', unknown: 'info', pass: 'ok' };

/**
 * "Why did it land in spam?": one line per check with its evidence; read as the sender, each fix and the same as
 * plain text for a ticket; read as the recipient, the evidence only (the fixes are the sender's to make).
 */
export function DeliverabilityChecklist({
  items,
  onOpenOptions = null,
  perspective = 'sender',
}: {
  items: readonly DeliverabilityItem[];
  onOpenOptions?: (() => void) | null;
  perspective?: Perspective;
}) {
  const sender = perspective === 'sender';
  const regionLabel = useRegionLabel('Deliverability checklist');
  if (items.length === 0) return null;
  const count = (s: ItemStatus): number => items.filter((i) => i.status === s).length;
  return (
    <section aria-label={regionLabel} class="deliverability">
      <h3>Why it may land in spam</h3>
      <p class="tally" data-testid="checklist-tally">
        {(['fail', 'warn', 'unknown', 'pass'] as const)
          .filter((s) => count(s) > 0)
          .map((s) => (
            <Fragment key={s}>
              <span class={`pill ${CLASS[s]}`}>
                {count(s)} {LABEL[s].toLowerCase()}
              </span>{' '}
            </Fragment>
          ))}
      </p>
      <ul class="findings">
        {items.map((i) => (
          <li key={i.id} class={`finding ${CLASS[i.status]}`} data-item-id={i.id} data-status={i.status}>
            <span class="sev" aria-hidden="true" title={LABEL[i.status]}>
              {ICON[i.status]}
            </span>
            <span class="sr-only">{LABEL[i.status]}: </span>{' '}
            <strong>{showInvisible(i.title)}</strong>
            <p>{showInvisible(i.evidence)}</p>
            {sender && i.fix !== null && (
              <p class="fix">
                Fix: <TextWithLiveLink text={i.fix} onOpen={onOpenOptions} />
              </p>
            )}
          </li>
        ))}
      </ul>
      {sender ? (
        <details>
          <summary>As text (for a ticket)</summary>
          <pre data-testid="checklist-text">{checklistAsText(items)}</pre>
        </details>
      ) : (
        <p class="muted" data-testid="checklist-reader">
          These are the sending domain's settings, not something you can change. Choose "I sent it" above to see
          the fixes.
        </p>
      )}
    </section>
  );
}
