/**
 * The Status field of a delivery report (RFC 3464 §2.3.4): "status-field = "Status" ":" status-code", where the
 * field may carry RFC 822 comments anywhere ("5.1.1 (bad destination mailbox address)", "(x) 5.0.0"). The code is
 * the first RFC 3463 status among the words outside comments; the comments are the reporting MTA's note.
 */
import { isEnhancedStatus } from './codes-in-text';

export interface StatusField {
  /** The RFC 3463 status code, or null when the field holds none. */
  code: string | null;
  /** The text of the field's comments, joined, or null. */
  note: string | null;
}

/** Split a field value into the text outside and inside (possibly nested) parentheses. Linear. */
function splitComments(value: string): { outside: string; inside: string } {
  let outside = '';
  let inside = '';
  let depth = 0;
  for (const ch of value) {
    if (ch === '(') {
      if (depth > 0) inside += ch;
      depth++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      inside += depth > 0 ? ch : ' ';
    } else if (depth > 0) inside += ch;
    else outside += ch;
  }
  return { outside, inside };
}

export function readStatusField(value: string | null): StatusField {
  if (value === null) return { code: null, note: null };
  const { outside, inside } = splitComments(value.slice(0, 1000));
  const code = outside.split(/[\s;,<>]+/).find(isEnhancedStatus) ?? null;
  const note = inside.trim().replace(/\s+/g, ' ');
  return { code, note: note === '' ? null : note };
}
