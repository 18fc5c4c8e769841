import type { HeaderField } from '../mime/header-block';
import { parseReceivedDate } from './date';

/** A provider's own time stamp in a header that is not a Received field: part of a hop, never a hop. */
export interface InternalStamp {
  /** The header name as written ("X-Received"). */
  name: string;
  /** ISO 8601 UTC, or null when the header gives no time. */
  timestamp: string | null;
}

/** The date after the last top-level ";" of a Received-shaped value (RFC 5321 §4.4). */
function afterLastSemicolon(value: string): string {
  return value.slice(value.lastIndexOf(';') + 1);
}

/** The date before Exchange's "FILETIME=[...]" (the same instant as a Windows FILETIME). */
function beforeFiletime(value: string): string {
  const at = value.search(/FILETIME=/i);
  return at < 0 ? value : value.slice(0, at);
}

type Reader = (value: string) => string | null;

/**
 * Headers that carry a provider's internal time stamp, with the text holding the date:
 * - X-Received: Gmail's internal hop record, Received-shaped (Google Workspace Admin Help, answer 29436);
 * - X-<Provider>-Received (X-Panix-Received, ...): the same shape under a provider's prefix;
 * - X-OriginalArrivalTime: Exchange, "21 Apr 2018 03:01:32.0456 (UTC) FILETIME=[...]";
 * - X-MS-Exchange-CrossTenant-OriginalArrivalTime: Microsoft 365 arrival in the tenant (Microsoft Learn,
 *   "Anti-spam message headers in Microsoft 365");
 * - X-MDArrival-Date: MDaemon's arrival time;
 * - X-SES-Outgoing: Amazon SES, "2018.04.22-54.240.8.30" (a date and the sending address, no time).
 */
function readerFor(key: string): Reader | null {
  if (key === 'x-received' || (key.startsWith('x-') && key.endsWith('-received'))) return afterLastSemicolon;
  if (key === 'x-originalarrivaltime' || key === 'x-ms-exchange-crosstenant-originalarrivaltime') return beforeFiletime;
  if (key === 'x-mdarrival-date') return (v) => v;
  if (key === 'x-ses-outgoing') return () => null;
  return null;
}

export function isInternalStamp(key: string): boolean {
  return readerFor(key) !== null;
}

/** The stamp a header carries, or null when the header is not an internal stamp. Total on any value. */
export function readInternalStamp(f: Pick<HeaderField, 'name' | 'key' | 'value'>): InternalStamp | null {
  const reader = readerFor(f.key);
  if (reader === null) return null;
  const text = reader(f.value);
  const d = text === null || text.trim() === '' ? null : parseReceivedDate(text.slice(0, 200));
  return { name: f.name, timestamp: d?.ok ? d.iso : null };
}
