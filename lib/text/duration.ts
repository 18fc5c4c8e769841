/** A duration for people: "0 s", "42 s", "4 min 12 s", "2 h 5 min", "3 d 4 h". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${String(s)} s`;
  if (s < 3600) {
    const rest = s % 60;
    return `${String(Math.floor(s / 60))} min${rest ? ` ${String(rest)} s` : ''}`;
  }
  if (s < 86400) {
    const rest = Math.floor((s % 3600) / 60);
    return `${String(Math.floor(s / 3600))} h${rest ? ` ${String(rest)} min` : ''}`;
  }
  const rest = Math.floor((s % 86400) / 3600);
  return `${String(Math.floor(s / 86400))} d${rest ? ` ${String(rest)} h` : ''}`;
}
