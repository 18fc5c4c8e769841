import { useState } from 'preact/hooks';
import type { HopRow } from '../lib/received/hop-rows';

const COLUMNS = ['Hop', 'From (HELO / rDNS / IP)', 'By', 'With', 'Time', 'Delay', 'TLS'] as const;

function DelayCell({ row }: { row: HopRow }) {
  return (
    <td class={`c-delay ${row.delayKind}${row.slowest ? ' slowest' : ''}`} data-label="Delay">
      <span class="delay-text">{row.delay}</span>
      {row.delayShare !== null && (
        <span class="delay-track" aria-hidden="true">
          <span class="delay-bar" style={{ width: `${String(Math.max(2, Math.round(row.delayShare * 100)))}%` }} />
        </span>
      )}
    </td>
  );
}

function Row({ row, open, toggle }: { row: HopRow; open: boolean; toggle: () => void }) {
  return (
    <tr class={`hop ${row.side}`} data-hop={row.index}>
      <td class="c-hop" data-label="Hop">
        <button type="button" class="hop-n" aria-expanded={open} title="Show the header as written" onClick={toggle}>
          {row.index}
        </button>
      </td>
      <td class="c-from" data-label="From">
        {row.from.map((line, i) => (
          <span key={i} class={i === 0 ? 'from-name' : 'from-more'}>
            {line}
          </span>
        ))}
      </td>
      <td class="c-by" data-label="By">
        <span class="by-host">{row.by}</span>
        {row.internal.map((s, i) => (
          <span key={i} class="internal">
            {s}
          </span>
        ))}
      </td>
      <td class="c-with" data-label="With">
        {row.with}
        {row.auth !== null && <span class="auth">{row.auth}</span>}
      </td>
      <td class="c-time" data-label="Time">
        {row.time}
      </td>
      <DelayCell row={row} />
      <td class={`c-tls ${row.tls === 'none' ? 'no' : 'yes'}`} data-label="TLS">
        {row.tls}
      </td>
    </tr>
  );
}

/**
 * The hop table: hop 1 (the first hand-off) at the top, the same order as the CLI; delays as bars in their row;
 * the line where the message entered the provider. Rows stack into cards when the table is narrow (CSS).
 */
export function HopTable({ rows, provider }: { rows: readonly HopRow[]; provider: string | null }) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (i: number) => () => {
    const next = new Set(open);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    setOpen(next);
  };
  return (
    <table class="hop-table">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.flatMap((row) => [
          ...(row.entry && provider !== null
            ? [
                <tr key={`b${String(row.index)}`} class="boundary-row">
                  <td colSpan={COLUMNS.length} class="boundary-line" role="note">
                    {row.index > 1 ? '▲ the sender’s side: could be forged · ' : ''}▼ written by your provider (
                    {provider})
                  </td>
                </tr>,
              ]
            : []),
          <Row key={row.index} row={row} open={open.has(row.index)} toggle={toggle(row.index)} />,
          ...(open.has(row.index)
            ? [
                <tr key={`r${String(row.index)}`} class="raw-row">
                  <td colSpan={COLUMNS.length} class="hvalue">
                    {row.raw}
                    {row.problem !== null && <span class="muted"> ({row.problem})</span>}
                  </td>
                </tr>,
              ]
            : []),
        ])}
      </tbody>
    </table>
  );
}
