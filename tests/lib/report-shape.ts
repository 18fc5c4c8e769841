import type { MailDate } from '../../lib/mime/date';
import type { DecodedText } from '../../lib/mime/rfc2047';
import type { HeaderBlock } from '../../lib/mime/header-block';

/**
 * Runtime shape checks for property tests (security goal G1, docs/security-goals.md: "result object schema-valid").
 * Each returns the list of problems; [] means valid.
 */

type Problems = string[];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;

const SEVERITIES = new Set(['ok', 'info', 'warn', 'bad']);
const STATUSES = new Set(['ok', 'empty', 'too-large', 'no-headers']);
const SOURCES = new Set(['raw', 'mbox', 'gmail-show-original', 'outlook-source', 'outlook-details', 'outlook-msg']);
const LINE_ENDINGS = new Set(['crlf', 'lf', 'cr', 'mixed', 'none']);
/** Contract fields of report.message (lib/report.ts); others may be added. */
export const MESSAGE_CONTRACT = ['from', 'to', 'subject', 'date', 'messageId', 'returnPath'] as const;
/** Top-level contract fields of the Report. */
export const REPORT_CONTRACT = ['schema', 'message', 'headers', 'findings', 'hops', 'auth', 'bounce', 'live', 'verdict'] as const;
/** The verdict's contract: exactly these fields and kinds (lib/verdict). */
export const VERDICT_KEYS = ['headline', 'kind', 'perspective', 'reasons'] as const;
const VERDICT_KINDS = new Set(['deceptive', 'bounce', 'automated', 'authentic', 'unauthenticated', 'unknown']);

export function verdictProblems(v: unknown, at: string): Problems {
  if (!isRecord(v)) return [`${at}: not an object`];
  const p: Problems = [];
  if (Object.keys(v).sort().join(',') !== VERDICT_KEYS.join(',')) p.push(`${at}: keys ${Object.keys(v).join(',')}`);
  if (!VERDICT_KINDS.has(v.kind as string)) p.push(`${at}.kind ${String(v.kind)}`);
  if (v.perspective !== 'recipient' && v.perspective !== 'sender') p.push(`${at}.perspective`);
  if (!isString(v.headline) || v.headline === '' || v.headline.length > 120) p.push(`${at}.headline`);
  if (!Array.isArray(v.reasons) || v.reasons.length > 4) p.push(`${at}.reasons`);
  else
    v.reasons.forEach((x: unknown, i) => {
      if (!isRecord(x) || !isString(x.text) || !isStringOrNull(x.findingId) || Object.keys(x).length !== 2) p.push(`${at}.reasons[${String(i)}]`);
    });
  return p;
}
export const FINDING_KEYS = ['detail', 'id', 'severity', 'title'] as const;

export function mailboxProblems(v: unknown, at: string): Problems {
  if (!isRecord(v)) return [`${at}: not an object`];
  const p: Problems = [];
  if (!isStringOrNull(v.name)) p.push(`${at}.name`);
  if (!isString(v.address)) p.push(`${at}.address`);
  if (!isStringOrNull(v.domain)) p.push(`${at}.domain`);
  if (Object.keys(v).length !== 3) p.push(`${at}: extra keys ${Object.keys(v).join(',')}`);
  return p;
}

export function findingProblems(v: unknown, at: string): Problems {
  if (!isRecord(v)) return [`${at}: not an object`];
  const p: Problems = [];
  const keys = Object.keys(v).filter((k) => k !== 'count').sort();
  if (keys.join(',') !== FINDING_KEYS.join(',')) p.push(`${at}: keys ${Object.keys(v).join(',')}`);
  // Added: `count` of merged identical findings, only when more than one.
  if ('count' in v && !(typeof v.count === 'number' && Number.isInteger(v.count) && v.count > 1)) p.push(`${at}.count`);
  if (!isString(v.id) || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(v.id)) p.push(`${at}.id ${String(v.id)}`);
  if (!SEVERITIES.has(v.severity as string)) p.push(`${at}.severity`);
  if (!isString(v.title) || v.title === '') p.push(`${at}.title`);
  if (!isString(v.detail)) p.push(`${at}.detail`);
  return p;
}

export function reportProblems(r: unknown): Problems {
  if (!isRecord(r)) return ['report: not an object'];
  const p: Problems = [];
  for (const k of REPORT_CONTRACT) if (!(k in r)) p.push(`missing ${k}`);
  if (r.schema !== 'headerscope.report/1') p.push('schema');
  if (!isString(r.generatedAt) || Number.isNaN(Date.parse(r.generatedAt))) p.push('generatedAt');
  const input = r.input;
  if (!isRecord(input)) p.push('input');
  else {
    if (!STATUSES.has(input.status as string)) p.push('input.status');
    if (!SOURCES.has(input.source as string)) p.push('input.source');
    if (!LINE_ENDINGS.has(input.lineEnding as string)) p.push('input.lineEnding');
    if (typeof input.hasBody !== 'boolean') p.push('input.hasBody');
    for (const k of ['size', 'headerCount', 'headerBytes']) if (!isCount(input[k])) p.push(`input.${k}`);
  }
  const message = r.message;
  if (!isRecord(message)) p.push('message');
  else {
    for (const k of MESSAGE_CONTRACT) if (!(k in message) || !isStringOrNull(message[k])) p.push(`message.${k}`);
    if (!isStringOrNull(message.dateIso)) p.push('message.dateIso');
  }
  const addresses = r.addresses;
  if (!isRecord(addresses)) p.push('addresses');
  else {
    for (const k of ['from', 'sender', 'replyTo', 'returnPath', 'to', 'cc']) {
      const list = addresses[k];
      if (!Array.isArray(list)) p.push(`addresses.${k}`);
      else list.forEach((m: unknown, i) => p.push(...mailboxProblems(m, `addresses.${k}[${String(i)}]`)));
    }
  }
  if (!Array.isArray(r.headers)) p.push('headers');
  else
    r.headers.forEach((h: unknown, i) => {
      if (!isRecord(h) || !isString(h.name) || !isString(h.value)) p.push(`headers[${String(i)}]`);
      else if ('decoded' in h && !isStringOrNull(h.decoded)) p.push(`headers[${String(i)}].decoded`);
    });
  if (!Array.isArray(r.findings)) p.push('findings');
  else r.findings.forEach((f: unknown, i) => p.push(...findingProblems(f, `findings[${String(i)}]`)));
  if (!Array.isArray(r.hops)) p.push('hops');
  p.push(...verdictProblems(r.verdict, 'verdict'));
  if (Array.isArray(r.attachedMessages))
    r.attachedMessages.forEach((a: unknown, i) => {
      if (!isRecord(a) || typeof a.leads !== 'boolean') p.push(`attachedMessages[${String(i)}].leads`);
      else p.push(...reportProblems(a.report).map((x) => `attachedMessages[${String(i)}].report: ${x}`));
    });
  for (const k of ['auth', 'bounce', 'live']) if (k in r && r[k] !== null && !isRecord(r[k])) p.push(k);
  // Plain JSON-safe data: a round trip changes nothing.
  try {
    if (JSON.stringify(JSON.parse(JSON.stringify(r))) !== JSON.stringify(r)) p.push('not JSON-stable');
  } catch {
    p.push('not JSON-serialisable');
  }
  return p;
}

export function mailDateProblems(d: MailDate): Problems {
  if (!d.ok) return ['date.empty', 'date.unparsable', 'date.out-of-range'].includes(d.code) ? [] : [`code ${d.code}`];
  const p: Problems = [];
  if (!Number.isFinite(d.epochMs)) p.push('epochMs');
  if (d.offsetMinutes !== null && (!Number.isInteger(d.offsetMinutes) || Object.is(d.offsetMinutes, -0))) p.push('offsetMinutes');
  if (new Date(d.epochMs).toISOString() !== d.iso) p.push('iso');
  return p;
}

export function decodedProblems(d: DecodedText, input: string, cap: number): Problems {
  const p: Problems = [];
  if (typeof d.text !== 'string') p.push('text');
  if (d.text.length > Math.min(input.length, cap) + 1) p.push(`text longer than input (${String(d.text.length)} > ${String(input.length)})`);
  if (!Array.isArray(d.unknownCharsets) || !d.unknownCharsets.every(isString)) p.push('unknownCharsets');
  if (!isCount(d.malformed)) p.push('malformed');
  return p;
}

export function headerBlockProblems(b: HeaderBlock): Problems {
  const p: Problems = [];
  if (!isCount(b.headerChars)) p.push('headerChars');
  if (typeof b.tooLarge !== 'boolean') p.push('tooLarge');
  b.fields.forEach((f, i) => {
    if (f.name === '' || f.key !== f.name.toLowerCase()) p.push(`fields[${String(i)}].name/key`);
    if (!f.raw.startsWith(f.name) && !f.repaired) p.push(`fields[${String(i)}].raw does not start with the name`);
    if (/^[\t ]/.test(f.value) || /[\t ]$/.test(f.value)) p.push(`fields[${String(i)}].value not trimmed`);
    if (!isCount(f.line)) p.push(`fields[${String(i)}].line`);
  });
  b.findings.forEach((f, i) => p.push(...findingProblems(f, `findings[${String(i)}]`)));
  return p;
}
