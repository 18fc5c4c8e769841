/**
 * fast-check: for generated messages (inbound mail with a receiving organisation's internal hops, and bounces of
 * mail the reader sent), no redacted token survives in any output format (JSON, the ticket and the full
 * Markdown, the plain-text summary), and the sender's evidence does.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { DATE, b64, check, name, providerIp, senderIp, word } from './redact-check';

const inbound = fc.record({
  local: word('rq'),
  ccLocal: word('rc'),
  rcptName: name,
  org: word('rorg'),
  mx: word('mx'),
  store: word('st'),
  ip1: providerIp,
  ip2: providerIp,
  subject: fc.tuple(word('Sb'), word('sj')).map(([a, b]) => `${a} ${b}`),
  encodeSubject: fc.boolean(),
  encodeName: fc.boolean(),
  msgid: word('mid'),
  reply: word('rid'),
  sender: word('snd'),
  sendIp: senderIp,
  // A provider-internal stamp (Gmail's X-Received) names an IPv6 host of the receiving side.
  xr: fc
    .array(fc.integer({ min: 0x1000, max: 0xffff }), { minLength: 5, maxLength: 5 })
    .map((g) => `2002:${g.map((n) => n.toString(16)).join(':')}`),
});

type Inbound = typeof inbound extends fc.Arbitrary<infer T> ? T : never;

function inboundMessage(g: Inbound): { raw: string; gone: string[]; kept: string[] } {
  const domain = `${g.org}.example`;
  const rcpt = `${g.local}@${domain}`;
  const mx = `${g.mx}.${domain}`;
  const store = `${g.store}.${domain}`;
  const sender = `${g.sender}.test`;
  const raw = [
    `Delivered-To: ${rcpt}`,
    `X-Received: by ${g.xr} with SMTP id q7; ${DATE}4 +0000`,
    `Received: from ${mx} (${mx} [${g.ip1}]) by ${store} with ESMTPS id a1 for <${rcpt}>; ${DATE}3 +0000`,
    `Authentication-Results: ${mx}; spf=pass smtp.mailfrom=${sender}; dkim=pass header.d=${sender}; dmarc=pass header.from=${sender}`,
    `Received: from mail.${sender} (mail.${sender} [${g.sendIp}]) by ${mx} ([${g.ip2}]) with ESMTPS id b2 for <${rcpt}>; ${DATE}2 +0000`,
    `From: Sender <news@${sender}>`,
    `To: ${g.encodeName ? b64(g.rcptName) : `"${g.rcptName}"`} <${rcpt}>`,
    `Cc: ${g.ccLocal}@${domain}`,
    `Subject: ${g.encodeSubject ? b64(g.subject) : g.subject}`,
    `Message-ID: <${g.msgid}@mail.${sender}>`,
    `In-Reply-To: <${g.reply}@${domain}>`,
    `Date: ${DATE}0 +0000`,
    '',
    'Hello.',
  ].join('\r\n');
  return {
    raw,
    gone: [g.xr, rcpt, g.local, g.ccLocal, g.rcptName, domain, mx, store, g.ip1, g.ip2, g.subject, g.msgid, g.reply],
    kept: [g.sendIp, `mail.${sender}`, `news@${sender}`, 'spf=pass'],
  };
}

const bounce = fc.record({
  local: word('rq'),
  name,
  org: word('rorg'),
  subject: word('Sb'),
  msgid: word('mid'),
  failed: word('fl'),
  sendIp: senderIp,
  // A provider-internal stamp (Gmail's X-Received) names an IPv6 host of the receiving side.
  xr: fc
    .array(fc.integer({ min: 0x1000, max: 0xffff }), { minLength: 5, maxLength: 5 })
    .map((g) => `2002:${g.map((n) => n.toString(16)).join(':')}`),
});
type Bounce = typeof bounce extends fc.Arbitrary<infer T> ? T : never;

function bounceMessage(g: Bounce): { raw: string; gone: string[]; kept: string[] } {
  const me = `${g.local}@${g.org}.example`;
  const failed = `${g.failed}@far.test`;
  const raw = [
    `Delivered-To: ${me}`,
    `From: Mail Delivery Subsystem <mailer-daemon@relay.test>`,
    `To: ${me}`,
    'Subject: Undelivered Mail Returned to Sender',
    `Date: ${DATE}9 +0000`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain',
    '',
    `Your message to ${failed} could not be delivered.`,
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; relay.test',
    '',
    `Final-Recipient: rfc822; ${failed}`,
    'Action: failed',
    'Status: 5.1.1',
    `Diagnostic-Code: smtp; 550 5.1.1 <${failed}>: Recipient address rejected`,
    '',
    '--b1',
    'Content-Type: message/rfc822',
    '',
    `Received: from pc (pc [${g.sendIp}]) by relay.test with ESMTPSA id z9; ${DATE}1 +0000`,
    `From: "${g.name}" <${me}>`,
    `To: ${failed}`,
    `Subject: ${g.subject}`,
    `Message-ID: <${g.msgid}@${g.org}.example>`,
    `Date: ${DATE}0 +0000`,
    '',
    'Hi.',
    '--b1--',
    '',
  ].join('\r\n');
  return { raw, gone: [me, g.local, g.name, g.subject, g.msgid], kept: [failed, '5.1.1', g.sendIp] };
}

describe('redaction: no original redacted token survives in any output format', () => {
  it('inbound mail (with encoded names and subjects)', async () => {
    await fc.assert(
      fc.asyncProperty(inbound, (g) => check(inboundMessage(g))),
      { numRuns: 60 },
    );
  });

  // Found by seed 64285948: a sending client on a non-global address (RFC 6890) left no outside client in sight,
  // the boundary fell back to the MX -> store hop, and the MX's address survived. Link-local still falls back
  // (the provider's own by design); the redactor then knows the client by the organisation's name.
  it.each([
    ['benchmarking (198.18.0.0/15)', '198.18.10.10'],
    ['link-local (169.254.0.0/16)', '169.254.10.10'],
  ])('inbound mail from a sender on a %s address', async (_name, sendIp) => {
    const g: Inbound = {
      local: 'rqaaaa',
      ccLocal: 'rcaaaa',
      rcptName: 'Zyaaaa Quaaaa',
      org: 'rorgaaaa',
      mx: 'mxaaaa',
      store: 'staaaa',
      ip1: '100.10.10.10',
      // The MX's own address in its stamp differs from the one the store saw (review: equal ones hid a leak).
      ip2: '100.20.20.20',
      subject: 'Sbaaaa sjaaaa',
      encodeSubject: false,
      encodeName: false,
      msgid: 'midaaaa',
      reply: 'ridaaaa',
      sender: 'sndaaaa',
      sendIp,
      xr: '2002:1000:1000:1000:1000:1000',
    };
    await check(inboundMessage(g));
  });

  it('bounces of mail the reader sent', async () => {
    await fc.assert(
      fc.asyncProperty(bounce, (g) => check(bounceMessage(g))),
      { numRuns: 40 },
    );
  });
});
