/**
 * The host that wrote a free-text NDR, from its opening sentence: Postfix "This is the mail system at
 * host X.", qmail "This is the qmail-send program at X.", DragonFly "... Mail Agent ... at X.", or
 * Exchange's "Generating server: X".
 */
const HOST = /^[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,63}$/i;

export function reportingFromText(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, 60)) {
    const t = line.trim();
    const lower = t.toLowerCase();
    if (lower.startsWith('generating server:') || lower.startsWith('reporting-mta:')) {
      const v = t.slice(t.indexOf(':') + 1).replace(/^\s*dns;/i, '').trim();
      if (HOST.test(v)) return v;
    }
    if (lower.includes('this is the') && lower.includes(' at ')) {
      const word = t.slice(lower.lastIndexOf(' at ') + 4).trim().replace(/[.:]$/, '').replace(/[.:]$/, '').replace(/^host /i, '');
      if (HOST.test(word)) return word;
    }
  }
  return null;
}
