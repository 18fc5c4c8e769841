/**
 * A small header reader for MIME parts and DSN field groups (RFC 5322 §2.2: a field is a name, a colon
 * and a value; lines starting with WSP continue the previous field). Tolerant: a line that is not a
 * field ends nothing, it is skipped. Names are matched case-insensitively through `key`.
 */
export interface PartField {
  key: string;
  value: string;
}

/** RFC 5322 §3.6.8 ftext: printable ASCII except the colon. */
function fieldName(line: string): string | null {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 76) return null;
  for (let i = 0; i < colon; i++) {
    const c = line.charCodeAt(i);
    if (c <= 32 || c >= 127) return null;
  }
  return line.slice(0, colon);
}

/** Fields of `lines` (already without terminators); folded lines joined with one space. */
export function readFields(lines: readonly string[]): PartField[] {
  const fields: PartField[] = [];
  for (const line of lines) {
    const first = line.charCodeAt(0);
    const last = fields[fields.length - 1];
    if ((first === 32 || first === 9) && last !== undefined) {
      const more = line.trim();
      if (more !== '') last.value = last.value === '' ? more : `${last.value} ${more}`;
      continue;
    }
    const name = fieldName(line);
    if (name === null) {
      // A parameter written unindented after "Content-Type: multipart/x;" (a broken fold some carrier
      // gateways emit) still continues its field: RFC 2045 §5.1 parameters follow a ";".
      if (last !== undefined && last.value.endsWith(';') && line.includes('=')) last.value = `${last.value} ${line.trim()}`;
      continue;
    }
    fields.push({ key: name.toLowerCase(), value: line.slice(name.length + 1).trim() });
  }
  return fields;
}

/** The first value of field `key` (lower-case), or null. */
export function fieldValue(fields: readonly PartField[], key: string): string | null {
  for (const f of fields) if (f.key === key) return f.value;
  return null;
}

export interface ContentType {
  /** Lower-case type/subtype; text/plain when absent (RFC 2045 §5.2). */
  type: string;
  /** Lower-case parameter names; values unquoted. */
  params: Map<string, string>;
}

/** RFC 2045 §5.1 Content-Type with RFC 2231-free parameters (quoted strings honoured). */
export function parseContentType(value: string | null): ContentType {
  const params = new Map<string, string>();
  if (value === null) return { type: 'text/plain', params };
  // RFC 2045 §5.1: type and subtype are tokens (no spaces), so a type folded without its ";"
  // ("text/plain" then an indented 'charset="x"') ends at the first space: the rest is parameters.
  const lead = /^\s*([^\s/;]+)\s*\/\s*([^\s/;]*)/.exec(value);
  const type = lead === null ? value.trim().toLowerCase() : `${lead[1] ?? ''}/${lead[2] ?? ''}`.toLowerCase();
  let i = lead === null ? value.length : lead[0].length;
  while (i < value.length) {
    while (i < value.length && (value[i] === ' ' || value[i] === '\t' || value[i] === ';')) i++;
    const eq = value.indexOf('=', i);
    if (eq < 0) break;
    const before = value.slice(i, eq);
    const name = before.slice(before.lastIndexOf(';') + 1).trim().toLowerCase();
    i = eq + 1;
    let v = '';
    if (value[i] === '"') {
      i++;
      while (i < value.length && value[i] !== '"') {
        if (value[i] === '\\' && i + 1 < value.length) i++;
        v += value[i] ?? '';
        i++;
      }
      i++;
    } else {
      const end = value.indexOf(';', i);
      v = value.slice(i, end < 0 ? value.length : end).trim();
      i = end < 0 ? value.length : end;
    }
    if (name !== '' && !params.has(name)) params.set(name, v);
  }
  return { type: lead !== null && !type.endsWith('/') ? type : 'text/plain', params };
}
