/**
 * RFC 3464 §2.1-2.3 delivery-status fields (and RFC 6533 message/global-delivery-status, same fields
 * in UTF-8): one per-message group, then one group per recipient, groups separated by blank lines.
 */
import { fieldValue, readFields, type PartField } from '../mime/part-headers';

export interface DsnRecipientFields {
  finalRecipient: string | null;
  originalRecipient: string | null;
  action: string | null;
  status: string | null;
  remoteMta: string | null;
  diagnostic: string | null;
  /** The diagnostic-type of Diagnostic-Code ("smtp", "x-unix", ...), lower-case. */
  diagnosticType: string | null;
}

export interface DsnFields {
  reportingMta: string | null;
  arrivalDate: string | null;
  recipients: DsnRecipientFields[];
}

/** RFC 3464 §2.1.2: "type; value" -> value (the address-type / mta-name-type / diagnostic-type dropped). */
export function typedValue(value: string | null): { type: string | null; value: string | null } {
  if (value === null) return { type: null, value: null };
  const semi = value.indexOf(';');
  // A type is one atom; a value without ";" is taken whole (common in hand-made NDRs).
  if (semi > 0 && semi < 32 && !value.slice(0, semi).includes(' ')) {
    const rest = value.slice(semi + 1).trim();
    return { type: value.slice(0, semi).trim().toLowerCase(), value: rest === '' ? null : rest };
  }
  const v = value.trim();
  return { type: null, value: v === '' ? null : v };
}

/** Strip one pair of angle brackets around an address. */
export function bareAddress(value: string | null): string | null {
  if (value === null) return null;
  let v = value.trim();
  if (v.startsWith('<') && v.endsWith('>')) v = v.slice(1, -1).trim();
  return v === '' ? null : v;
}

function groups(text: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line.trim() === '') {
      if (cur.length > 0) out.push(cur);
      cur = [];
    } else cur.push(line);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

function recipientOf(fields: readonly PartField[]): DsnRecipientFields {
  const diag = typedValue(fieldValue(fields, 'diagnostic-code'));
  return {
    finalRecipient: bareAddress(typedValue(fieldValue(fields, 'final-recipient')).value),
    originalRecipient: bareAddress(typedValue(fieldValue(fields, 'original-recipient')).value)
      ?? bareAddress(typedValue(fieldValue(fields, 'x-actual-recipient')).value),
    action: fieldValue(fields, 'action')?.toLowerCase().split(/[\s(]/, 1)[0] ?? null,
    status: fieldValue(fields, 'status'),
    remoteMta: typedValue(fieldValue(fields, 'remote-mta')).value,
    diagnostic: diag.value,
    diagnosticType: diag.type,
  };
}

const RECIPIENT_KEYS = new Set(['final-recipient', 'original-recipient', 'action', 'status', 'diagnostic-code', 'remote-mta']);

/** Parse a delivery-status body. Recipient groups are those with any per-recipient field. */
export function parseDsnFields(text: string): DsnFields {
  let reportingMta: string | null = null;
  let arrivalDate: string | null = null;
  const recipients: DsnRecipientFields[] = [];
  for (const g of groups(text)) {
    const fields = readFields(g);
    reportingMta ??= typedValue(fieldValue(fields, 'reporting-mta')).value;
    arrivalDate ??= fieldValue(fields, 'arrival-date');
    // Some generators put two recipients in one group: split where Final-Recipient repeats.
    let chunk: PartField[] = [];
    const flush = (): void => {
      if (chunk.some((f) => RECIPIENT_KEYS.has(f.key))) recipients.push(recipientOf(chunk));
      chunk = [];
    };
    for (const f of fields) {
      if (f.key === 'final-recipient' && chunk.some((c) => c.key === 'final-recipient')) flush();
      chunk.push(f);
    }
    flush();
  }
  return { reportingMta, arrivalDate, recipients };
}
