/** A time in the viewer's zone, with the value as written on hover. */
export function LocalTime({ iso, original }: { iso: string; original: string }) {
  const d = new Date(iso);
  const text = Number.isNaN(d.getTime())
    ? original
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <time dateTime={iso} title={`As written: ${original}`}>
      {text}
    </time>
  );
}
