// Fake Gmail and Outlook on the web, served at their real origins from 127.0.0.1 (Chromium maps the hosts with
// --host-resolver-rules, Firefox goes through a PAC proxy: tests/browser/drivers/). One HTTPS server with a throw-away
// self-signed certificate made at start with the openssl CLI. Pages are the fixtures in tests/fixtures/dom/; the source
// endpoints follow the real URL schemes (lib/webmail/gmail-urls.ts, lib/webmail/outlook-location.ts). Tests steer it through `state` and read every
// request in `log`. Used by the webmail scenarios of both browser harnesses (tests/browser/scenarios/webmail*.mjs).
import { createServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HOSTS = [
  'mail.google.com',
  'mail-attachment.googleusercontent.com',
  'accounts.google.com',
  'outlook.office.com',
  'outlook.cloud.microsoft',
  'outlook.office365.com',
  'outlook.live.com',
];
export const IK = '8f3c2a91be';
export const PHISH_HEX = '1988d2b4f9d5a7e2';
export const PHISH_SOURCE = readFileSync('samples/phish-with-forged-results.eml');
const FIXTURES = 'tests/fixtures/dom';

function makeCert() {
  const dir = mkdtempSync(join(tmpdir(), 'headerscope-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-subj', '/CN=headerscope-test', '-addext', `subjectAltName=${HOSTS.map((h) => `DNS:${h}`).join(',')}`,
    '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  const pair = { key: readFileSync(key), cert: readFileSync(cert) };
  rmSync(dir, { recursive: true, force: true });
  return pair;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A small message for any legacy id (conversation replies, picker tests). */
export function generatedSource(hex) {
  const n = BigInt(`0x${hex}`) & 0xffn;
  return Buffer.from(
    [
      'Received: from mail.example.com (mail.example.com [192.0.2.10]) by mx.google.com with ESMTPS id x1; Mon, 20 Oct 2025 09:00:00 -0700 (PDT)',
      `From: Sender ${String(n)} <sender${String(n)}@example.com>`,
      'To: Dana Wright <dana.wright@example.org>',
      `Subject: Message ${hex}`,
      'Date: Mon, 20 Oct 2025 16:00:00 +0000',
      `Message-ID: <${hex}@example.com>`,
      '',
      `Reply number ${String(n)}`,
      '',
    ].join('\r\n'),
  );
}

/** A big message: headers + a base64 "attachment" of about `mb` MB. */
export function bigSource(mb) {
  const line = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n';
  const head = [
    'From: Big Sender <big@example.com>', 'To: Dana Wright <dana.wright@example.org>', 'Subject: Quarterly report (large)',
    'Date: Mon, 20 Oct 2025 16:00:00 +0000', 'Message-ID: <big@example.com>', 'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"', '', '--b1', 'Content-Type: application/pdf',
    'Content-Transfer-Encoding: base64', '', '',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(head), Buffer.from(line.repeat(Math.ceil((mb * 1024 * 1024) / line.length))), Buffer.from('--b1--\r\n')]);
}

function cookieOf(req, name) {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

export async function startWebmailServer() {
  const state = {
    gmailPage: 'gmail-thread.html',
    vars: { HEX: PHISH_HEX, SUBJECT: 'Your account has been limited – action required' },
    /** 'ok' | 'html' | 'error' | 'cors' (the attachment host answers without Access-Control-Allow-Origin) */
    download: 'ok',
    /** 'ok' | 'html' | 'error' */
    om: 'ok',
    /** A just-sent message: { id: 'msg-a:r…', hex, readyAfter } — its Show-original page resolves from try `readyAfter` on. */
    msgA: null,
    msgATries: 0,
    /** legacy hex -> Buffer */
    sources: new Map([[PHISH_HEX, PHISH_SOURCE]]),
    /** Declared Content-Length for the attachment host (too-large test). */
    declareLength: null,
    /** Delay between 1 MiB pieces of the attachment (progress test). */
    slowMs: 0,
    /** Test builds only: 'stream' | 'stream-and-whole' make the extension's body read fail (read-body.ts); null. */
    readFailure: null,
    outlookPage: 'outlook-reading-pane.html',
    outlookSource: PHISH_SOURCE,
  };
  const log = [];
  const seenBusters = new Set();
  const sourceFor = (hex) => state.sources.get(hex) ?? generatedSource(hex);

  const fill = (file, vars) => {
    let html = readFileSync(join(FIXTURES, file), 'utf8');
    for (const [k, v] of Object.entries(vars)) html = html.replaceAll(`{{${k}}}`, v);
    return html;
  };
  const send = (res, status, type, body, headers = {}) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', ...headers });
    res.end(body);
  };

  const gmail = (req, res, url) => {
    const m = /^\/mail\/(?:u\/(\d+)\/?)?$/.exec(url.pathname);
    if (!m) return send(res, 404, 'text/plain', 'not found');
    const account = m[1] ?? '0';
    const q = url.searchParams;
    const signedIn = cookieOf(req, 'SID') === 'fake-session';
    const view = q.get('view');
    if (view === null) {
      const hex = state.vars.HEX;
      const vars = { ACCOUNT: account, IK, DEC: BigInt(`0x${hex}`).toString(10), LEGACY: hex, LOCAL_ID: state.msgA?.id ?? '', ...state.vars };
      return send(res, 200, 'text/html; charset=utf-8', fill(state.gmailPage, vars), { 'set-cookie': 'SID=fake-session; Path=/; Secure; SameSite=Lax' });
    }
    if (!signedIn && !(view === 'om' && req.headers['sec-fetch-mode'] === 'navigate')) {
      return send(res, 302, 'text/html', '', { location: `https://accounts.google.com/ServiceLogin?service=mail&continue=${encodeURIComponent(url.href)}` });
    }
    if (view === 'att') {
      if (state.download === 'html') return send(res, 200, 'text/html; charset=utf-8', '<!doctype html><html><body><h1>Temporary Error (502)</h1></body></html>');
      if (state.download === 'error') return send(res, 500, 'text/html; charset=utf-8', '<html><body>Server Error</body></html>');
      const hop = new URL(`https://mail-attachment.googleusercontent.com/attachment/u/${account}/`);
      for (const k of ['th', 'attid', 'disp', 'safe', 'cacheCounter']) if (q.has(k)) hop.searchParams.set(k, q.get(k));
      hop.searchParams.set('sig', 'AHoqf2');
      return send(res, 302, 'text/html', '', { location: hop.href });
    }
    if (view === 'om') {
      const perm = q.get('permmsgid');
      let hex = perm?.startsWith('msg-f:') ? BigInt(perm.slice(6)).toString(16) : q.get('th');
      if (state.msgA !== null && perm === state.msgA.id) {
        // Not synced yet: Gmail has no such message, like any unknown id (below).
        if (++state.msgATries < state.msgA.readyAfter) return send(res, 200, 'text/html; charset=utf-8', '<html><body><p>Sorry, the page could not be shown.</p></body></html>');
        hex = state.msgA.hex;
      } else if (state.om === 'error') return send(res, 500, 'text/html; charset=utf-8', '<html><body>Server Error</body></html>');
      if (state.om === 'html' || q.get('ik') !== IK || !hex) return send(res, 200, 'text/html; charset=utf-8', '<html><body><p>Sorry, the page could not be shown.</p></body></html>');
      const raw = sourceFor(hex).toString('utf8');
      const from = /^From: (.*)$/m.exec(raw)?.[1] ?? '';
      const mid = /^Message-ID: (.*)$/im.exec(raw)?.[1] ?? '';
      const html = fill('gmail-show-original.html', { HEX: hex, RAW_HTML: escapeHtml(raw), FROM_HTML: escapeHtml(from), MESSAGE_ID_HTML: escapeHtml(mid) });
      return send(res, 200, 'text/html; charset=utf-8', html, { 'set-cookie': 'SID=fake-session; Path=/; Secure; SameSite=Lax' });
    }
    return send(res, 400, 'text/plain', 'bad view');
  };

  const attachment = async (req, res, url) => {
    const buster = url.searchParams.get('cacheCounter');
    // Like Google's host: CORS headers only on a fresh response (gmail.js #329/#333/#335).
    const fresh = buster !== null && !seenBusters.has(buster);
    if (buster !== null) seenBusters.add(buster);
    const cors = fresh && state.download !== 'cors' ? { 'access-control-allow-origin': 'https://mail.google.com' } : {};
    // A failure the test build of the extension simulates on reading (read-body.ts): 'stream' | 'stream-and-whole'.
    const fail = state.readFailure === null ? {} : { 'x-headerscope-test-fail': state.readFailure, 'access-control-expose-headers': 'x-headerscope-test-fail' };
    const body = sourceFor(url.searchParams.get('th') ?? '');
    const length = state.declareLength ?? body.length;
    res.writeHead(200, { 'content-type': 'message/rfc822', 'content-length': String(length), ...cors, ...fail });
    if (state.declareLength !== null) {
      res.write(body.subarray(0, 1024));
      setTimeout(() => res.destroy(), 500);
      return;
    }
    for (let i = 0; i < body.length; i += 1024 * 1024) {
      if (state.slowMs > 0) await new Promise((r) => setTimeout(r, state.slowMs));
      if (res.destroyed) return;
      res.write(body.subarray(i, i + 1024 * 1024));
    }
    res.end();
  };

  /** The source as the Outlook fixtures show it: escaped, header block only, one div per line, JSON lines. */
  const outlookVars = () => {
    const raw = state.outlookSource.toString('utf8');
    const lines = raw.split(/\r?\n/);
    const blank = lines.indexOf('');
    return {
      RAW_HTML: escapeHtml(raw),
      HEADERS_HTML: escapeHtml(lines.slice(0, blank === -1 ? lines.length : blank).join('\n')),
      RAW_LINES_HTML: lines.map((l) => (l === '' ? '<div><br></div>' : `<div>${escapeHtml(l)}</div>`)).join(''),
      RAW_JSON: JSON.stringify(lines).replace(/</g, '\\u003c'),
    };
  };

  const outlook = (req, res, url) => {
    if (url.pathname === '/__fixture/source') return send(res, 200, 'text/plain; charset=utf-8', state.outlookSource);
    if (url.pathname === '/__fixture/headers') {
      const raw = state.outlookSource.toString('utf8');
      return send(res, 200, 'text/plain; charset=utf-8', raw.slice(0, raw.search(/\r?\n\r?\n/)));
    }
    if (url.pathname.startsWith('/mail')) return send(res, 200, 'text/html; charset=utf-8', fill(state.outlookPage, outlookVars()));
    // Anything else (Outlook's own JSON service included): headerscope never asks; the log would show it.
    return send(res, 404, 'text/plain', 'not found');
  };

  const server = createServer(makeCert(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    log.push({ host, method: req.method, path: url.pathname + url.search, headers: req.headers, at: Date.now() });
    if (host === 'mail.google.com') return gmail(req, res, url);
    if (host === 'mail-attachment.googleusercontent.com') return void attachment(req, res, url);
    if (host === 'accounts.google.com') return send(res, 200, 'text/html', '<html><body>Sign in - Google Accounts</body></html>');
    if (host.startsWith('outlook.')) return outlook(req, res, url);
    send(res, 404, 'text/plain', 'unknown host');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  return {
    port,
    state,
    log,
    requestsSince: (t, filter = () => true) => log.filter((e) => e.at >= t && filter(e)),
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
  };
}
