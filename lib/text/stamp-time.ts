const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Minutes east of UTC from a zone as lib/received writes it ("+0200", "-0530"), or null. */
function zoneMinutes(zone: string): number | null {
  if (!/^[+-]\d{4}$/.test(zone)) return null;
  const m = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3));
  return zone.startsWith('-') ? -m : m;
}

/**
 * A stamp's time as its server wrote it, with its zone: "2025-10-14 11:17:43 +0200". Without a written zone
 * the time was read as UTC and is shown so. An unreadable ISO text is returned as it is.
 */
export function stampTime(iso: string, zone: string | null): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const offset = zone === null ? null : zoneMinutes(zone);
  const d = new Date(ms + (offset ?? 0) * 60_000);
  const date = `${String(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${date} ${time} ${offset === null ? 'UTC' : (zone ?? '')}`;
}
