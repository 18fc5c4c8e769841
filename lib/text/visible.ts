/**
 * Also Unicode tag characters (U+E0000-E007F, "ASCII smuggling") and the Hangul fillers that render blank.
 * Characters that change how text looks without being seen: bidi controls (a "gnp.exe" trick with
 * U+202E), zero-width characters, C0/C1 controls. Shown as ⟨U+XXXX⟩ so hostile header text cannot
 * reorder or hide what the user reads (NOTES-SECURITY G7).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const INVISIBLE = /[\u0000-\u0008\v\f\u000e-\u001f\u007f-\u009f\u00ad\u061c\u115f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;
/** U+1160 and U+034F combine with their neighbour: kept out of the class above (it would combine with its neighbour there). */
const HANGUL_FILLER = /\u1160/g;
const GRAPHEME_JOINER = /\u034f/g;

export function showInvisible(text: string): string {
  const show = (c: string): string => `⟨U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`;
  return text.replace(INVISIBLE, show).replace(HANGUL_FILLER, show).replace(GRAPHEME_JOINER, show);
}

export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(text) || text.includes('\u1160') || text.includes('\u034f');
  INVISIBLE.lastIndex = 0;
  return found;
}
