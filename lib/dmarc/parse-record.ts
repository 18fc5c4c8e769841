/**
 * DMARC record parsing (RFC 7489 §6.3 tags, §6.4 ABNF). A record must start with v=DMARC1. Invalid
 * values are reported with stable codes and fall back to the defaults; an unknown tag is ignored (§6.3).
 */
import type { DmarcPolicy, DmarcRecord, ReportUri } from './types';
import type { DmarcCode, DmarcTag } from './codes';

export type ParsedDmarc = { ok: true; record: DmarcRecord } | { ok: false; code: DmarcCode; detail: string };

const POLICIES = new Set(['none', 'quarantine', 'reject']);
const KNOWN = new Set(['v', 'p', 'sp', 'np', 'pct', 'adkim', 'aspf', 'rua', 'ruf', 'fo', 'rf', 'ri', 't', 'psd']);

/** §6.4: "v=DMARC1" as the first tag (whitespace around "=" allowed). */
export function isDmarcRecord(text: string): boolean {
  const first = text.split(';', 1)[0] ?? '';
  const eq = first.indexOf('=');
  return eq > 0 && first.slice(0, eq).trim() === 'v' && first.slice(eq + 1).trim() === 'DMARC1';
}

function parseUris(value: string, errors: DmarcRecord['errors'], tag: 'rua' | 'ruf'): ReportUri[] {
  const out: ReportUri[] = [];
  for (const raw of value.split(',')) {
    const item = raw.trim();
    if (item === '') continue;
    // §6.4: dmarc-uri = URI [ "!" 1*DIGIT [ "k" / "m" / "g" / "t" ] ]
    const bang = item.lastIndexOf('!');
    const sizeText = bang > 0 ? item.slice(bang + 1) : null;
    const uri = bang > 0 && sizeText !== null && /^\d+[kmgt]?$/i.test(sizeText) ? item.slice(0, bang) : item;
    const colon = uri.indexOf(':');
    if (colon <= 0 || !/^[a-z][a-z0-9+.-]*$/i.test(uri.slice(0, colon))) {
      errors.push({ code: `dmarc.tag.${tag}.invalid`, detail: `${tag}: "${item}" is not a URI` });
      continue;
    }
    const isMailto = uri.slice(0, colon).toLowerCase() === 'mailto';
    const address = isMailto ? decodeURIComponentSafe(uri.slice(colon + 1)) : null;
    if (isMailto && (address === null || !address.includes('@'))) {
      errors.push({ code: `dmarc.tag.${tag}.invalid`, detail: `${tag}: "${item}" is not a mailto: address` });
      continue;
    }
    out.push({ uri, address, maxSize: uri === item ? null : sizeText });
  }
  return out;
}

function decodeURIComponentSafe(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

export function parseDmarcRecord(text: string): ParsedDmarc {
  if (!isDmarcRecord(text)) return { ok: false, code: 'dmarc.record.version', detail: 'the record does not start with v=DMARC1' };
  const record: DmarcRecord = { p: null, sp: null, np: null, pct: 100, adkim: 'r', aspf: 'r', rua: [], ruf: [], fo: ['0'], rf: ['afrf'], ri: 86400, testing: false, psd: 'u', tags: [], errors: [] };
  const seen = new Set<string>();
  for (const part of text.split(';')) {
    const item = part.trim();
    if (item === '') continue;
    const eq = item.indexOf('=');
    if (eq <= 0) {
      record.errors.push({ code: 'dmarc.tag.syntax', detail: `"${item}" is not tag=value` });
      continue;
    }
    const tag = item.slice(0, eq).trim().toLowerCase();
    const value = item.slice(eq + 1).trim();
    record.tags.push([tag, value]);
    if (seen.has(tag)) {
      record.errors.push({ code: 'dmarc.tag.duplicate', detail: `${tag}= appears more than once; the first is used` });
      continue;
    }
    seen.add(tag);
    if (!KNOWN.has(tag)) continue;
    applyTag(record, tag, value);
  }
  if (record.p === null && !record.errors.some((e) => e.code === 'dmarc.tag.p.invalid')) {
    record.errors.push({ code: 'dmarc.tag.p.missing', detail: 'the required p= tag is missing' });
  }
  return { ok: true, record };
}

function invalid(record: DmarcRecord, tag: DmarcTag, value: string): void {
  record.errors.push({ code: `dmarc.tag.${tag}.invalid`, detail: `${tag}=${value} is not a valid value; the default is used` });
}

function applyTag(record: DmarcRecord, tag: string, value: string): void {
  const lower = value.toLowerCase();
  switch (tag) {
    case 'p':
    case 'sp':
    case 'np':
      if (POLICIES.has(lower)) record[tag] = lower as DmarcPolicy;
      else invalid(record, tag, value);
      return;
    case 'adkim':
    case 'aspf':
      if (lower === 'r' || lower === 's') record[tag] = lower;
      else invalid(record, tag, value);
      return;
    case 'pct':
      if (/^\d{1,3}$/.test(value) && Number(value) <= 100) record.pct = Number(value);
      else invalid(record, tag, value);
      return;
    case 'ri':
      if (/^\d{1,10}$/.test(value) && Number(value) <= 0xffffffff) record.ri = Number(value);
      else invalid(record, tag, value);
      return;
    case 'rua':
    case 'ruf':
      record[tag] = parseUris(value, record.errors, tag);
      return;
    case 'fo': {
      const opts = value.split(':').map((o) => o.trim());
      if (opts.every((o) => o === '0' || o === '1' || o === 'd' || o === 's')) record.fo = opts;
      else invalid(record, tag, value);
      return;
    }
    case 'rf':
      record.rf = value.split(',').map((o) => o.trim().toLowerCase());
      if (!record.rf.every((o) => /^[a-z0-9-]+$/.test(o))) invalid(record, tag, value);
      return;
    case 't':
      if (lower === 'y' || lower === 'n') record.testing = lower === 'y';
      else invalid(record, tag, value);
      return;
    case 'psd':
      if (lower === 'y' || lower === 'n' || lower === 'u') record.psd = lower;
      else invalid(record, tag, value);
      return;
  }
}
