import { extractIk, mayHoldIk } from '../../lib/webmail/gmail-ik';

/** Gmail's `ik` from its inline scripts (GM_ID_KEY, GLOBALS[9] or _GM_setData), read only when a request needs it. */
export function findIk(): string | null {
  for (const s of Array.from(document.scripts)) {
    if (s.src !== '') continue;
    const t = s.text;
    if (!mayHoldIk(t)) continue;
    const ik = extractIk(t);
    if (ik !== null) return ik;
  }
  return null;
}
