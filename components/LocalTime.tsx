/**
 * A time in the viewer's zone, with the zone named ("14 Oct 2025, 10:02:09 CEST"), and the value as written
 * (with its own zone) beside it when that reads differently.
 */
export function LocalTime({ iso, original }: { iso: string; original: string }) {
  const d = new Date(iso);
  const text = Number.isNaN(d.getTime()) ? original : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'long' });
  return (
    <>
      <time dateTime={iso}>{text}</time>
      {original !== '' && original !== text && <span class="muted as-written"> (as written: {original})</span>}
    </>
  );
}
