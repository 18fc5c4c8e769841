/**
 * The facts every export format states, read once from a finished Report so that the plain-text summary and
 * the Markdown say the same thing: authentication (recorded and re-checked) and the delivery path (the hop
 * table itself is lib/received/hop-rows, shared with the popup and the CLI text).
 * Plain strings, not yet escaped for any format.
 */
import type { Report } from '../report';
import { formatDuration } from '../text/duration';

/** An ISO 8601 UTC time as "2025-10-14 08:02:09 UTC" (the zone always written); the text itself when not ISO. */
export function utcText(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/.exec(iso);
  return m ? `${m[1] ?? ''} ${m[2] ?? ''} UTC` : iso;
}

export interface AuthRow {
  check: 'SPF' | 'DKIM' | 'DMARC' | 'ARC';
  /** The result word, or "not recorded" / "not checked". */
  result: string;
  detail: string;
}

export interface AuthFacts {
  /** Who wrote the results, e.g. "mx.google.com"; null when the provider recorded none. */
  recorder: string | null;
  /** False when the results could not be tied to the reader's provider (shown as claims). */
  trusted: boolean;
  recorded: AuthRow[];
  /** The live re-check, or null when live checks were off. */
  live: { resolver: string; rows: AuthRow[] } | null;
}

function recordedRows(report: Report): AuthRow[] {
  const r = report.auth?.recorded;
  if (!r) return [];
  const dkim = r.dkim.map(
    (d) => `${d.written ?? d.result} d=${d.domain ?? '?'}${d.selector ? ` s=${d.selector}` : ''}`,
  );
  const rows: AuthRow[] = [
    {
      check: 'SPF',
      result: r.spf?.written ?? r.spf?.result ?? 'not recorded',
      detail: r.spf?.mailFrom ? `MAIL FROM ${r.spf.mailFrom}` : '',
    },
    {
      check: 'DKIM',
      result: r.dkim.find((d) => d.result === 'pass')?.result ?? r.dkim[0]?.result ?? 'not recorded',
      detail: dkim.join('; '),
    },
    {
      check: 'DMARC',
      result: r.dmarc?.written ?? r.dmarc?.result ?? 'not recorded',
      detail: r.dmarc
        ? [
            r.dmarc.headerFrom,
            r.dmarc.policy ? `p=${r.dmarc.policy}` : null,
            r.dmarc.disposition ? `action=${r.dmarc.disposition}` : null,
          ]
            .filter(Boolean)
            .join(' ')
        : '',
    },
  ];
  if (r.arc) rows.push({ check: 'ARC', result: r.arc.written ?? r.arc.result, detail: '' });
  return rows;
}

function liveRows(report: Report): AuthFacts['live'] {
  const live = report.live;
  if (!live?.enabled) return null;
  const rows: AuthRow[] = [
    {
      check: 'SPF',
      result: live.spf?.result ?? 'not checked',
      detail: live.spf ? `${live.spf.domain} for ${live.spf.ip}: ${live.spf.reason}` : '',
    },
    {
      check: 'DKIM',
      result: live.dkim.find((d) => d.result === 'pass')?.result ?? live.dkim[0]?.result ?? 'not signed',
      detail: live.dkim.map((d) => `${d.result} d=${d.domain ?? '?'}`).join('; '),
    },
    {
      check: 'DMARC',
      result: live.dmarc?.result ?? 'not checked',
      detail: live.dmarc
        ? `${live.dmarc.domain}${live.dmarc.policy ? ` p=${live.dmarc.policy}` : ''}: ${live.dmarc.reason}`
        : '',
    },
  ];
  if (live.arc) rows.push({ check: 'ARC', result: live.arc.result, detail: '' });
  return { resolver: live.resolver, rows };
}

export function authFacts(report: Report): AuthFacts {
  const r = report.auth?.recorded ?? null;
  return {
    recorder: r === null ? null : r.authservId === '' ? 'your provider (no authserv-id)' : r.authservId,
    trusted: r?.trusted ?? false,
    recorded: recordedRows(report),
    live: liveRows(report),
  };
}

export interface PathFacts {
  hops: number;
  /** "Delivered in 40 min 54 s." or "Delivery time unknown." */
  total: string;
  /** "Entered Gmail / Google Workspace from mailgw.example.net [192.0.2.25] at hop 3." or null. */
  entry: string | null;
  slowest: string | null;
  skew: string[];
}

export function pathFacts(report: Report): PathFacts {
  const { hops, timeline, boundary } = report;
  const slow = timeline?.slowestHop ?? null;
  const slowHop = slow === null ? undefined : hops.find((h) => h.index === slow);
  return {
    hops: hops.length,
    total:
      timeline === null || timeline.totalSeconds === null
        ? 'Delivery time unknown.'
        : `Delivered in ${formatDuration(timeline.totalSeconds)}.`,
    entry: boundary
      ? `Entered ${boundary.provider} from ${boundary.rdns ?? boundary.helo ?? 'an unnamed host'}${boundary.ip ? ` [${boundary.ip}]` : ''} at hop ${String(boundary.hop)}.`
      : null,
    slowest: slowHop
      ? `Slowest: hop ${String(slowHop.index)}${slowHop.delaySeconds === null ? '' : ` (${formatDuration(slowHop.delaySeconds)})`}.`
      : null,
    skew: timeline?.skew.map((s) => s.note) ?? [],
  };
}
