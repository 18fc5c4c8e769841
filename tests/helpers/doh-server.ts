/**
 * A real DNS-over-HTTPS test server on 127.0.0.1 (node:http, random port) over a FakeResolver-style zone
 * map. It speaks RFC 8484 (GET ?dns=base64url, POST application/dns-message) at /dns-query and the JSON
 * API (Cloudflare style: TXT data quoted per string) at /resolve. Its DNS encoder is written separately
 * from lib/dns (with name compression in answers), so the client's decoder is tested against other code.
 *
 * Fault injection per name (case-insensitive): delay, never answer, an RCODE, a truncated body, garbage
 * bytes, an HTTP error status, the TC bit, an answer for another name. Zone entries `{ fail: 'TIMEOUT' }`
 * never answer; `{ fail: 'SERVFAIL' | 'REFUSED' | 'FORMERR' }` answer with that RCODE.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DnsRecord, RRType } from '../../lib/dns/types';
import type { Zone, ZoneEntry } from './fake-resolver';

export interface DohFault {
  delayMs?: number;
  /** Never answer (the client's timeout must fire). */
  timeout?: boolean;
  rcode?: 'SERVFAIL' | 'REFUSED' | 'FORMERR' | 'NXDOMAIN';
  /** Send only the first half of the DNS message. */
  truncated?: boolean;
  /** Send random-looking bytes. */
  malformed?: boolean;
  /** Answer with this HTTP status instead of 200. */
  http?: number;
  /** Set the TC bit. */
  tc?: boolean;
  /** Answer records owned by another name. */
  wrongName?: boolean;
}

export interface DohServerOptions {
  zone: Zone;
  faults?: Record<string, DohFault>;
  /** Delay before every answer, ms. */
  delayMs?: number;
  /** Names whose answers carry the AD bit. */
  secure?: string[];
}

export interface DohServer {
  /** RFC 8484 endpoint. */
  url: string;
  /** JSON API endpoint. */
  jsonUrl: string;
  /** Questions received, in order, as `TYPE name`. */
  readonly log: string[];
  stop(): Promise<void>;
}

const CODES: Record<RRType, number> = { A: 1, NS: 2, CNAME: 5, PTR: 12, MX: 15, TXT: 16, AAAA: 28 };
const TYPES = new Map(Object.entries(CODES).map(([k, v]) => [v, k as RRType]));
const RCODES = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;

const norm = (n: string): string => n.toLowerCase().replace(/\.$/, '');

interface Resolved {
  rcode: number;
  answers: { owner: string; record: DnsRecord }[];
  hang: boolean;
}

function lookup(zone: Map<string, ZoneEntry[]>, qname: string, type: RRType): Resolved {
  const answers: Resolved['answers'] = [];
  let name = norm(qname);
  for (let hop = 0; hop < 8; hop++) {
    const entries = zone.get(name);
    if (!entries) return { rcode: hop === 0 ? RCODES.NXDOMAIN : RCODES.NOERROR, answers, hang: false };
    const fail = entries.find((e): e is { fail: never } => 'fail' in e) as { fail: string } | undefined;
    if (fail) {
      if (fail.fail === 'TIMEOUT') return { rcode: 0, answers, hang: true };
      const rc = fail.fail in RCODES ? RCODES[fail.fail as keyof typeof RCODES] : RCODES.SERVFAIL;
      return { rcode: rc, answers, hang: false };
    }
    const records = entries.filter((e): e is DnsRecord => !('fail' in e));
    const cname = records.find((r) => r.type === 'CNAME');
    if (cname?.type === 'CNAME' && type !== 'CNAME') {
      answers.push({ owner: name, record: cname });
      name = norm(cname.name);
      continue;
    }
    for (const r of records) if (r.type === type) answers.push({ owner: name, record: r });
    return { rcode: RCODES.NOERROR, answers, hang: false };
  }
  return { rcode: RCODES.SERVFAIL, answers: [], hang: false };
}

/** Name encoder with compression against names already written (RFC 1035 §4.1.4). */
class Writer {
  readonly bytes: number[] = [];
  private readonly names = new Map<string, number>();

  u16(n: number): void {
    this.bytes.push((n >> 8) & 0xff, n & 0xff);
  }
  u32(n: number): void {
    this.u16(Math.floor(n / 65536));
    this.u16(n % 65536);
  }
  name(text: string): void {
    const labels = norm(text) === '' ? [] : norm(text).split('.');
    for (let i = 0; i < labels.length; i++) {
      const suffix = labels.slice(i).join('.');
      const at = this.names.get(suffix);
      if (at !== undefined) {
        this.u16(0xc000 | at);
        return;
      }
      if (this.bytes.length < 0x3fff) this.names.set(suffix, this.bytes.length);
      const label = Buffer.from(labels[i] ?? '', 'latin1');
      this.bytes.push(label.length, ...label);
    }
    this.bytes.push(0);
  }
}

function rdata(w: Writer, r: DnsRecord): void {
  const lenAt = w.bytes.length;
  w.u16(0);
  const start = w.bytes.length;
  switch (r.type) {
    case 'A':
      w.bytes.push(...r.address.split('.').map(Number));
      break;
    case 'AAAA': {
      const [head = '', tail = ''] = r.address.split('::');
      const h = head ? head.split(':') : [];
      const t = tail ? tail.split(':') : [];
      const words = r.address.includes('::') ? [...h, ...new Array<string>(8 - h.length - t.length).fill('0'), ...t] : h;
      for (const word of words) w.u16(parseInt(word, 16));
      break;
    }
    case 'TXT':
      for (const s of r.strings) {
        const b = Buffer.from(s, 'utf8');
        w.bytes.push(b.length, ...b);
      }
      break;
    case 'MX':
      w.u16(r.preference);
      w.name(r.exchange);
      break;
    case 'PTR':
    case 'CNAME':
    case 'NS':
      w.name(r.name);
      break;
  }
  const len = w.bytes.length - start;
  w.bytes[lenAt] = len >> 8;
  w.bytes[lenAt + 1] = len & 0xff;
}

function parseQuestion(msg: Buffer): { id: number; name: string; type: RRType | null; qtype: number; end: number } | null {
  if (msg.length < 17) return null;
  let pos = 12;
  const labels: string[] = [];
  while (pos < msg.length && msg[pos] !== 0) {
    const len = msg[pos] ?? 0;
    labels.push(msg.subarray(pos + 1, pos + 1 + len).toString('latin1'));
    pos += len + 1;
  }
  const qtype = msg.readUInt16BE(pos + 1);
  return { id: msg.readUInt16BE(0), name: labels.join('.'), type: TYPES.get(qtype) ?? null, qtype, end: pos + 5 };
}

function encodeWire(q: { id: number; name: string; qtype: number }, res: Resolved, fault: DohFault, ad: boolean): Buffer {
  const w = new Writer();
  w.u16(q.id);
  const rcode = fault.rcode ? RCODES[fault.rcode] : res.rcode;
  w.u16(0x8000 | 0x0100 | 0x0080 | (fault.tc === true ? 0x0200 : 0) | (ad ? 0x0020 : 0) | rcode);
  w.u16(1);
  w.u16(rcode === 0 ? res.answers.length : 0);
  w.u16(0);
  w.u16(0);
  w.name(q.name);
  w.u16(q.qtype);
  w.u16(1);
  if (rcode === 0) {
    for (const a of res.answers) {
      w.name(fault.wrongName === true ? `other.${a.owner}` : a.owner);
      w.u16(CODES[a.record.type]);
      w.u16(1);
      w.u32(300);
      rdata(w, a.record);
    }
  }
  return Buffer.from(w.bytes);
}

function txtData(strings: string[]): string {
  return strings.map((s) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(' ');
}

function encodeJson(name: string, qtype: number, res: Resolved, fault: DohFault, ad: boolean): string {
  const status = fault.rcode ? RCODES[fault.rcode] : res.rcode;
  const answer = res.answers.map((a) => {
    const r = a.record;
    const data = r.type === 'TXT' ? txtData(r.strings) : r.type === 'MX' ? `${r.preference} ${r.exchange}.` : r.type === 'A' || r.type === 'AAAA' ? r.address : `${r.name}.`;
    return { name: `${fault.wrongName === true ? `other.${a.owner}` : a.owner}.`, type: CODES[r.type], TTL: 300, data };
  });
  return JSON.stringify({ Status: status, TC: fault.tc === true, RD: true, RA: true, AD: ad, CD: false, Question: [{ name: `${name}.`, type: qtype }], ...(status === 0 ? { Answer: answer } : {}) });
}

export async function startDohServer(options: DohServerOptions): Promise<DohServer> {
  const zone = new Map<string, ZoneEntry[]>();
  for (const [name, entries] of Object.entries(options.zone)) zone.set(norm(name), entries);
  const faults = new Map(Object.entries(options.faults ?? {}).map(([k, v]) => [norm(k), v]));
  const secure = new Set((options.secure ?? []).map(norm));
  const log: string[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let wire: Buffer | null = null;
      let jsonQ: { name: string; type: RRType } | null = null;
      if (url.pathname === '/dns-query' && req.method === 'GET') wire = Buffer.from(url.searchParams.get('dns') ?? '', 'base64url');
      else if (url.pathname === '/dns-query' && req.method === 'POST') wire = Buffer.concat(chunks);
      else if (url.pathname === '/resolve') {
        const t = (url.searchParams.get('type') ?? 'A').toUpperCase();
        jsonQ = { name: url.searchParams.get('name') ?? '', type: (CODES[t as RRType] ? t : 'A') as RRType };
      }
      const q = wire ? parseQuestion(wire) : null;
      const name = jsonQ?.name ?? q?.name ?? '';
      const type = jsonQ?.type ?? q?.type ?? null;
      if ((!q && !jsonQ) || type === null) {
        res.writeHead(400).end();
        return;
      }
      log.push(`${type} ${norm(name)}`);
      const fault = faults.get(norm(name)) ?? {};
      const resolved = lookup(zone, name, type);
      if (fault.timeout === true || resolved.hang) return; // never answer
      const send = (): void => {
        if (fault.http !== undefined) {
          res.writeHead(fault.http, { 'content-type': 'text/plain' }).end('error');
          return;
        }
        const ad = secure.has(norm(name));
        if (jsonQ) {
          const text = fault.malformed === true ? '{"Status": 0, "Answer": [' : encodeJson(name, CODES[type], resolved, fault, ad);
          res.writeHead(200, { 'content-type': 'application/dns-json' }).end(fault.truncated === true ? text.slice(0, text.length >> 1) : text);
          return;
        }
        let body = encodeWire({ id: q?.id ?? 0, name, qtype: q?.qtype ?? 0 }, resolved, fault, ad);
        if (fault.truncated === true) body = body.subarray(0, body.length >> 1);
        if (fault.malformed === true) body = Buffer.from([0, 0, 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0, 0xc0, 0x0c, 0xc0, 0x0e, 7, 7, 7]);
        res.writeHead(200, { 'content-type': 'application/dns-message', 'content-length': String(body.length) }).end(body);
      };
      const delay = (fault.delayMs ?? 0) + (options.delayMs ?? 0);
      if (delay > 0) setTimeout(send, delay);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/dns-query`,
    jsonUrl: `${base}/resolve`,
    log,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
